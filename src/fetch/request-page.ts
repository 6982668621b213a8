import { applyAuth } from '../connections/apply-auth.js';
import type { Connection } from '../connections/model.js';
import type { FetchJob } from '../domain/fetch/job.js';
import { type Position, pageValues } from '../domain/fetch/pagination.js';
import { readPath } from '../domain/fetch/path.js';
import { fillTemplate } from '../domain/fetch/template.js';
import type { AuthorizingSender } from '../delivery/authorizing-sender.js';
import type { Outbound } from '../delivery/send.js';

const MIB = 1024 * 1024;
/** The largest page read: a bigger answer fails the run (ask the source for smaller pages). */
export const PAGE_BODY_LIMIT = 32 * MIB;
const USER_AGENT = 'Hookflow/0.1 (+fetch)';

/**
 * Pure: the request for the page at `at`: the job's URL (or the next link the previous page gave)
 * and its header and body templates filled in, with the connection's credentials (OAuth2's token
 * is the sender's).
 */
export function pageRequest(job: FetchJob, connection: Connection, at: Position, checkpoint: string | null): Outbound {
  const values = { ...pageValues(job.pagination, at), checkpoint: checkpoint ?? '' };
  const url = new URL(at.url ?? fillTemplate(job.url, values, 'url'));
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': USER_AGENT };
  for (const [name, value] of Object.entries(job.headers)) headers[name.toLowerCase()] = fillTemplate(value, values, 'json');
  const body = job.method === 'POST' && job.body !== null ? fillTemplate(job.body, values, 'json') : null;
  if (body !== null) headers['content-type'] ??= 'application/json';
  applyAuth(connection.auth, url, headers);
  return { url, method: job.method, headers, body, timeoutMs: job.timeoutMs, followRedirects: connection.followRedirects, bodyLimit: PAGE_BODY_LIMIT };
}

/** A page as the source answered it, or why there is none; `retryAfter` (seconds) when the source asked to wait (429). */
export type Fetched =
  | { ok: true; body: unknown; records: unknown[]; link: string | undefined; url: string }
  | { ok: false; reason: string; retryAfter?: number; rateLimited: boolean };

/** Sends the request and reads the page: an answer that is not 2xx JSON with a list at the job's records path is a failure, told in words. */
export async function fetchPage(sender: Pick<AuthorizingSender, 'send'>, job: FetchJob, connection: Connection, request: Outbound): Promise<Fetched> {
  const sent = await sender.send(job.accountId, connection, request);
  if (!sent.ok) {
    const rateLimited = sent.answer?.status === 429;
    return { ok: false, reason: sent.failure.message, rateLimited, ...(sent.failure.retryAfter !== undefined ? { retryAfter: sent.failure.retryAfter } : {}) };
  }
  const { answer } = sent;
  const fail = (reason: string): Fetched => ({ ok: false, reason: `${request.url.host}: ${reason}`, rateLimited: false });
  if (answer.truncated) return fail(`the page is larger than ${PAGE_BODY_LIMIT / MIB} MiB`);
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return fail(`the answer (${answer.status}) is not JSON: ${JSON.stringify(answer.body.slice(0, 80))}`);
  }
  const records = readPath(body, job.recordsPath);
  if (!Array.isArray(records)) return fail(`the records at '${job.recordsPath || '(the body)'}' are not a list`);
  return { ok: true, body, records, link: answer.headers.link, url: request.url.href };
}
