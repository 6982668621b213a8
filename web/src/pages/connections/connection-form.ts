import type { paths } from '../../api/schema';

/** A connection as the API shows it: every secret masked, with whether it is set. */
export type Connection = paths['/v1/connections/{name}']['get']['responses'][200]['content']['application/json'];
export type ConnectionBody = paths['/v1/connections/{name}']['put']['requestBody']['content']['application/json'];
export type TestResult = paths['/v1/connections/{name}/test']['post']['responses'][200]['content']['application/json'];
export type AuthType = Connection['auth']['type'];
type OAuth2 = Extract<Connection['auth'], { type: 'oauth2' }>;

/** The secrets a person may type: never filled from the API (which only masks them), blank keeps the stored one. */
export const SECRETS = ['password', 'key', 'clientSecret', 'refreshToken', 'signingSecret'] as const;
export type Secret = (typeof SECRETS)[number];

/**
 * What the Connection Setup form holds: text as typed (numbers too, so a half-typed one is not
 * lost), one field per setting of every auth type (switching type back and forth keeps them).
 */
export interface ConnectionForm {
  name: string;
  target: Connection['target'];
  url: string;
  /** Custom headers as typed: one `Name: value` a line. */
  headers: string;
  contentType: Connection['contentType'];
  method: Connection['method'];
  timeoutMs: string;
  followRedirects: boolean;
  maxConcurrent: string;
  requestsPerSecond: string;
  maxRetries: string;
  authType: AuthType;
  username: string;
  placement: 'header' | 'query';
  keyName: string;
  grantType: OAuth2['grantType'];
  clientId: string;
  authorizationUrl: string;
  accessTokenUrl: string;
  refreshTokenUrl: string;
  scope: string;
  testConnectionUrl: string;
  secrets: Record<Secret, string>;
}

/** Which secrets the stored connection has, for its auth type as stored ("set" beside the field). */
export type StoredSecrets = { authType: AuthType | null; grantType: OAuth2['grantType'] | null; set: Partial<Record<Secret, boolean>> };

const noSecrets = (): Record<Secret, string> => ({ password: '', key: '', clientSecret: '', refreshToken: '', signingSecret: '' });

export const NEW_CONNECTION: ConnectionForm = {
  name: '',
  target: 'webhook',
  url: '',
  headers: '',
  contentType: 'application/json',
  method: 'POST',
  timeoutMs: '10000',
  followRedirects: false,
  maxConcurrent: '8',
  requestsPerSecond: '',
  maxRetries: '3',
  authType: 'none',
  username: '',
  placement: 'header',
  keyName: 'Authorization',
  grantType: 'client_credentials',
  clientId: '',
  authorizationUrl: '',
  accessTokenUrl: '',
  refreshTokenUrl: '',
  scope: '',
  testConnectionUrl: '',
  secrets: noSecrets(),
};

/** The stored connection in the form; its secrets stay out (only whether each is set). */
export function formOf(c: Connection): { form: ConnectionForm; stored: StoredSecrets } {
  const a = c.auth;
  const form: ConnectionForm = {
    ...NEW_CONNECTION,
    name: c.name,
    target: c.target,
    url: c.url,
    headers: Object.entries(c.headers).map(([n, v]) => `${n}: ${v}`).join('\n'),
    contentType: c.contentType,
    method: c.method,
    timeoutMs: String(c.timeoutMs),
    followRedirects: c.followRedirects,
    maxConcurrent: String(c.maxConcurrent),
    requestsPerSecond: c.requestsPerSecond === null ? '' : String(c.requestsPerSecond),
    maxRetries: String(c.maxRetries),
    authType: a.type,
    secrets: noSecrets(),
  };
  const set: StoredSecrets['set'] = { signingSecret: c.hasSigningSecret };
  if (a.type === 'basic') {
    form.username = a.username;
    set.password = a.hasPassword;
  }
  if (a.type === 'api_key') {
    Object.assign(form, { placement: a.placement, keyName: a.name });
    set.key = a.hasKey;
  }
  if (a.type === 'oauth2') {
    Object.assign(form, {
      grantType: a.grantType,
      clientId: a.clientId,
      authorizationUrl: a.authorizationUrl ?? '',
      accessTokenUrl: a.accessTokenUrl,
      refreshTokenUrl: a.refreshTokenUrl ?? '',
      scope: a.scope ?? '',
      testConnectionUrl: a.testConnectionUrl,
    });
    Object.assign(set, { clientSecret: a.hasClientSecret, refreshToken: a.hasRefreshToken });
  }
  return { form, stored: { authType: a.type, grantType: a.type === 'oauth2' ? a.grantType : null, set } };
}

