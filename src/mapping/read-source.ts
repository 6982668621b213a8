import type { CustomValue, FieldValue, RenderContext, RenderEnv } from './context.js';
import { DEFAULT_DATE_FORMAT, formatDate } from './format-date.js';
import { EVENT_FIELDS, type ListSourceId, PROFILE_FIELDS, REGISTRATION_FIELDS, SESSION_RECORD_FIELDS } from './source-ids.js';

/** An item of a list source: one question, its code and the answer given. */
export interface ListItem {
  name: string;
  code: string;
  answer: CustomValue;
}

export type Read = (ctx: RenderContext, env: RenderEnv, item: ListItem | undefined) => FieldValue;
export type ReadList = (ctx: RenderContext) => ListItem[];

/*
 * Readers use optional chaining throughout: a preview may render a hand-written sample context
 * that lacks whole sections, and a missing section must read as a missing value, not a crash.
 */
type Loose = Record<string, FieldValue | undefined> | undefined;

const FIXED: Record<string, Read> = {
  'account.code': (c) => c.account?.code ?? null,
  'flow.name': (c) => c.flow?.name ?? null,
  'event.tags': (c) => c.event?.tags ?? null,
  'registration.statusTags': (c) => c.registration?.statusTags ?? null,
  'registration.attendeeTypeTags': (c) => c.registration?.attendeeTypeTags ?? null,
  'registration.propertyTags': (c) => c.registration?.propertyTags ?? null,
  'session.code': (c) => c.sessionRegistration?.sessionCode ?? c.session?.code ?? null,
  'session.name': (c) => c.sessionRegistration?.sessionName ?? c.session?.name ?? null,
  'session.status': (c) => c.sessionRegistration?.status ?? null,
  'session.statusTags': (c) => c.sessionRegistration?.statusTags ?? null,
  'macro.now': (_c, env) => env.now().toISOString(),
  'macro.today': (_c, env) => env.now().toISOString().slice(0, 10),
  'macro.nowFormatted': (_c, env) => formatDate(env.now(), env.dateFormat ?? DEFAULT_DATE_FORMAT),
  'macro.uuid': (_c, env) => env.uuid(),
};
for (const [f] of PROFILE_FIELDS) FIXED[`profile.${f}`] = (c) => (c.profile as unknown as Loose)?.[f] ?? null;
for (const [f] of EVENT_FIELDS) FIXED[`event.${f}`] = (c) => (c.event as unknown as Loose)?.[f] ?? null;
for (const [f] of SESSION_RECORD_FIELDS) FIXED[`session.${f}`] = (c) => c.session?.[f] ?? null;
for (const [f] of REGISTRATION_FIELDS) FIXED[`registration.${f}`] = (c) => (c.registration as unknown as Loose)?.[f] ?? null;

/** Only meaningful inside an array iterating a list source. */
const ITEM: Record<string, Read> = {
  'item.name': (_c, _e, item) => item?.name ?? null,
  'item.code': (_c, _e, item) => item?.code ?? null,
  'item.answer': (_c, _e, item) => item?.answer ?? null,
};

/**
 * The value of the first custom field (in definition order) that carries `tag`: Touchpoint's
 * "tagged custom field". Null when no field carries it, or that field is empty.
 */
function fieldByTag(fields: { customFields?: Record<string, CustomValue>; customFieldTags?: Record<string, string[]> } | undefined, tag: string): CustomValue {
  const code = Object.entries(fields?.customFieldTags ?? {}).find(([, tags]) => tags.includes(tag))?.[0];
  return code === undefined ? null : (fields?.customFields?.[code] ?? null);
}

/** Sources named by a code the account defines: custom fields, properties, question tags, custom field tags. */
const PATTERNS: [RegExp, (code: string) => Read][] = [
  [/^profile\.custom\.(.+)$/, (n) => (c) => c.profile?.customFields?.[n] ?? null],
  [/^event\.custom\.(.+)$/, (n) => (c) => c.event?.customFields?.[n] ?? null],
  [/^session\.custom\.(.+)$/, (n) => (c) => c.session?.customFields?.[n] ?? null],
  [/^eventFieldByTag\.(.+)$/, (tag) => (c) => fieldByTag(c.event, tag)],
  [/^sessionFieldByTag\.(.+)$/, (tag) => (c) => fieldByTag(c.session, tag)],
  // `test` is a standard property kept as the registration's own flag.
  [/^registration\.property\.(.+)$/, (n) => (c) => (c.registration ? (n === 'test' ? c.registration.isTest : (c.registration.properties?.[n] ?? false)) : null)],
  // A tag marks at most one question per event (the guide's advice), so the first match is the one.
  [/^questionTag\.(.+)\.question$/, (tag) => (c) => c.answers?.find((a) => a.tag === tag)?.questionText ?? null],
  [/^postback\.(.+)$/, (key) => (c) => c.postback?.[key] ?? null],
  [/^questionTag\.(.+)\.answer$/, (tag) => (c) => c.answers?.find((a) => a.tag === tag)?.answer ?? null],
];

/** The reader for a source id, or null when there is no such source. `item.*` only inside a list. */
export function resolveSource(id: string, inList: boolean): Read | null {
  // Own keys only: 'constructor' or 'toString' are not sources.
  if (Object.hasOwn(ITEM, id)) return inList ? (ITEM[id] ?? null) : null;
  if (Object.hasOwn(FIXED, id)) return FIXED[id] ?? null;
  for (const [pattern, build] of PATTERNS) {
    const m = pattern.exec(id);
    if (m?.[1]) return build(m[1]);
  }
  return null;
}

export const LIST_READERS: Record<ListSourceId, ReadList> = {
  'registration.questions': (c) => (c.answers ?? []).map((a) => ({ name: a.questionText, code: a.questionCode, answer: a.answer })),
  // Every question of the event, answered or not: the answer is this registration's, if any.
  'event.questions': (c) => {
    const answers = new Map((c.answers ?? []).map((a) => [a.questionCode, a.answer]));
    return (c.eventQuestions ?? []).map((q) => ({ name: q.text, code: q.code, answer: answers.get(q.code) ?? null }));
  },
};

export const resolveList = (id: string): ReadList | null => (Object.hasOwn(LIST_READERS, id) ? LIST_READERS[id as ListSourceId] : null);
