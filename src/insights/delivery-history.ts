import { type AttemptResult, PAYLOAD_EXPIRED, type StoredAttempt } from '../domain/attempt.js';
import type { Delivery, DeliveryStatus } from '../domain/delivery.js';
import type { FailureCategory } from '../domain/failure.js';
import { CAUSE_ADVICE, type FailureCause, causeOf } from '../domain/failure-cause.js';

/**
 * A delivery's journey and trouble as the monitoring guide shows them, read from what the store
 * already keeps (the delivery row and its attempts): no write of its own on the delivery path.
 */

/** One step of the journey, in the guide's statuses (Received, Processing, Retrying, Delivered, Failed). */
export interface StatusStep {
  status: DeliveryStatus;
  at: string;
  /** The attempt the step belongs to. */
  attempt?: number;
  /** Why, in words: the failure that made it retry or fail, or a submission by hand. */
  detail?: string;
}

export const RESUBMITTED = 'submitted to the retry queue by hand';
/**
 * A resubmission is written over (`queue/resubmit.ts` keeps no time of its own): its time is
 * known while the delivery waits after it (its last update), and once it is tried again only to
 * be before that try.
 */
export const RESUBMITTED_BY_THEN = `${RESUBMITTED} (when is not recorded, only that it was by then)`;

/**
 * Received when its change was accepted; each attempt Processing from its start, then what it left
 * the delivery as at its end; then where the delivery is now, when its attempts do not say yet.
 * A failed attempt followed by another means the delivery was submitted again by hand, the only
 * way out of Failed. A retrying delivery submitted again leaves no trace: it would have been tried
 * again anyway, just later.
 */
export function statusHistory(d: Delivery, attempts: readonly StoredAttempt[]): StatusStep[] {
  const steps: StatusStep[] = [{ status: 'received', at: d.receivedAt }];
  attempts.forEach((a, i) => {
    if (i > 0 && endedFailed(attempts, i - 1, d)) steps.push({ status: 'retrying', at: a.startedAt, detail: RESUBMITTED_BY_THEN });
    steps.push({ status: 'processing', at: a.startedAt, attempt: a.number }, afterAttempt(a, resultOf(attempts, i, d)));
  });
  const waitsAfterFailing = attempts.length > 0 && endedFailed(attempts, attempts.length - 1, d) && d.status !== 'failed';
  if (waitsAfterFailing) steps.push({ status: 'retrying', at: d.updatedAt, detail: d.status === 'processing' ? RESUBMITTED_BY_THEN : RESUBMITTED });
  if (d.status === 'processing') steps.push({ status: 'processing', at: d.updatedAt, attempt: d.attempts + 1 });
  return steps;
}

function afterAttempt(a: StoredAttempt, result: AttemptResult): StatusStep {
  const at = new Date(Date.parse(a.startedAt) + a.durationMs).toISOString();
  const message = a.failureMessage ?? undefined;
  switch (result) {
    case 'delivered':
      return { status: 'delivered', at, attempt: a.number };
    case 'retrying':
      return { status: 'retrying', at, attempt: a.number, ...(message ? { detail: message } : {}) };
    case 'failed':
      return { status: 'failed', at, attempt: a.number, ...(message ? { detail: message } : {}) };
    case 'abandoned':
      return { status: 'failed', at, attempt: a.number, detail: `retries ran out${message ? `: ${message}` : ''}` };
  }
}

const endedFailed = (attempts: readonly StoredAttempt[], i: number, d: Delivery) => {
  const result = resultOf(attempts, i, d);
  return result === 'failed' || result === 'abandoned';
};

/**
 * What an attempt left its delivery as. Attempts recorded before results were (null) are read
 * from what followed: a later attempt means it was retrying; the last one left the delivery as it is.
 */
function resultOf(attempts: readonly StoredAttempt[], i: number, d: Delivery): AttemptResult {
  const a = attempts[i] as StoredAttempt;
  if (a.result) return a.result;
  if (a.outcome === 'delivered') return 'delivered';
  if (i < attempts.length - 1 || d.status !== 'failed') return 'retrying';
  return d.abandoned ? 'abandoned' : 'failed';
}

/** What went wrong, in plain words with what to do (the guide's "What to Do If You See Failures"). */
export interface Problem {
  cause: FailureCause;
  likely: string;
  whatToDo: string;
  message: string;
  category: FailureCategory;
  httpStatus: number | null;
}

/** A delivery not delivered whose latest attempt failed: that failure, explained. */
export function problemOf(d: Delivery, attempts: readonly StoredAttempt[]): Problem | null {
  const last = attempts.at(-1);
  if (d.status === 'delivered' || last?.outcome !== 'failed' || last.failureCategory === null) return null;
  const cause = last.cause ?? causeOf({ category: last.failureCategory, httpStatus: last.httpStatus });
  return { cause, ...CAUSE_ADVICE[cause], message: last.failureMessage ?? '', category: last.failureCategory, httpStatus: last.httpStatus };
}

/** The body last sent: "expired" past payload retention, null when nothing was sent yet. */
export function payloadOf(attempts: readonly StoredAttempt[]): string | null {
  const sent = attempts.filter((a) => a.request !== null).at(-1)?.request;
  if (!sent) return null;
  return sent === PAYLOAD_EXPIRED ? PAYLOAD_EXPIRED : sent.body;
}
