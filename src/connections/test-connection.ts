import { randomUUID } from 'node:crypto';
import { type Dispatcher, getGlobalDispatcher, interceptors } from 'undici';
import type { Clock } from '../domain/clock.js';
import { type ConnectionProblem, statusProblem } from './classify.js';
import { type Answer, type Exchange, exchange } from './exchange.js';
import type { Connection } from './model.js';
import { applyAuth, shownUrl } from './apply-auth.js';
import { obtainToken } from './oauth2.js';
import { signatureHeaders } from './signature.js';
import { asWritten, renderTemplates } from './tokens.js';

/**
 * Save & Test: one real exchange with the target, as a delivery would make it, reported as
 * `{ ok: true, status, durationMs }` or `{ ok: false, failure: { kind, message }, durationMs }`.
 *
 * - none, basic, api_key: the connection's method to its URL, auth applied, signed, with an empty
 *   body of its content type (`{}` for JSON) when the method is POST, with its custom headers.
 *   There is no change to fill replacement tokens from, so each goes as written (`[registration.code]`,
 *   percent-encoded in the URL): an empty value could aim a path at another resource
 *   (`/leads/[registration.code]` as `/leads/`), and the target's log shows the template plainly.
 * - oauth2: a token from the token endpoint (client credentials, or the stored refresh token for
 *   authorization code), then GET the test connection URL with `Authorization: Bearer <token>`.
 *
 * Each request has the connection's timeoutMs for its whole exchange, answer body included. The
 * report names the request it made (`request`: method and URL, tokens as written, a query API key
 * redacted), absent when it failed before one (an OAuth2 token refused).
 */
export type TestResult = ({ ok: true; status: number } | { ok: false; failure: ConnectionProblem }) & { durationMs: number; request?: SentRequest };

/** The request Save & Test made, as the dashboard shows it. */
export interface SentRequest {
  method: 'GET' | 'POST';
  url: string;
}

export interface TestReport {
  result: TestResult;
  /** OAuth2: the tokens the test obtained, to be kept (a rotated refresh token must be). */
  tokens?: { accessToken: string; refreshToken?: string };
}

export interface TestOptions {
  /** The HTTP client (tests and delivery may pass their own); undici's global one by default. */
  dispatcher?: Dispatcher;
  /** Times the exchange and stamps its signature. */
  clock: Pick<Clock, 'now'>;
}

const MAX_REDIRECTIONS = 5;

export async function testConnection(connection: Connection, options: TestOptions): Promise<TestReport> {
  const now = () => options.clock.now().getTime();
  const started = now();
  const base = options.dispatcher ?? getGlobalDispatcher();
  const dispatcher = connection.followRedirects ? base.compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTIONS })) : base;
  const http = (url: URL, init: Omit<Exchange, 'url'>) => exchange(dispatcher, connection.timeoutMs, { url, ...init });
  const done = (outcome: Outcome, request?: SentRequest, tokens?: TestReport['tokens']): TestReport => {
    const durationMs = Math.max(0, Math.round(now() - started));
    const result: TestResult = { ...(outcome.ok ? { ok: true, status: outcome.status } : { ok: false, failure: outcome.failure }), durationMs, ...(request ? { request } : {}) };
    return tokens ? { result, tokens } : { result };
  };

  const { auth } = connection;
  if (auth.type === 'oauth2') {
    const token = await obtainToken(auth, http);
    if (!token.ok) return done(token);
    const testUrl = new URL(auth.testConnectionUrl);
    const answer = await http(testUrl, { method: 'GET', headers: { authorization: `Bearer ${token.accessToken}` } });
    return done(toOutcome(answer, 'the test connection URL'), { method: 'GET', url: testUrl.toString() }, token.tokens);
  }

  const own = renderTemplates(connection.url, connection.headers, asWritten);
  const url = new URL(own.url);
  const headers: Record<string, string> = { ...own.headers };
  applyAuth(auth, url, headers);
  let body = '';
  if (connection.method === 'POST') {
    body = connection.contentType === 'application/json' ? '{}' : '';
    headers['content-type'] = connection.contentType;
  }
  const id = `msg_test_${randomUUID()}`;
  Object.assign(headers, signatureHeaders(connection.signingSecret, id, Math.floor(now() / 1000), body));
  const answer = await http(url, { method: connection.method, headers, ...(connection.method === 'POST' ? { body } : {}) });
  return done(toOutcome(answer, url.host), { method: connection.method, url: shownUrl(auth, url) });
}

type Outcome = { ok: true; status: number } | { ok: false; failure: ConnectionProblem };

function toOutcome(answer: Answer, what: string): Outcome {
  if (!answer.ok) return answer;
  if (answer.status >= 200 && answer.status < 300) return { ok: true, status: answer.status };
  return { ok: false, failure: statusProblem('http', what, answer.status, answer.text) };
}
