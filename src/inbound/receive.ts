import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from '../domain/clock.js';
import { type InboundSource, REJECTION_STATUS, type RejectionCause } from '../domain/postback.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { toJson } from '../store/json.js';
import type { NewPostback } from '../store/postbacks.js';
import { judge } from './judge.js';
import { type PostbackLog, duplicateDetail } from './postback-log.js';
import { redactHeaders } from './redact-headers.js';

/** A call as received: its body, or only its size when it was more than the limit (the rest was not kept). */
export interface Call {
  headers: IncomingHttpHeaders;
  body: Buffer | { tooLarge: number };
}

export interface Answer {
  status: number;
  body: { id: number; outcome: 'accepted' | 'rejected'; cause?: RejectionCause; message?: string; duplicateOf?: number };
}

/** Sealed credentials are bound to their postback's source. */
export const credentialsContext = (accountId: number, sourceId: number) => `postbacks/${accountId}/${sourceId}`;

/**
 * Judges a call to a source and writes it to the postback log in one insert, committed before
 * the call is answered: a 202 means the postback is durably there for the runner. A call its
 * source already accepted (its id again) is logged as a duplicate and answered 200.
 */
export async function receivePostback(o: { log: PostbackLog; box: SecretBox; clock: Clock }, accountId: number, source: InboundSource, call: Call): Promise<Answer> {
  const now = o.clock.now();
  const { shown, hidden } = redactHeaders(call.headers, source.verification);
  const contentType = call.headers['content-type'] ?? null;
  const base = { account_id: accountId, source_id: source.id, source: source.name, received_at: now.toISOString(), content_type: contentType, headers: toJson(shown) };
  const reject = async (cause: RejectionCause, detail: string, more: Partial<NewPostback> = {}): Promise<Answer> => {
    const status = REJECTION_STATUS[cause];
    const { id } = await o.log.write({ ...base, body: '', ...more, outcome: 'rejected', cause, detail, status });
    return { status, body: { id, outcome: 'rejected', cause, message: detail } };
  };
  if (!Buffer.isBuffer(call.body)) return reject('too_large', `the body is more than ${call.body.tooLarge} bytes`);
  // PostgreSQL text holds no NUL; nor does any postback need one.
  const body = call.body.toString('utf8').replaceAll('\0', '\uFFFD');
  const judged = judge(source, { ...shown, ...hidden }, call.body, contentType ?? undefined, now.getTime());
  if (!judged.accepted) {
    const sealed = judged.cause === 'verification_failed' && Object.keys(hidden).length ? o.box.seal(hidden, credentialsContext(accountId, source.id)) : null;
    return reject(judged.cause, judged.detail, { body, sealed_credentials: sealed });
  }
  const accepted: NewPostback = {
    ...base,
    body,
    outcome: 'accepted',
    status: 202,
    dedupe_key: judged.dedupeKey,
    tags: toJson(judged.tags),
    match_by: source.match.by,
    match_value: judged.matchValue,
    hold_until: new Date(now.getTime() + source.holdMs).toISOString(),
  };
  const { id, duplicateOf } = await o.log.write(accepted);
  if (duplicateOf === undefined) return { status: 202, body: { id, outcome: 'accepted' } };
  return { status: REJECTION_STATUS.duplicate, body: { id, outcome: 'rejected', cause: 'duplicate', message: duplicateDetail(duplicateOf), duplicateOf } };
}
