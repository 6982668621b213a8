import { HookflowError } from '../domain/errors.js';
import { checkTemplates, renderTemplates } from './tokens.js';

/**
 * A connection: how Hookflow reaches one target application (the guides' "Connection Setup"
 * screen). Flows name a connection; many flows may share one.
 *
 * Pure: no I/O. The secrets (password, API key, client secret, tokens, signing secret) live in
 * the same value here; the store seals them apart from the settings, and the API only ever shows
 * them masked (see `maskSecret`).
 */
export const TARGETS = ['webhook', 'advanced_webhook'] as const;
export const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;
export const METHODS = ['POST', 'GET'] as const;
export const AUTH_TYPES = ['none', 'basic', 'api_key', 'oauth2'] as const;
export const API_KEY_PLACEMENTS = ['header', 'query'] as const;
export const GRANT_TYPES = ['client_credentials', 'authorization_code'] as const;

const SECOND = 1000;
export const TIMEOUT_MS = { default: 10 * SECOND, min: 100, max: 60 * SECOND } as const;
/** Per-connection delivery limits, by default. */
export const LIMITS = { maxConcurrent: 8, maxRetries: 3 } as const;

export type Target = (typeof TARGETS)[number];
export type ContentType = (typeof CONTENT_TYPES)[number];
export type Method = (typeof METHODS)[number];
export type AuthType = (typeof AUTH_TYPES)[number];

/** Open / No Auth: the lowest level of security. */
export interface NoAuth {
  type: 'none';
}

export interface BasicAuth {
  type: 'basic';
  username: string;
  password: string;
}

/** API Key / Token, sent as a header (`Authorization`, `X-API-Key`...) or a query parameter. */
export interface ApiKeyAuth {
  type: 'api_key';
  key: string;
  placement: 'header' | 'query';
  /** The header's or the query parameter's name. */
  name: string;
}

interface OAuth2Common {
  type: 'oauth2';
  clientId: string;
  clientSecret: string;
  authorizationUrl?: string;
  accessTokenUrl: string;
  /** Where a refresh token is exchanged; the access token URL when not given. */
  refreshTokenUrl?: string;
  /** Blank, a keyword or a URL, depending on the target application. */
  scope?: string;
  testConnectionUrl: string;
  /** The last access token obtained, kept sealed for the delivery worker's reuse. */
  accessToken?: string;
}

export interface OAuth2ClientCredentials extends OAuth2Common {
  grantType: 'client_credentials';
}

export interface OAuth2AuthorizationCode extends OAuth2Common {
  grantType: 'authorization_code';
  authorizationUrl: string;
  /** Obtained by the authorization step; without it the connection cannot get a token. */
  refreshToken?: string;
}

export type OAuth2Auth = OAuth2ClientCredentials | OAuth2AuthorizationCode;
export type Auth = NoAuth | BasicAuth | ApiKeyAuth | OAuth2Auth;

export interface Connection {
  name: string;
  target: Target;
  /** The endpoint Hookflow sends data to; its path and query may hold replacement tokens (`[registration.code]`, see tokens.ts). */
  url: string;
  /** Custom headers sent with every request, values possibly with tokens. Settings, not secrets: shown as they are. */
  headers: Record<string, string>;
  contentType: ContentType;
  method: Method;
  timeoutMs: number;
  followRedirects: boolean;
  /** Requests in flight to this target at once: a slow target holds only these slots. */
  maxConcurrent: number;
  /** At most this many requests a second to this target; null for no limit. */
  requestsPerSecond: number | null;
  /** Automatic retries after a failed attempt (the guide: 3). */
  maxRetries: number;
  /** Signs every payload (Standard Webhooks); generated when not given. A secret. */
  signingSecret: string;
  auth: Auth;
}

/** The secret fields of an auth; the connection's own is its signingSecret. */
export const AUTH_SECRETS = ['password', 'key', 'clientSecret', 'refreshToken', 'accessToken'] as const;
export type AuthSecret = (typeof AUTH_SECRETS)[number];
export type Secrets = Partial<Record<AuthSecret | 'signingSecret', string>>;

/** What a client sends: any field may be left out of an update (it keeps its value). */
export interface ConnectionInput {
  target?: Target;
  url?: string;
  /** Replaces the custom headers as a whole. */
  headers?: Record<string, string>;
  contentType?: ContentType;
  method?: Method;
  timeoutMs?: number;
  followRedirects?: boolean;
  maxConcurrent?: number;
  requestsPerSecond?: number | null;
  maxRetries?: number;
  signingSecret?: string;
  auth?: { type: AuthType } & Record<string, unknown>;
}

