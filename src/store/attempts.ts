import type { AttemptReport } from '../delivery/attempt.js';
import type { Delivery } from '../delivery/delivery.js';
import { chunks, toJson } from './json.js';
import type { Db } from './schema.js';

export interface NewAttempt {
  delivery: Delivery;
  number: number;
  report: AttemptReport;
}

/** Attempts of several deliveries in one statement (a worker writes what finished together). */
export async function recordAttempts(db: Db, attempts: readonly NewAttempt[]) {
  for (const batch of chunks(attempts, 200)) {
    await db
      .insertInto('attempts')
      .values(
        batch.map(({ delivery, number, report }) => ({
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
        })),
      )
      .execute();
  }
}
