/** How a rendered payload travels: a JSON body, a form body, a query string, or headers. */

export const encodeJson = (value: unknown) => JSON.stringify(value);

/** Nested keys in bracket notation: `attachments[0][title]=...`, the form encoding PHP, Rails and Express read. */
export function formPairs(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => formPairs(v, `${prefix}[${i}]`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => formPairs(v, prefix ? `${prefix}[${k}]` : k));
  }
  return [[prefix, String(value)]];
}

export const encodeForm = (value: unknown) => new URLSearchParams(formPairs(value)).toString();

/** GET sends the mapping as query parameters, after any the URL already has. */
export function encodeQuery(url: string, value: unknown): string {
  const target = new URL(url);
  for (const [k, v] of formPairs(value)) target.searchParams.append(k, v);
  return target.toString();
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A header mapping renders to flat string headers: nested values cannot be headers. */
export function renderHeaders(value: unknown): { ok: true; headers: Record<string, string> } | { ok: false; message: string } {
  const headers: Record<string, string> = {};
  for (const [name, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (!TOKEN.test(name)) return { ok: false, message: `/${name}: '${name}' is not a valid header name` };
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return { ok: false, message: `/${name}: a header cannot hold an object` };
    const text = Array.isArray(v) ? v.join(', ') : String(v);
    if (/[\r\n]/.test(text)) return { ok: false, message: `/${name}: a header value cannot contain a line break` };
    headers[name] = text;
  }
  return { ok: true, headers };
}

export type ContentType = 'application/json' | 'application/x-www-form-urlencoded';

/** The body (POST) or URL (GET) a payload becomes for a connection. */
export function encodePayload(value: unknown, method: 'POST' | 'GET', contentType: ContentType, url: string): { url: string; body: string | null } {
  if (method === 'GET') return { url: encodeQuery(url, value), body: null };
  return { url, body: contentType === 'application/json' ? encodeJson(value) : encodeForm(value) };
}