/** The fields each auth type requires, secrets apart (an update may leave those out). */
const REQUIRED: Record<AuthType, readonly string[]> = {
  none: [],
  basic: ['username', 'password'],
  api_key: ['key', 'placement', 'name'],
  oauth2: ['grantType', 'clientId', 'clientSecret', 'accessTokenUrl', 'testConnectionUrl'],
};

/** What an OAuth2 access token was obtained with: a change to any of them makes it stale. */
const TOKEN_SOURCE = ['grantType', 'clientId', 'clientSecret', 'accessTokenUrl', 'refreshTokenUrl', 'scope'] as const;

const MASK = '********';
const SHOWN_TAIL = 4;
const TAIL_FROM_LENGTH = 16;

/**
 * How a secret is shown: eight asterisks, then its last four characters when it is long enough
 * (16 or more) that they give nothing away but help tell keys apart. `********` otherwise.
 */
export function maskSecret(secret: string): string {
  return secret.length >= TAIL_FROM_LENGTH ? MASK + secret.slice(-SHOWN_TAIL) : MASK;
}

const looksMasked = (value: string) => value.startsWith(MASK) && value.length <= MASK.length + SHOWN_TAIL;

const bad = (field: string, problem: string) => new HookflowError('HF_BAD_REQUEST', `${field} ${problem}`, field);

/**
 * The connection a create or update leaves: the input over the existing connection. A secret left
 * out, or sent back as its mask, keeps the stored one as long as the auth type (and grant type)
 * stays the same. Throws a 400 naming the first field still missing, e.g. `body/auth/password is required`.
 */
export function mergeConnection(
  name: string,
  input: ConnectionInput,
  existing: Connection | null,
  newSigningSecret: () => string,
): Connection {
  if (!existing && input.url === undefined) throw bad('body/url', 'is required');
  const signingSecret = keepSecret('body/signingSecret', input.signingSecret, existing?.signingSecret) ?? newSigningSecret();
  // A connection created without auth is Open / No Auth, the guide's first type.
  const auth = input.auth ? mergeAuth(input.auth, existing?.auth) : (existing?.auth ?? { type: 'none' });
  const connection: Connection = {
    name,
    target: input.target ?? existing?.target ?? 'webhook',
    url: input.url ?? (existing as Connection).url,
    headers: input.headers ?? existing?.headers ?? {},
    contentType: input.contentType ?? existing?.contentType ?? 'application/json',
    method: input.method ?? existing?.method ?? 'POST',
    timeoutMs: input.timeoutMs ?? existing?.timeoutMs ?? TIMEOUT_MS.default,
    followRedirects: input.followRedirects ?? existing?.followRedirects ?? false,
    maxConcurrent: input.maxConcurrent ?? existing?.maxConcurrent ?? LIMITS.maxConcurrent,
    requestsPerSecond: input.requestsPerSecond === undefined ? (existing?.requestsPerSecond ?? null) : input.requestsPerSecond,
    maxRetries: input.maxRetries ?? existing?.maxRetries ?? LIMITS.maxRetries,
    signingSecret,
    auth,
  };
  checkRequestParts(connection);
  return connection;
}

/** Headers Hookflow writes itself (body, user agent, signature): a custom one would be silently overwritten. */
const OWN_HEADERS = new Set(['host', 'content-length', 'content-type', 'transfer-encoding', 'connection', 'user-agent', 'webhook-id', 'webhook-timestamp', 'webhook-signature']);

/** The header a connection's auth writes, if any. */
function authHeader(auth: Auth): string | null {
  if (auth.type === 'basic' || auth.type === 'oauth2') return 'authorization';
  if (auth.type === 'api_key' && auth.placement === 'header') return auth.name.toLowerCase();
  return null;
}

/**
 * The URL and custom headers as a whole, every problem at once: the tokens (see tokens.ts), the URL
 * itself once its tokens are filled in, and custom headers Hookflow or the auth would overwrite.
 */
