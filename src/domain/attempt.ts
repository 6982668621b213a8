import type { CustomFieldValues } from './custom-fields.js';
import type { Failure, FailureCategory } from './failure.js';
import type { FailureCause } from './failure-cause.js';
import type { Lead } from './lead.js';
import type { ChangeOrigin } from './write-back.js';

/** What one try of a delivery sent and got back, kept for the dashboard (secrets redacted). */
export interface AttemptRecord {
  startedAt: string;
  durationMs: number;
  request?: { url: string; method: string; headers: Record<string, string>; body: string };
  response?: { status: number; headers: Record<string, string>; body: string; truncated: boolean };
  /** What the attempt could not do with the answer (a field it could not write back), in words. */
  notes?: string[];
}

/** Values of an answer to write to a registration's person, in the transaction that records the attempt. */
export interface WriteBack {
  accountId: number;
  registrationCode: string;
  customFields: CustomFieldValues;
  origin: ChangeOrigin;
}

export type AttemptReport =
  | { outcome: 'delivered'; targetRecordId: string | null; lead: Lead | null; writeBack?: WriteBack; record: AttemptRecord }
  | { outcome: 'failed'; failure: Failure; record: AttemptRecord };

/** What an attempt left its delivery as: delivered, to be retried, failed (not retryable), or abandoned (its retries ran out). */
export const ATTEMPT_RESULTS = ['delivered', 'retrying', 'failed', 'abandoned'] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

/** What a request or an answer reads as once past payload retention: a clear word, never an empty body that looks like a real one. */
export const PAYLOAD_EXPIRED = 'expired';

/** An attempt as the history reads it back: what it sent and got (until they expire), ran into and left behind. */
export interface StoredAttempt {
  number: number;
  startedAt: string;
  durationMs: number;
  outcome: AttemptReport['outcome'];
  failureCategory: FailureCategory | null;
  failureMessage: string | null;
  /** The status the target answered, when it answered. */
  httpStatus: number | null;
  cause: FailureCause | null;
  /** Null on attempts recorded before results were (migration 0014). */
  result: AttemptResult | null;
  /** Null when nothing was sent (or no answer came). */
  request: AttemptRecord['request'] | typeof PAYLOAD_EXPIRED | null;
  response: AttemptRecord['response'] | typeof PAYLOAD_EXPIRED | null;
  /** What it could not do with the answer (a write-back skipped), explained; null when nothing. */
  note: string | null;
}

/** The part of an answer kept: the first 64 KiB. */
export const RESPONSE_BODY_LIMIT = 64 * 1024;

/** The record id a target answered with, when it says: `id`, `data.id`, or the Location header. */
export function targetRecordId(body: string, headers: Record<string, string>): string | null {
  try {
    const json = JSON.parse(body) as { id?: unknown; data?: { id?: unknown } };
    const id = json?.id ?? json?.data?.id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  } catch {
    // not JSON: fall through to the Location header
  }
  const location = headers.location;
  return location ? (location.split('/').filter(Boolean).at(-1) ?? null) : null;
}
