import type { paths } from '../../api/schema';

/** A flow as the API answers it (with its status and what it lacks), and as it is saved. */
export type Flow = paths['/v1/flows/{name}']['get']['responses'][200]['content']['application/json'];
export type FlowBody = paths['/v1/flows/{name}']['put']['requestBody']['content']['application/json'];
export type FlowSource = NonNullable<FlowBody['source']>;
export type FilterOperator = NonNullable<FlowBody['filters']>[number]['operator'];
export type ActivateSet = keyof NonNullable<FlowBody['activateFor']>;
export type TagObject = paths['/v1/tags']['get']['responses'][200]['content']['application/json']['tags'][number]['objects'][number];
type DestinationBody = NonNullable<FlowBody['destinations']>[number];

/** The guide's "Available sources", in its words. */
export const SOURCES: Record<FlowSource, string> = {
  registration_create_update: 'Registration Create Update',
  registration_status_change: 'Registration Status Change',
  session_registration_status_change: 'Session Registration Status Change',
  event_create_update: 'Event Create Update',
  session_create_update: 'Session Create Update',
};

/** Each activate-for set: the tag object it offers tags of, and its picker's words. */
export const ACTIVATE_SETS: Record<ActivateSet, { object: TagObject; legend: string }> = {
  registrationStatusTags: { object: 'registration_statuses', legend: 'Registration status tags' },
  registrationPropertyTags: { object: 'registration_properties', legend: 'Registration property tags' },
  sessionRegistrationStatusTags: { object: 'session_registration_statuses', legend: 'Session registration status tags' },
  eventStatusTags: { object: 'event_statuses', legend: 'Event status tags' },
};

/**
 * The sets a source can activate for, and the one it must (the guide: "if the Flow is watching for
 * Registration Status Change, you must activate for Registration Statuses"). A registration flow
 * may narrow by status and property tags; the session and event flows add their own object.
 */
export const SOURCE_SETS: Record<FlowSource, { offered: ActivateSet[]; required: string }> = {
  registration_create_update: { offered: ['registrationStatusTags', 'registrationPropertyTags'], required: 'Choose registration status tags or registration property tags (at least one).' },
  registration_status_change: { offered: ['registrationStatusTags', 'registrationPropertyTags'], required: 'Registration status tags are required.' },
  session_registration_status_change: { offered: ['sessionRegistrationStatusTags', 'registrationStatusTags', 'registrationPropertyTags'], required: 'Session registration status tags are required.' },
  event_create_update: { offered: ['eventStatusTags'], required: 'Event status tags are required.' },
  // A session syncs with its event: the event's status tags select it, as for the event's own flows.
  session_create_update: { offered: ['eventStatusTags'], required: "Event status tags are required (the session's event is in a status tagged so)." },
};

export const OPERATORS: Record<FilterOperator, { label: string; operand: 'value' | 'values' | 'none' }> = {
  equals: { label: 'equals', operand: 'value' },
  not_equals: { label: 'does not equal', operand: 'value' },
  in: { label: 'is one of', operand: 'values' },
  not_in: { label: 'is none of', operand: 'values' },
  is_empty: { label: 'is empty', operand: 'none' },
  is_not_empty: { label: 'is not empty', operand: 'none' },
};

/** Rows carry a key of their own so React keeps each row's inputs while others are removed. */
export interface FilterDraft {
  key: number;
  field: string;
  operator: FilterOperator;
  value: string;
  values: string[];
}

export interface DestinationDraft {
  key: number;
  name: string;
  connection: string;
  payloadMapping: string;
  headerMapping: string;
  /** Kept as saved: the editor does not show the lead rule, and must not drop it. */
  leads: DestinationBody['leads'];
}

export interface FlowDraft {
  name: string;
  mode: 'live' | 'test';
  active: boolean;
  source: FlowSource | '';
  activateFor: Record<ActivateSet, string[]>;
  filters: FilterDraft[];
  destinations: DestinationDraft[];
}

let nextKey = 1;
export const newFilter = (): FilterDraft => ({ key: nextKey++, field: '', operator: 'equals', value: '', values: [] });
export const newDestination = (index: number): DestinationDraft => ({ key: nextKey++, name: `Destination ${index + 1}`, connection: '', payloadMapping: '', headerMapping: '', leads: null });

/** A new flow starts in Test, as the guide advises ("set a new flow up as Test, and test it"). */
export const emptyDraft = (): FlowDraft => ({
  name: '',
  mode: 'test',
  active: true,
  source: '',
  activateFor: { registrationStatusTags: [], registrationPropertyTags: [], sessionRegistrationStatusTags: [], eventStatusTags: [] },
  filters: [],
  destinations: [newDestination(0)],
});

export const draftOf = (flow: Flow): FlowDraft => ({
  name: flow.name,
  mode: flow.mode,
  active: flow.active,
  source: (flow.source as FlowSource | null) ?? '',
  activateFor: {
    registrationStatusTags: flow.activateFor.registrationStatusTags ?? [],
    registrationPropertyTags: flow.activateFor.registrationPropertyTags ?? [],
    sessionRegistrationStatusTags: flow.activateFor.sessionRegistrationStatusTags ?? [],
    eventStatusTags: flow.activateFor.eventStatusTags ?? [],
  },
  filters: flow.filters.map((f) => ({ key: nextKey++, field: f.field, operator: f.operator, value: f.value ?? '', values: f.values ?? [] })),
  destinations: flow.destinations.map((d) => ({
    key: nextKey++,
    name: d.name,
    connection: d.connection ?? '',
    payloadMapping: d.payloadMapping ?? '',
    headerMapping: d.headerMapping ?? '',
    leads: (d as { leads?: DestinationBody['leads'] }).leads ?? null,
  })),
});

/** What PUT /v1/flows/{name} takes: each filter with the operand its operator needs, blanks as null. */
export const bodyOf = (draft: FlowDraft): FlowBody => ({
  mode: draft.mode,
  active: draft.active,
  source: draft.source || null,
  activateFor: draft.activateFor,
  filters: draft.filters.map((f) => {
    const operand = OPERATORS[f.operator].operand;
    return { field: f.field, operator: f.operator, ...(operand === 'value' ? { value: f.value } : operand === 'values' ? { values: f.values } : {}) };
  }),
  destinations: draft.destinations.map((d) => ({
    name: d.name,
    connection: d.connection || null,
    payloadMapping: d.payloadMapping || null,
    headerMapping: d.headerMapping || null,
    ...(d.leads ? { leads: d.leads } : {}),
  })),
});

/** The sets the editor shows: those the source offers, and any already holding tags (so none hides a choice). */
export const shownSets = (draft: FlowDraft): ActivateSet[] => {
  const offered = draft.source ? SOURCE_SETS[draft.source].offered : [];
  const holding = (Object.keys(draft.activateFor) as ActivateSet[]).filter((s) => draft.activateFor[s].length > 0 && !offered.includes(s));
  return [...offered, ...holding];
};
