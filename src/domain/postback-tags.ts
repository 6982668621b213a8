/**
 * A postback's body as key:value tags, the way the postback log shows them and flows read them
 * (`postback.<key>`): nested keys joined with dots, arrays indexed (`items.0.sku`), every value as
 * text (null as the empty text). Pure: the receiver calls it, the tests drive it directly.
 */
export type Tags = Record<string, string>;

export type ParsedBody = { ok: true; tags: Tags } | { ok: false; why: string };

/** JSON unless the body says it is a form; a form's repeated keys are indexed as an array's would be. */
export function parseBody(contentType: string | undefined, body: string): ParsedBody {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') return { ok: true, tags: formTags(body) };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, why: body.trim() === '' ? 'the body is empty' : `the body is neither JSON nor a form (${type || 'no content type'})` };
  }
  if (typeof json !== 'object' || json === null) return { ok: false, why: 'the body is JSON, but not an object or a list' };
  const tags: Tags = {};
  flatten(json, '', tags);
  return { ok: true, tags };
}

function flatten(value: unknown, key: string, into: Tags): void {
  if (typeof value === 'object' && value !== null) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) flatten(v, key === '' ? k : `${key}.${k}`, into);
    return;
  }
  into[key] = value === null ? '' : String(value);
}

function formTags(body: string): Tags {
  const groups = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(body)) groups.set(k, [...(groups.get(k) ?? []), v]);
  const tags: Tags = {};
  for (const [k, values] of groups) {
    if (values.length === 1) tags[k] = values[0] as string;
    else values.forEach((v, i) => (tags[`${k}.${i}`] = v));
  }
  return tags;
}
