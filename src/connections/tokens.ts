import { type RenderContext, type RenderEnv, headerOctets, resolveSource } from '../mapping/index.js';

/**
 * Replacement tokens: `[registration.code]`, `[profile.email]`... in a connection's URL (path and
 * query) and custom headers, each the id of a mapping source in square brackets, replaced at each
 * attempt by that source's value (the guide: "replacement tokens package tags into webhooks").
 *
 * A token is a bracketed dotted path (`[word.rest]`): every source id has a dot, and brackets
 * without one stay literal text, so the query conventions `filter[status]=open` and `ids[]=1`
 * keep working. Pure: no I/O.
 */
const TOKEN = /\[([A-Za-z]\w*\.[^[\]\r\n]+)\]/g;

export interface Token {
  /** The source id inside the brackets. */
  id: string;
  /** Where its `[` stands in the template. */
  at: number;
}

export function findTokens(template: string): Token[] {
  return [...template.matchAll(TOKEN)].map((m) => ({ id: m[1] ?? '', at: m.index }));
}

/** A problem with a template, naming its field (`body/url`, `body/headers/X-Lead`). */
export interface TokenProblem {
  field: string;
  message: string;
}

/**
 * Every problem of a connection's templates at once: tokens that name no source, and tokens in
 * the URL's scheme or host, which would let the data choose where it is sent (past the SSRF guard's
 * intent, to whoever a profile field names).
 */
export function checkTemplates(url: string, headers: Record<string, string>): TokenProblem[] {
  const problems: TokenProblem[] = [];
  const hostEnd = authorityEnd(url);
  for (const t of findTokens(url)) {
    if (t.at < hostEnd) problems.push({ field: 'body/url', message: `body/url: a token cannot choose the scheme or host: [${t.id}]` });
    else if (!known(t.id)) problems.push({ field: 'body/url', message: unknown('body/url', t.id) });
  }
  for (const [name, value] of Object.entries(headers)) {
    for (const t of findTokens(value)) if (!known(t.id)) problems.push({ field: `body/headers/${name}`, message: unknown(`body/headers/${name}`, t.id) });
  }
  return problems;
}

const known = (id: string) => resolveSource(id, false) !== null;
const unknown = (field: string, id: string) =>
  `${field}: unknown token [${id}]${id.startsWith('item.') ? ' (item.* exists only inside a mapping array)' : ''}; a token is a mapping source, e.g. [registration.code]`;

/** Where the scheme and authority (`https://user@host:port`) end: at the first `/`, `?` or `#` after `//`. */
function authorityEnd(url: string): number {
  const start = url.indexOf('//');
  if (start < 0) return url.length;
  const rest = url.slice(start + 2).search(/[/?#]/);
  return rest < 0 ? url.length : start + 2 + rest;
}

/** A token's value as text; how a delivery, Save & Test or a notification reads them differs. */
export type ReadToken = (id: string) => string;

/**
 * Tokens read from a change: a source's value as the mapping engine reads it, a list joined with
 * ", " as mapped text is. A missing value is empty text, as the guide's "outbound webhooks are
 * missing tags" implies: the request is still sent, and its record shows what was missing.
 */
export function readFrom(ctx: RenderContext, env: RenderEnv): ReadToken {
  return (id) => {
    const value = resolveSource(id, false)?.(ctx, env, undefined) ?? null;
    if (value === null) return '';
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
}

/** Save & Test has no change to read: each token goes as itself, so the target's log shows the template. */
export const asWritten: ReadToken = (id) => `[${id}]`;

export interface Rendered {
  url: string;
  headers: Record<string, string>;
  /** A token whose value, `.` or `..`, would climb the URL's path: the attempt must not be sent. */
  climbing: string | null;
}

/**
 * A connection's URL and headers with their tokens replaced. In the URL each value is
 * percent-encoded (encodeURIComponent: `/`, `?`, `&`, `#` and spaces cannot reshape it), but a
 * path value of `.` or `..` would still climb the path (URL parsers resolve them, encoded or not),
 * so it is reported in `climbing`. In a header a value is raw, except that control characters (a
 * line break would start another header) fold to a space, as HTTP folds obsolete line folding,
 * and a value beyond ASCII goes as its UTF-8 bytes (see `headerOctets`). Header names come back in
 * lower case, as a delivery sends every header.
 */
export function renderTemplates(url: string, headers: Record<string, string>, read: ReadToken): Rendered {
  let climbing: string | null = null;
  const pathStart = authorityEnd(url);
  const queryAt = url.slice(pathStart).search(/[?#]/);
  const inPath = (at: number) => at >= pathStart && (queryAt < 0 || at < pathStart + queryAt);
  const renderedUrl = url.replace(TOKEN, (_m, id: string, at: number) => {
    const value = read(id);
    if (inPath(at) && (value === '.' || value === '..')) climbing ??= id;
    return encodeURIComponent(value);
  });
  const renderedHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    renderedHeaders[name.toLowerCase()] = headerOctets(value.replace(TOKEN, (_m, id: string) => read(id).replace(CONTROL, ' ')));
  }
  return { url: renderedUrl, headers: renderedHeaders, climbing };
}

// Every C0 control but tab, and DEL: none may stand in a header value.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]+/g;

