import type { LeadRule } from '../domain/lead.js';
import type { WriteBackRule } from '../domain/write-back.js';
import type { ChangeKind } from '../domain/changes.js';

/** What a flow watches for (the guide's "Available sources"). */
export const FLOW_SOURCES = [
  'registration_create_update',
  'registration_status_change',
  'session_registration_status_change',
  'event_create_update',
  'session_create_update',
] as const;
export type FlowSource = (typeof FLOW_SOURCES)[number];

/** The change kinds each source watches. A registration created with a status has changed status. */
export const SOURCE_KINDS: Record<FlowSource, readonly ChangeKind[]> = {
  registration_create_update: ['registration.created', 'registration.updated', 'registration.status_changed'],
  registration_status_change: ['registration.created', 'registration.status_changed'],
  session_registration_status_change: ['session_registration.status_changed'],
  event_create_update: ['event.created', 'event.updated'],
  session_create_update: ['session.created', 'session.updated'],
};

/** Sources about no registration: their flows filter on the event only, and have no person to write back to. */
export const isEventLevel = (source: FlowSource | null) => source === 'event_create_update' || source === 'session_create_update';

/** Such a flow, in messages. */
export const eventLevelFlow = (source: FlowSource | null) => (source === 'session_create_update' ? 'a session flow' : 'an event flow');

/** "Activate for": tags selected per object. Within a set any tag will do; every non-empty set must hold. */
export interface ActivateFor {
  registrationStatusTags: string[];
  registrationPropertyTags: string[];
  sessionRegistrationStatusTags: string[];
  eventStatusTags: string[];
}

export const FILTER_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'is_empty', 'is_not_empty'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/**
 * A filter on `event.<field>`, `event.custom.<code>`, `event.tags`, `profile.<field>`,
 * `profile.custom.<code>` or `attendeeType.tags`. `value` for equals / not_equals,
 * `values` for in / not_in, neither for the emptiness tests.
 */
export interface Filter {
  field: string;
  operator: FilterOperator;
  value?: string;
  values?: string[];
}

export interface Destination {
  name: string;
  connection: string | null;
  action: 'webhook';
  payloadMapping: string | null;
  headerMapping: string | null;
  /** How the target's answer says a lead was created or updated (the insights' Leads figures). */
  leads?: LeadRule | null;
  /** Fields of the target's JSON answer written to the registration's person (issue 13's "responses written back"). */
  writeBack?: WriteBackRule[];
}

export interface FlowDefinition {
  name: string;
  /** Live flows take live registrations of live events; Test flows take all test data. */
  mode: 'live' | 'test';
  active: boolean;
  source: FlowSource | null;
  activateFor: ActivateFor;
  filters: Filter[];
  destinations: Destination[];
}

export interface Flow extends FlowDefinition {
  id: number;
  version: number;
}

/** Why a flow that watches a change did not act on it. */
export type NotTriggeredReason = 'inactive' | 'incomplete' | 'live_test_mismatch' | 'untagged_status' | 'not_activated' | 'filtered_out';

export interface Action {
  destination: string;
  connection: string;
  payloadMapping: string;
  headerMapping: string | null;
  leads?: LeadRule;
  writeBack?: WriteBackRule[];
}

/**
 * A flow's decision about one change. An untagged status is a configuration problem a person
 * fixes here (the guide's retry table): its actions still go to the retry queue, as Config
 * failures, and a retry after the status is tagged delivers them.
 */
export type FlowOutcome =
  | { triggered: true; actions: Action[] }
  | { triggered: false; reason: 'untagged_status'; detail: string; actions: Action[] }
  | { triggered: false; reason: Exclude<NotTriggeredReason, 'untagged_status'>; detail: string };

/** The actions an outcome queues: those it triggered, or those waiting for a status to be tagged. */
export const queuedActions = (o: FlowOutcome): Action[] => (o.triggered || o.reason === 'untagged_status' ? o.actions : []);
