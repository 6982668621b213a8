import { type Dispatcher, request } from 'undici';
import { causeChain, classifyError, firstLines } from '../connections/classify.js';
import { RESPONSE_BODY_LIMIT } from '../domain/attempt.js';
import { type Failure, UNREACHABLE, type Unreachable, categoryOfStatus, parseRetryAfter } from '../domain/failure.js';
import { RefusedTarget } from './guarded-agent.js';

export interface Outbound {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body: string | null;
  timeoutMs: number;
  followRedirects: boolean;
  /** The most of the answer's body kept (`RESPONSE_BODY_LIMIT` unless told: a fetch job's pages are larger). */
  bodyLimit?: number;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
}

export type Sent = { ok: true; answer: Answer } | { ok: false; failure: Failure; answer?: Answer };

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One request to a target: its answer (the first 64 KiB kept, or `bodyLimit`), or why there was none, as a retry category. */
export async function send(out: Outbound, dispatcher: Dispatcher, now: () => Date): Promise<Sent> {
  let { url, method, body } = out;
  for (let hop = 0; ; hop++) {
    let answer: Answer;
    try {
      answer = await exchange(url, method, out.headers, body, out.timeoutMs, dispatcher, out.bodyLimit ?? RESPONSE_BODY_LIMIT);
    } catch (error) {
      return { ok: false, failure: unanswered(error, url, out.timeoutMs) };
    }
    const location = answer.headers.location;
    if (REDIRECTS.has(answer.status) && location && out.followRedirects && hop < MAX_REDIRECTS) {
      // Each hop goes through the same guarded dispatcher, so a redirect cannot lead inside.
      url = new URL(location, url);
      if (answer.status === 303) [method, body] = ['GET', null];
      continue;
    }
    if (answer.status >= 200 && answer.status < 300) return { ok: true, answer };
    return { ok: false, failure: answeredFailure(answer, url, now()), answer };
  }
}

async function exchange(url: URL, method: 'GET' | 'POST', headers: Record<string, string>, body: string | null, timeoutMs: number, dispatcher: Dispatcher, limit: number): Promise<Answer> {
  const response = await request(url, { dispatcher, method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of response.body) {
    const buf = chunk as Buffer;
    if (size + buf.length > limit) {
      chunks.push(buf.subarray(0, limit - size));
      truncated = true;
      break;
    }
    chunks.push(buf);
    size += buf.length;
  }
  if (truncated) response.body.destroy();
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(response.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
  return { status: response.statusCode, headers: flat, body: Buffer.concat(chunks).toString('utf8'), truncated };
}

function unanswered(error: unknown, url: URL, timeoutMs: number): Failure {
  const refused = causeChain(error).find((e): e is RefusedTarget => e instanceof RefusedTarget);
  if (refused) return { category: refused.category, message: refused.message };
  const problem = classifyError(error, url.host, timeoutMs);
  return { category: 'connection', message: problem.message, ...(isUnreachable(problem.kind) ? { unreachable: problem.kind } : {}) };
}

function answeredFailure(answer: Answer, url: URL, now: Date): Failure {
  const lines = firstLines(answer.body);
  const category = answer.status >= 300 && answer.status < 400 ? 'config' : categoryOfStatus(answer.status);
  const retryAfter = parseRetryAfter(answer.headers['retry-after'], now);
  return {
    category,
    message: `${url.host} answered ${answer.status}${answer.status < 400 ? ' (a redirect this connection does not follow)' : ''}${lines ? `: ${lines}` : ''}`,
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
}

const isUnreachable = (kind: string): kind is Unreachable => (UNREACHABLE as readonly string[]).includes(kind);
