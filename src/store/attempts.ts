import type { AttemptReport } from '../delivery/attempt.js';
import type { Delivery } from '../delivery/delivery.js';
import { toJson } from './json.js';
import type { Db } from './schema.js';

export async function recordAttempt(db: Db, delivery: Delivery, number: number, report: AttemptReport) {
  const { record } = report;
  await db
    .insertInto('attempts')
    .values({
      account_id: delivery.accountId,
      delivery_id: delivery.id,
      number,
      started_at: record.startedAt,
      duration_ms: record.durationMs,
      request: record.request ? toJson(record.request) : null,
      response: record.response ? toJson(record.response) : null,
      outcome: report.outcome,
      failure_category: report.outcome === 'failed' ? report.failure.category : null,
      failure_message: report.outcome === 'failed' ? report.failure.message : null,
    })
    .execute();
}