function checkRequestParts(c: Connection): void {
  const problems = checkTemplates(c.url, c.headers);
  const sample = renderTemplates(c.url, c.headers, () => 'x');
  if (!URL.canParse(sample.url)) problems.unshift({ field: 'body/url', message: 'body/url must be a URL' });
  const byAuth = authHeader(c.auth);
  const seen = new Set<string>();
  for (const name of Object.keys(c.headers)) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) problems.push({ field: `body/headers/${name}`, message: `body/headers/${name} is given twice (header names ignore case)` });
    seen.add(lower);
    if (OWN_HEADERS.has(lower)) problems.push({ field: `body/headers/${name}`, message: `body/headers/${name} is written by Hookflow itself` });
    else if (lower === byAuth) problems.push({ field: `body/headers/${name}`, message: `body/headers/${name} is written by the connection's auth` });
  }
  const [first] = problems;
  if (first) throw new HookflowError('HF_BAD_REQUEST', problems.map((p) => p.message).join('; '), first.field);
}

function mergeAuth(input: NonNullable<ConnectionInput['auth']>, existing: Auth | undefined): Auth {
  const sameKind =
    existing?.type === input.type && (existing.type !== 'oauth2' || existing.grantType === (input.grantType ?? existing.grantType));
  const stored = (sameKind ? existing : {}) as Record<string, unknown>;
  const auth: Record<string, unknown> = { ...input };
  for (const field of AUTH_SECRETS) {
    const kept = keepSecret(`body/auth/${field}`, input[field] as string | undefined, stored[field] as string | undefined);
    if (kept === undefined) delete auth[field];
    else auth[field] = kept;
  }
  // The cached access token belongs to the credentials and endpoint that obtained it.
  if (input.type === 'oauth2' && TOKEN_SOURCE.some((f) => auth[f] !== stored[f])) delete auth.accessToken;
  for (const field of REQUIRED[input.type]) {
    if (auth[field] === undefined || auth[field] === '') throw bad(`body/auth/${field}`, 'is required');
  }
  if (input.type === 'oauth2') {
    if (auth.grantType === 'authorization_code' && !auth.authorizationUrl) throw bad('body/auth/authorizationUrl', 'is required for grant type authorization_code');
    if (auth.grantType === 'client_credentials' && auth.refreshToken !== undefined) {
      throw bad('body/auth/refreshToken', 'is only for grant type authorization_code');
    }
  }
  return auth as unknown as Auth;
}

/** The new value, or the stored one when the input leaves it out or sends its mask back. */
function keepSecret(field: string, input: string | undefined, stored: string | undefined): string | undefined {
  if (input === undefined) return stored;
  if (stored !== undefined && input === maskSecret(stored)) return stored;
  if (looksMasked(input)) throw bad(field, 'is a mask, not a secret: send the secret itself, or leave the field out to keep the stored one');
  return input;
}

/** Splits a connection into what may be stored in the clear and what must be sealed. */
export function splitSecrets(connection: Connection): { settings: Record<string, unknown>; secrets: Secrets } {
  const { name: _name, signingSecret, auth, ...settings } = connection;
  const secrets: Secrets = { signingSecret };
  const clearAuth: Record<string, unknown> = { ...auth };
  for (const field of AUTH_SECRETS) {
    const value = clearAuth[field];
    if (typeof value === 'string') secrets[field] = value;
    delete clearAuth[field];
  }
  return { settings: { ...settings, auth: clearAuth }, secrets };
}

export function joinSecrets(name: string, settings: Record<string, unknown>, secrets: Secrets): Connection {
  const { signingSecret, ...authSecrets } = secrets;
  const auth = { ...(settings.auth as Record<string, unknown>), ...authSecrets };
  // Connections saved before custom headers existed have none.
  const headers = (settings.headers as Record<string, string> | undefined) ?? {};
  return { ...(settings as Omit<Connection, 'name' | 'signingSecret' | 'auth'>), headers, name, signingSecret: signingSecret ?? '', auth: auth as unknown as Auth };
}

/** A secret as the API shows it: `password: "********"` beside `hasPassword: true`. */
const hasField = (field: string) => `has${field[0]?.toUpperCase()}${field.slice(1)}`;

/** The connection as the API returns it: every secret masked, never in the clear. */
export function maskConnection(connection: Connection): Record<string, unknown> {
  const auth: Record<string, unknown> = { ...connection.auth };
  for (const field of AUTH_SECRETS) {
    const value = auth[field];
    if (typeof value === 'string') {
      auth[field] = maskSecret(value);
      auth[hasField(field)] = true;
    } else if (connection.auth.type === 'oauth2' && (field === 'refreshToken' || field === 'accessToken')) {
      auth[hasField(field)] = false;
    }
  }
  return {
    ...connection,
    signingSecret: maskSecret(connection.signingSecret),
    hasSigningSecret: connection.signingSecret !== '',
    auth,
  };
}
