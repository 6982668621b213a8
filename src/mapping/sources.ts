import type { FieldValue, RenderContext, RenderEnv } from './context.js';

/** An item of a list source: one question, its code and the answer given. */
export interface ListItem {
  name: string;
  code: string;
  answer: string | string[] | null;
}

export type Read = (ctx: RenderContext, env: RenderEnv, item: ListItem | undefined) => FieldValue;
export type ReadList = (ctx: RenderContext) => ListItem[];

export interface SourceInfo {
  id: string;
  label: string;
  group: string;
}

const PROFILE_FIELDS: [string, string][] = [
  ['code', 'Profile Code'], ['firstName', 'First Name'], ['lastName', 'Last Name'], ['email', 'Email'], ['position', 'Position'],
  ['organization', 'Organization'], ['phone', 'Phone'], ['addressLine1', 'Address Line 1'], ['addressLine2', 'Address Line 2'],
  ['city', 'City'], ['state', 'State'], ['postalCode', 'Postal Code'], ['country', 'Country'],
];
const EVENT_FIELDS: [string, string][] = [
  ['code', 'Event Code'], ['name', 'Event Name'], ['status', 'Event Status'], ['startDate', 'Start Date'], ['endDate', 'End Date'],
  ['location', 'Location'], ['timezone', 'Time Zone'], ['description', 'Description'], ['isTest', 'Test Event'],
];
const REGISTRATION_FIELDS: [string, string][] = [
  ['code', 'Registration Code'], ['status', 'Registration Status'], ['attendeeType', 'Attendee Type'], ['isTest', 'Test'],
  ['createdAt', 'Created'], ['updatedAt', 'Updated'],
];
const STANDARD_PROPERTIES: [string, string][] = [
  ['complete', 'Complete'], ['badge_printed', 'Badge Printed'], ['on_to_do_list', 'On To Do List'], ['invoice_generated', 'Invoice Generated'], ['test', 'Test'],
];

const pad = (n: number) => String(n).padStart(2, '0');
export function formatDate(d: Date, format: string): string {
  const parts: Record<string, string> = {
    YYYY: String(d.getUTCFullYear()), MM: pad(d.getUTCMonth() + 1), DD: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()), mm: pad(d.getUTCMinutes()), ss: pad(d.getUTCSeconds()),
  };
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (t) => parts[t] as string);
}

const FIXED: Record<string, Read> = {
  'account.code': (c) => c.account.code,
  'flow.name': (c) => c.flow.name,
  'event.tags': (c) => c.event.tags,
  'registration.statusTags': (c) => c.registration?.statusTags ?? null,
  'registration.attendeeTypeTags': (c) => c.registration?.attendeeTypeTags ?? null,
  'registration.propertyTags': (c) => c.registration?.propertyTags ?? null,
  'session.code': (c) => c.sessionRegistration?.sessionCode ?? null,
  'session.name': (c) => c.sessionRegistration?.sessionName ?? null,
  'session.status': (c) => c.sessionRegistration?.status ?? null,
  'macro.now': (_c, env) => env.now().toISOString(),
  'macro.today': (_c, env) => env.now().toISOString().slice(0, 10),
  'macro.nowFormatted': (_c, env) => formatDate(env.now(), env.dateFormat ?? 'YYYY-MM-DD HH:mm:ss'),
  'macro.uuid': (_c, env) => env.uuid(),
  'item.name': (_c, _e, item) => item?.name ?? null,
  'item.code': (_c, _e, item) => item?.code ?? null,
  'item.answer': (_c, _e, item) => item?.answer ?? null,
};
for (const [f] of PROFILE_FIELDS) FIXED[`profile.${f}`] = (c) => (c.profile as unknown as Record<string, string | null> | undefined)?.[f] ?? null;
for (const [f] of EVENT_FIELDS) FIXED[`event.${f}`] = (c) => (c.event as unknown as Record<string, FieldValue>)[f] ?? null;
for (const [f] of REGISTRATION_FIELDS) FIXED[`registration.${f}`] = (c) => (c.registration as unknown as Record<string, FieldValue> | undefined)?.[f] ?? null;

const PATTERNS: [RegExp, (name: string) => Read][] = [
  [/^profile\.custom\.(.+)$/, (n) => (c) => c.profile?.customFields[n] ?? null],
  [/^event\.custom\.(.+)$/, (n) => (c) => c.event.customFields[n] ?? null],
  [/^registration\.property\.(.+)$/, (n) => (c) => (c.registration ? (n === 'test' ? c.registration.isTest : (c.registration.properties[n] ?? false)) : null)],
  [/^questionTag\.(.+)\.question$/, (tag) => (c) => c.answers?.find((a) => a.tag === tag)?.questionText ?? null],
  [/^questionTag\.(.+)\.answer$/, (tag) => (c) => c.answers?.find((a) => a.tag === tag)?.answer ?? null],
];

