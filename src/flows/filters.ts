import type { CustomFieldDefinition, CustomFieldValue } from '../domain/custom-fields.js';
import { isEnumerated } from '../domain/custom-fields.js';
import { HookflowError } from '../domain/errors.js';
import { EVENT_STANDARD_FIELDS, type EventSnapshot } from '../domain/event.js';
import { PROFILE_STANDARD_FIELDS, type ProfileSnapshot } from '../domain/profile.js';
import { type Filter, type FlowSource, eventLevelFlow, isEventLevel } from './flow.js';

/** What a filter looks at: the event, the person, the tags of their attendee type, and the tags postbacks attached. */
export interface FilterSubject {
  event: EventSnapshot;
  profile: ProfileSnapshot | null;
  attendeeTypeTags: string[];
  postback?: Record<string, string>;
}

const EVENT_FIELDS: readonly string[] = ['code', 'name', 'status', ...EVENT_STANDARD_FIELDS];
const PROFILE_FIELDS: readonly string[] = ['code', ...PROFILE_STANDARD_FIELDS];

type FieldRef =
  | { on: 'event' | 'profile'; custom: boolean; name: string }
  | { on: 'event' | 'attendeeType'; tags: true }
  /** A postback's key: any key a publisher sends, so there is nothing to check it against. */
  | { on: 'postback'; key: string };

function parseField(field: string): FieldRef | null {
  if (field === 'event.tags') return { on: 'event', tags: true };
  if (field === 'attendeeType.tags') return { on: 'attendeeType', tags: true };
  if (field.startsWith('postback.') && field.length > 'postback.'.length) return { on: 'postback', key: field.slice('postback.'.length) };
  const m = /^(event|profile)\.(?:(custom)\.)?([A-Za-z0-9_.:@-]+)$/.exec(field);
  if (!m) return null;
  const on = m[1] as 'event' | 'profile';
  const custom = m[2] === 'custom';
  const name = m[3] as string;
  if (!custom && !(on === 'event' ? EVENT_FIELDS : PROFILE_FIELDS).includes(name)) return null;
  return { on, custom, name };
}

export interface FieldDefinitions {
  event: ReadonlyMap<string, CustomFieldDefinition>;
  profile: ReadonlyMap<string, CustomFieldDefinition>;
}

/** Checks filters when a flow is saved: known fields, enumerated custom fields, operands present. */
export function checkFilters(filters: readonly Filter[], source: FlowSource | null, defs: FieldDefinitions): void {
  filters.forEach((f, i) => {
    const at = `filters/${i}`;
    const fail = (problem: string) => {
      throw new HookflowError('HF_INVALID_VALUE', `${at}: ${problem}`, at);
    };
    const ref = parseField(f.field);
    if (!ref) return fail(`'${f.field}' is not a field a flow can filter on (event.<field>, event.custom.<code>, event.tags, profile.<field>, profile.custom.<code>, attendeeType.tags, postback.<key>)`);
    if (isEventLevel(source) && ref.on !== 'event') return fail(`${eventLevelFlow(source)} can filter on event fields only, not '${f.field}'`);
    if ('custom' in ref && ref.custom) {
      const def = defs[ref.on].get(ref.name);
      if (!def) return fail(`${ref.on} custom field '${ref.name}' does not exist`);
      if (!isEnumerated(def.type)) {
        return fail(`${ref.on} custom field '${ref.name}' is free text; only enumerated fields (select, multi-select, checkbox, radio) can filter a flow`);
      }
    }
    if ((f.operator === 'equals' || f.operator === 'not_equals') && f.value === undefined) fail(`operator '${f.operator}' needs a value`);
    if ((f.operator === 'in' || f.operator === 'not_in') && !f.values?.length) fail(`operator '${f.operator}' needs a list of values`);
  });
}

function valuesOf(ref: FieldRef, subject: FilterSubject): string[] {
  let raw: CustomFieldValue | undefined;
  if (ref.on === 'postback') raw = subject.postback?.[ref.key];
  else if ('tags' in ref) raw = ref.on === 'event' ? subject.event.tags : subject.attendeeTypeTags;
  else if (ref.on === 'event') raw = ref.custom ? subject.event.customFields[ref.name] : (subject.event as unknown as Record<string, string | null>)[ref.name];
  else raw = ref.custom ? subject.profile?.customFields[ref.name] : (subject.profile as unknown as Record<string, string | null> | null)?.[ref.name];
  const list = raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  return list.map(normalise).filter((v) => v !== '');
}

/** Comparisons ignore case and surrounding spaces: "CTO" matches "cto ". */
const normalise = (v: string) => v.trim().toLowerCase();

export function passes(filter: Filter, subject: FilterSubject): boolean {
  const ref = parseField(filter.field);
  if (!ref) return false;
  const have = valuesOf(ref, subject);
  const anyOf = (wanted: string[]) => wanted.map(normalise).some((w) => have.includes(w));
  switch (filter.operator) {
    case 'equals':
      return anyOf([filter.value ?? '']);
    case 'not_equals':
      return !anyOf([filter.value ?? '']);
    case 'in':
      return anyOf(filter.values ?? []);
    case 'not_in':
      return !anyOf(filter.values ?? []);
    case 'is_empty':
      return have.length === 0;
    case 'is_not_empty':
      return have.length > 0;
  }
}
