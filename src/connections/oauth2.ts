import { type ConnectionProblem, statusProblem } from './classify.js';
import type { OAuth2Auth } from './model.js';
import type { Answer, Exchange } from './exchange.js';

export type HttpCall = (url: URL, init: Omit<Exchange, 'url'>) => Promise<Answer>;

export type Token = { ok: true; accessToken: string; tokens: { accessToken: string; refreshToken?: string }; expiresIn?: number } | { ok: false; failure: ConnectionProblem };

/** The token request: form-encoded, client credentials in the body (client_secret_post). */
export async function obtainToken(auth: OAuth2Auth, http: HttpCall): Promise<Token> {
  const form = new URLSearchParams();
  let endpoint: string;
  if (auth.grantType === 'client_credentials') {
    form.set('grant_type', 'client_credentials');
    endpoint = auth.accessTokenUrl;
  } else {
    if (!auth.refreshToken) {
      return {
        ok: false,
        failure: {
          kind: 'oauth',
          message: `no refresh token is stored: the authorization step is needed (sign in at ${auth.authorizationUrl}), then save the refresh token it yields as auth.refreshToken`,
        },
      };
    }
    form.set('grant_type', 'refresh_token');
    form.set('refresh_token', auth.refreshToken);
    endpoint = auth.refreshTokenUrl ?? auth.accessTokenUrl;
  }
  form.set('client_id', auth.clientId);
  form.set('client_secret', auth.clientSecret);
  if (auth.scope) form.set('scope', auth.scope);

  const url = new URL(endpoint);
  const answer = await http(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
  });
  if (!answer.ok) return { ok: false, failure: { ...answer.failure, message: `token endpoint: ${answer.failure.message}` } };
  if (answer.status < 200 || answer.status >= 300) return { ok: false, failure: statusProblem('oauth', `the token endpoint ${url.host}`, answer.status, answer.text) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    parsed = null;
  }
  const { access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn } = (parsed ?? {}) as { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown };
  if (typeof accessToken !== 'string' || accessToken === '') {
    return { ok: false, failure: statusProblem('oauth', `the token endpoint ${url.host} gave no access_token; it`, answer.status, answer.text) };
  }
  return {
    ok: true,
    accessToken,
    tokens: { accessToken, ...(typeof refreshToken === 'string' && refreshToken ? { refreshToken } : {}) },
    ...(typeof expiresIn === 'number' && expiresIn > 0 ? { expiresIn } : {}),
  };
}