/** The list sources an array of objects can iterate (the guide's "Array/List supported fields"). */
export const LIST_SOURCES: Record<string, { label: string; read: ReadList }> = {
  'registration.questions': {
    label: 'Registration Question List',
    read: (c) => (c.answers ?? []).map((a) => ({ name: a.questionText, code: a.questionCode, answer: a.answer })),
  },
  'event.questions': {
    label: 'Event Question List',
    read: (c) => {
      const answers = new Map((c.answers ?? []).map((a) => [a.questionCode, a.answer]));
      return (c.eventQuestions ?? []).map((q) => ({ name: q.text, code: q.code, answer: answers.get(q.code) ?? null }));
    },
  },
};

/** The reader for a source id, or null when there is no such source. `item.*` only inside a list. */
export function resolveSource(id: string, inList: boolean): Read | null {
  if (id.startsWith('item.') && !inList) return null;
  const fixed = FIXED[id];
  if (fixed) return fixed;
  for (const [pattern, build] of PATTERNS) {
    const m = pattern.exec(id);
    if (m?.[1]) return build(m[1]);
  }
  return null;
}

/** The catalogue for a source picker; pass the account's custom fields, properties and question tags to list them too. */
export function describeSources(extra: { profileCustom?: string[]; eventCustom?: string[]; properties?: string[]; questionTags?: string[] } = {}): SourceInfo[] {
  const list: SourceInfo[] = [
    ...PROFILE_FIELDS.map(([f, label]) => ({ id: `profile.${f}`, label, group: 'Profile Standard Fields' })),
    ...(extra.profileCustom ?? []).map((c) => ({ id: `profile.custom.${c}`, label: c, group: 'Profile Custom Fields' })),
    ...REGISTRATION_FIELDS.map(([f, label]) => ({ id: `registration.${f}`, label, group: 'Registration Standard Fields' })),
    ...(extra.questionTags ?? []).flatMap((t) => [
      { id: `questionTag.${t}.question`, label: `${t} (question)`, group: 'Registration Custom Question Tags' },
      { id: `questionTag.${t}.answer`, label: `${t} (answer)`, group: 'Registration Custom Question Tags' },
    ]),
    ...[...STANDARD_PROPERTIES, ...(extra.properties ?? []).map((p): [string, string] => [p, p])].map(([p, label]) => ({
      id: `registration.property.${p}`,
      label,
      group: 'Registration Standard Properties and Tags',
    })),
    { id: 'registration.statusTags', label: 'Registration Status Tags', group: 'Registration Standard Properties and Tags' },
    { id: 'registration.propertyTags', label: 'Registration Property Tags', group: 'Registration Standard Properties and Tags' },
    { id: 'registration.attendeeTypeTags', label: 'Attendee Type Tags', group: 'Registration Standard Properties and Tags' },
    ...Object.entries(LIST_SOURCES).flatMap(([id, { label }]) =>
      ['name', 'code', 'answer'].map((f) => ({ id: `${id} > item.${f}`, label: `${label} > Question ${f[0]?.toUpperCase()}${f.slice(1)}`, group: 'Array/List Fields' })),
    ),
    { id: 'account.code', label: 'Account Code', group: 'Account Standard Fields' },
    ...EVENT_FIELDS.map(([f, label]) => ({ id: `event.${f}`, label, group: 'Event Standard Fields' })),
    ...(extra.eventCustom ?? []).map((c) => ({ id: `event.custom.${c}`, label: c, group: 'Event Custom Fields' })),
    { id: 'event.tags', label: 'Event Tags', group: 'Event Standard Fields' },
    { id: 'session.code', label: 'Session Code', group: 'Session Fields' },
    { id: 'session.name', label: 'Session Name', group: 'Session Fields' },
    { id: 'session.status', label: 'Session Registration Status', group: 'Session Fields' },
    { id: 'flow.name', label: 'Flow Name', group: 'Flow Fields' },
    { id: 'macro.now', label: 'Current Date and Time (ISO 8601)', group: 'Macros' },
    { id: 'macro.nowFormatted', label: 'Current Date and Time (formatted)', group: 'Macros' },
    { id: 'macro.today', label: 'Current Date', group: 'Macros' },
    { id: 'macro.uuid', label: 'Unique Id', group: 'Macros' },
  ];
  return list;
}
