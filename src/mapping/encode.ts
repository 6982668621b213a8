/** How a rendered payload travels: a JSON body, a form body, a query string, or headers. */

export type ContentType = 'application/json' | 'application/x-www-form-urlencoded';

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

/**
 * GET sends the mapping as query parameters after those the URL already has. The existing query
 * is kept byte for byte (re-serialising it could change a signed URL), and a #fragment stays last.
 */
export function encodeQuery(url: string, value: unknown): string {
  const query = encodeForm(value);
  if (!query) return url;
  const hash = url.indexOf('#');
  const [base, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const joiner = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}${query}${fragment}`;
}

/** The body (POST) or URL (GET) a payload becomes for a connection. */
export function encodePayload(value: unknown, method: 'POST' | 'GET', contentType: ContentType, url: string): { url: string; body: string | null } {
  if (method === 'GET') return { url: encodeQuery(url, value), body: null };
  return { url, body: contentType === 'application/json' ? encodeJson(value) : encodeForm(value) };
}

/** RFC 9110 `token`: what a header name may contain. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * HTTP clients send a header value's characters as single bytes, and refuse one beyond U+00FF
 * ('李' would fail the attempt). A header holding any non-ASCII character goes as its UTF-8 bytes
 * instead, the convention receivers decode (and the same bytes for 'ë' as for '李', not Latin-1's).
 */
export function headerOctets(value: string): string {
  return /[^\x00-\x7f]/.test(value) ? Buffer.from(value, 'utf8').toString('latin1') : value;
}

export type RenderedHeaders =
  | { ok: true; headers: Record<string, string> }
  /** `message` joins every problem, each starting with its path. */
  | { ok: false; message: string; problems: { path: string; message: string }[] };

/**
 * A header mapping renders to flat string headers. Nested values cannot be headers; scalars are
 * stringified, a list of scalars joined with ", " (how HTTP folds repeated headers); a line break
 * would smuggle in another header, so it is refused.
 */
export function renderHeaders(value: unknown): RenderedHeaders {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refused([{ path: '/', message: '/: a header mapping must render to an object (its root type must be object)' }]);
  }
  const headers: Record<string, string> = {};
  const problems: { path: string; message: string }[] = [];
  const problem = (name: string, message: string) => problems.push({ path: `/${name}`, message: `/${name}: ${message}` });
  for (const [name, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (!TOKEN.test(name)) problem(name, `'${name}' is not a valid header name`);
    else if (typeof v === 'object' && (!Array.isArray(v) || v.some((x) => typeof x === 'object' && x !== null))) problem(name, 'a header cannot hold an object');
    else {
      const text = Array.isArray(v) ? v.join(', ') : String(v);
      if (/[\r\n\0]/.test(text)) problem(name, 'a header value cannot contain a line break or a NUL character');
      else headers[name] = text;
    }
  }
  return problems.length ? refused(problems) : { ok: true, headers };
}

const refused = (problems: { path: string; message: string }[]): RenderedHeaders => ({ ok: false, message: problems.map((p) => p.message).join('; '), problems });