/**
 * Whether the stored value of this secret still applies: the API keeps a secret left out only
 * while the auth type (and OAuth2 grant type) stays the same.
 */
export function isKept(secret: Secret, form: ConnectionForm, stored: StoredSecrets): boolean {
  if (!stored.set[secret]) return false;
  if (secret === 'signingSecret') return true;
  return stored.authType === form.authType && (form.authType !== 'oauth2' || stored.grantType === form.grantType);
}

/** Blank optional text is left out rather than sent empty (the API refuses an empty URL). */
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const secret = (form: ConnectionForm, s: Secret) => (form.secrets[s] === '' ? undefined : form.secrets[s]);
/** A number as typed; what is not one goes as it is, for the API to refuse at its field. */
const integer = (value: string) => (/^\s*-?\d+\s*$/.test(value) ? Number(value) : (value as unknown as number));

function authBody(form: ConnectionForm): ConnectionBody['auth'] {
  switch (form.authType) {
    case 'none':
      return { type: 'none' };
    case 'basic':
      return { type: 'basic', username: form.username, password: secret(form, 'password') };
    case 'api_key':
      return { type: 'api_key', placement: form.placement, name: form.keyName.trim(), key: secret(form, 'key') };
    case 'oauth2':
      return {
        type: 'oauth2',
        grantType: form.grantType,
        clientId: form.clientId.trim(),
        clientSecret: secret(form, 'clientSecret'),
        authorizationUrl: form.grantType === 'authorization_code' ? optional(form.authorizationUrl) : undefined,
        accessTokenUrl: form.accessTokenUrl.trim(),
        refreshTokenUrl: optional(form.refreshTokenUrl),
        scope: optional(form.scope),
        testConnectionUrl: form.testConnectionUrl.trim(),
        refreshToken: form.grantType === 'authorization_code' ? secret(form, 'refreshToken') : undefined,
      };
  }
}

/**
 * The headers typed, one `Name: value` a line, split at the first colon; blank lines skipped. A line
 * without a colon goes as a name with no value, for the API to refuse (or keep) at its field.
 */
export function headersOf(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const [name, value] = colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1)];
    headers[name.trim()] = value.trim();
  }
  return headers;
}

/** The PUT body: secrets only when typed (a blank one keeps the stored secret). */
export function bodyOf(form: ConnectionForm): ConnectionBody {
  return {
    target: form.target,
    url: form.url.trim(),
    headers: headersOf(form.headers),
    contentType: form.contentType,
    method: form.method,
    timeoutMs: integer(form.timeoutMs),
    followRedirects: form.followRedirects,
    maxConcurrent: integer(form.maxConcurrent),
    requestsPerSecond: form.requestsPerSecond.trim() === '' ? null : integer(form.requestsPerSecond),
    maxRetries: integer(form.maxRetries),
    signingSecret: secret(form, 'signingSecret'),
    auth: authBody(form),
  };
}

/** The form field an API message is about: `body/auth/name must match ...` is the key's name. */
export function fieldOfError(field: string | undefined, message: string): keyof ConnectionForm | Secret | null {
  const path = field ?? /^(body\/[\w/]+)/.exec(message)?.[1];
  if (!path) return null;
  const leaf = path.replace(/^body\//, '').replace(/^auth\//, '');
  if (leaf === 'name') return 'keyName';
  if (leaf === 'auth') return 'authType';
  if (leaf.startsWith('headers/')) return 'headers';
  if ((SECRETS as readonly string[]).includes(leaf)) return leaf as Secret;
  return leaf in NEW_CONNECTION ? (leaf as keyof ConnectionForm) : null;
}
