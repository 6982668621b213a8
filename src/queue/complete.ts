import { sql } from 'kysely';
import { ATTEMPTS_PER_STATEMENT, type RecordedAttempt, insertAttempts } from '../store/attempts.js';
import { chunks } from '../store/json.js';
import { upsertCounts } from '../store/insight-counts.js';
import type { CountRow, Db } from '../store/schema.js';
import { ownClaims } from './own-claim.js';

export interface Delivered {
  id: number;
  targetRecordId: string | null;
}

/** Deliveries that reached their target, in one statement per batch (a worker records what finished together). */
export async function markDelivered(db: Db, worker: string, at: string, delivered: readonly Delivered[]) {
  for (const batch of chunks(delivered, 500)) await markDeliveredQuery(db, worker, at, batch).execute();
}

/**
 * PostgreSQL: the attempts of delivered deliveries recorded and the deliveries marked in one
 * statement (a data-modifying CTE), as atomic as a transaction without its two extra round trips.
 */
export async function recordDelivered(db: Db, worker: string, at: string, delivered: readonly (Delivered & { attempt: RecordedAttempt })[], counts: readonly CountRow[]) {
  let uncounted = counts.length > 0;
  for (const batch of chunks(delivered, ATTEMPTS_PER_STATEMENT)) {
    const attempts = insertAttempts(
      db,
      batch.map((d) => d.attempt),
    );
    const counted = uncounted ? sql`, counted as (${upsertCounts(db, counts)})` : sql``;
    uncounted = false;
    await sql`with recorded as (${attempts})${counted} ${markDeliveredQuery(db, worker, at, batch)}`.execute(db);
  }
}

function markDeliveredQuery(db: Db, worker: string, at: string, batch: readonly Delivered[]) {
  const known = batch.filter((d) => d.targetRecordId !== null);
  const targetRecordId = known.length ? sql<string>`case id ${sql.join(known.map((d) => sql`when ${d.id} then ${d.targetRecordId}`), sql` `)} end` : null;
  return ownClaims(
    db,
    batch.map((d) => d.id),
    worker,
  ).set((eb) => ({
    status: 'delivered',
    attempts: eb('attempts', '+', 1),
    delivered_at: at,
    target_record_id: targetRecordId,
    failure_category: null,
    failure_message: null,
    lease_until: null,
    updated_at: at,
  }));
}
