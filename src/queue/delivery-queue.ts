import type { Database } from '../store/database.js';
import type { AttemptResult } from '../domain/attempt.js';
import { attemptsExhausted } from '../domain/operational-event.js';
import { type NewAttempt, type RecordedAttempt, recordAttempts } from '../store/attempts.js';
import { recordOperationalEvents } from '../store/operational-events.js';
import { attemptIncrements } from '../domain/insight-counts.js';
import { COUNTS_PER_STATEMENT, summed, upsertCounts } from '../store/insight-counts.js';
import { chunks } from '../store/json.js';
import type { CountRow, Db } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';
import { type Claim, type ClaimOptions, claimDeliveries } from './claim.js';
import { type Delivered, markDelivered, recordDelivered } from './complete.js';
import { type AfterFailure, type FailedAttempt, markFailures } from './fail.js';
import { releaseClaims } from './release.js';
import { applyWriteBacks } from '../store/write-backs.js';

/** What a finished attempt left its delivery as. */
export const resultOf = (f: Finished): AttemptResult => (f.status === 'delivered' ? 'delivered' : f.next.status === 'retrying' ? 'retrying' : f.next.abandoned ? 'abandoned' : 'failed');

export const recorded = (f: Finished): RecordedAttempt => ({ ...f.attempt, result: resultOf(f) });

/** A finished attempt, and what becomes of its delivery. */
export type Finished = { attempt: NewAttempt } & ({ status: 'delivered'; targetRecordId: string | null } | { status: 'failed'; failed: FailedAttempt; next: AfterFailure });

/** The queue operations a delivery worker uses, bound to one store (graphile-worker passes its own the same way). */
export interface DeliveryQueue {
  claim(o: Omit<ClaimOptions, 'dialect'>): Promise<Claim>;
  /**
   * Records attempts that finished together, with their deliveries' next states and their answers
   * written back, atomically; answers how many changes the write-backs recorded (for the change processor).
   */
  finish(worker: string, at: string, finished: readonly Finished[]): Promise<number>;
  release(ids: readonly number[], worker: string, at: string): Promise<void>;
}

export function deliveryQueue({ db, dialect }: Pick<Database, 'db' | 'dialect'>): DeliveryQueue {
  return {
    claim: (o) => claimDeliveries(db, { ...o, dialect }),
    finish: async (worker, at, finished) => {
      const delivered = finished.flatMap((f) => (f.status === 'delivered' ? [{ id: f.attempt.delivery.id, targetRecordId: f.targetRecordId, attempt: recorded(f) }] : []));
      const counts = summed(finished.flatMap((f) => attemptIncrements(recorded(f), at)));
      const writeBacks = finished.flatMap(({ attempt: { report } }) => (report.outcome === 'delivered' && report.writeBack ? [{ writeBack: report.writeBack, record: report.record, notes: report.record.notes ?? [] }] : []));
      // PostgreSQL, all delivered, nothing to write back (the usual case): one statement.
      if (dialect === 'postgres' && delivered.length === finished.length && counts.length <= COUNTS_PER_STATEMENT && writeBacks.length === 0) {
        await recordDelivered(db, worker, at, delivered, counts);
        return 0;
      }
      return inTransaction(db, async (trx) => {
        // Written back first: what they could not write is noted on the attempts recorded next.
        const changes = await applyWriteBacks(trx, at, writeBacks);
        await finishIn(trx, worker, at, finished, delivered, counts);
        return changes;
      });
    },
    release: (ids, worker, at) => releaseClaims(db, ids, worker, at),
  };
}

/** The attempts in one statement, the delivered in another, the failed in a third, then their counts; the abandoned told of. */
async function finishIn(trx: Db, worker: string, at: string, finished: readonly Finished[], delivered: readonly Delivered[], counts: readonly CountRow[]) {
  await recordAttempts(trx, finished.map(recorded));
  if (delivered.length) await markDelivered(trx, worker, at, delivered);
  const failures = finished.flatMap((f) => (f.status === 'failed' ? [{ id: f.attempt.delivery.id, failed: f.failed, next: f.next }] : []));
  if (failures.length) await markFailures(trx, worker, failures);
  for (const batch of chunks(counts, COUNTS_PER_STATEMENT)) await upsertCounts(trx, batch).execute();
  // Abandoned deliveries are told of (message.attempt.exhausted) to the accounts that asked, in one statement.
  const exhausted = finished.flatMap(({ attempt: { delivery, number, report }, ...f }) =>
    f.status === 'failed' && f.next.status === 'failed' && f.next.abandoned && report.outcome === 'failed' ? [attemptsExhausted(delivery, number, report)] : [],
  );
  if (exhausted.length) await recordOperationalEvents(trx, exhausted, at);
}
