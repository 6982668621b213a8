/**
 * The source catalogue, for the UI's source picker: every source the guide lists, grouped as the
 * guide groups them. Account-defined codes (custom fields, properties, question tags) are passed in.
 */
import type { ValuePart } from './model.js';
import {
  EVENT_FIELDS, ITEM_FIELDS, LIST_SOURCE_LABELS, type ListSourceId, MACROS, PROFILE_FIELDS, REGISTRATION_FIELDS, SESSION_FIELDS, SESSION_RECORD_FIELDS,
  STANDARD_PROPERTIES, type SourceId, TAG_SOURCES,
} from './source-ids.js';

export type { ItemSourceId, ListSourceId, SourceId } from './source-ids.js';

export type SourceGroup =
  | 'Profile Standard Fields'
  | 'Profile Custom Fields'
  | 'Registration Standard Fields'
  | 'Registration Custom Question Tags'
  | 'Registration Standard Properties and Tags'
  | 'Array/List Fields'
  | 'Account Standard Fields'
  | 'Event Standard Fields'
  | 'Event Custom Fields'
  | 'Session Fields'
  | 'Session Custom Fields'
  | 'Custom Fields by Tag'
  | 'Flow Fields'
  | 'Macros';

export interface SourceInfo {
  id: SourceId;
  label: string;
  group: SourceGroup;
  /** For `item.*`: the list the enclosing array must iterate (its `each`). */
  list?: ListSourceId;
}

export interface ListSourceInfo {
  id: ListSourceId;
  label: string;
  /** The `item.*` sources an element can read. */
  items: { id: SourceId; label: string }[];
}

/** Account-defined codes to list beside the standard sources. */
export interface AccountCodes {
  profileCustom?: string[];
  eventCustom?: string[];
  properties?: string[];
  questionTags?: string[];
  sessionCustom?: string[];
  /** Tags set up for event custom fields, and for session custom fields. */
  eventFieldTags?: string[];
  sessionFieldTags?: string[];
}

/** Typed builders for value parts: a misspelt standard source is a compile error in TypeScript too. */
export const source = (id: SourceId): ValuePart => ({ kind: 'source', source: id });
export const text = (t: string): ValuePart => ({ kind: 'text', text: t });

/** The lists an array (or a root array of objects) can iterate, with what each item offers. */
export function listSources(): ListSourceInfo[] {
  return LIST_SOURCE_LABELS.map(([id, label]) => ({
    id,
    label,
    items: ITEM_FIELDS.map(([f, itemLabel]) => ({ id: `item.${f}` as const, label: `${label} > ${itemLabel}` })),
  }));
}

const entries = (group: SourceGroup, list: readonly (readonly [string, string])[], prefix = ''): SourceInfo[] =>
  list.map(([id, label]) => ({ id: `${prefix}${id}` as SourceId, label, group }));

/** Every source, in the guide's order of groups. */
export function describeSources(codes: AccountCodes = {}): SourceInfo[] {
  const named = (xs: string[] | undefined) => (xs ?? []).map((c) => [c, c] as const);
  return [
    ...entries('Profile Standard Fields', PROFILE_FIELDS, 'profile.'),
    ...entries('Profile Custom Fields', named(codes.profileCustom), 'profile.custom.'),
    ...entries('Registration Standard Fields', REGISTRATION_FIELDS, 'registration.'),
    ...(codes.questionTags ?? []).flatMap((t): SourceInfo[] => [
      { id: `questionTag.${t}.question`, label: `${t} (question)`, group: 'Registration Custom Question Tags' },
      { id: `questionTag.${t}.answer`, label: `${t} (answer)`, group: 'Registration Custom Question Tags' },
    ]),
    ...entries('Registration Standard Properties and Tags', [...STANDARD_PROPERTIES, ...named(codes.properties)], 'registration.property.'),
    ...entries('Registration Standard Properties and Tags', TAG_SOURCES.filter(([id]) => id.startsWith('registration.'))),
    ...listSources().flatMap((l) => l.items.map((i): SourceInfo => ({ ...i, group: 'Array/List Fields', list: l.id }))),
    { id: 'account.code', label: 'Account Code', group: 'Account Standard Fields' },
    ...entries('Event Standard Fields', EVENT_FIELDS, 'event.'),
    ...entries('Event Standard Fields', TAG_SOURCES.filter(([id]) => id.startsWith('event.'))),
    ...entries('Event Custom Fields', named(codes.eventCustom), 'event.custom.'),
    ...entries('Session Fields', SESSION_FIELDS),
    ...entries('Session Fields', SESSION_RECORD_FIELDS, 'session.'),
    ...entries('Session Custom Fields', named(codes.sessionCustom), 'session.custom.'),
    ...(codes.eventFieldTags ?? []).map((t): SourceInfo => ({ id: `eventFieldByTag.${t}`, label: `Event field tagged ${t}`, group: 'Custom Fields by Tag' })),
    ...(codes.sessionFieldTags ?? []).map((t): SourceInfo => ({ id: `sessionFieldByTag.${t}`, label: `Session field tagged ${t}`, group: 'Custom Fields by Tag' })),
    { id: 'flow.name', label: 'Flow Name', group: 'Flow Fields' },
    ...entries('Macros', MACROS),
  ];
}
