import type { AttemptReport, AttemptResult } from '../domain/attempt.js';
import { causeOf } from '../domain/failure-cause.js';
import type { Delivery } from '../domain/delivery.js';
import { chunks, toJson } from './json.js';
import type { Db } from './schema.js';

export interface NewAttempt {
  delivery: Delivery;
  number: number;
  report: AttemptReport;
}

/** An attempt as recorded: with what it left its delivery as. */
export type RecordedAttempt = NewAttempt & { result: AttemptResult };

/** At most this many attempts in one statement. */
export const ATTEMPTS_PER_STATEMENT = 200;

/** Attempts of several deliveries in one statement (a worker writes what finished together). */
export async function recordAttempts(db: Db, attempts: readonly RecordedAttempt[]) {
  for (const batch of chunks(attempts, ATTEMPTS_PER_STATEMENT)) await insertAttempts(db, batch).execute();
}

/** The insert of `attempts`, not yet run. */
export function insertAttempts(db: Db, attempts: readonly RecordedAttempt[]) {
  return db.insertInto('attempts').values(
    attempts.map(({ delivery, number, report, result }) => ({
      account_id: delivery.accountId,
      delivery_id: delivery.id,
      number,
      started_at: report.record.startedAt,
      duration_ms: report.record.durationMs,
      request: report.record.request ? toJson(report.record.request) : null,
      response: report.record.response ? toJson(report.record.response) : null,
      outcome: report.outcome,
      failure_category: report.outcome === 'failed' ? report.failure.category : null,
      failure_message: report.outcome === 'failed' ? report.failure.message : null,
      http_status: report.record.response?.status ?? null,
      cause: report.outcome === 'failed' ? causeOf({ ...report.failure, httpStatus: report.record.response?.status }) : null,
      result,
      lead: report.outcome === 'delivered' ? report.lead : null,
      note: report.record.notes?.length ? report.record.notes.join('\n') : null,
    })),
  );
}
