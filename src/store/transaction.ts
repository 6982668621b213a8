import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.js';

// PostgreSQL: unique_violation (two writers creating the same code at once) and
// serialization_failure. The loser re-reads and tries again, so the upsert stays idempotent.
const RETRYABLE = new Set(['23505', '40001']);
const ATTEMPTS = 3;

export async function inTransaction<T>(db: Kysely<Schema>, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

/** A call for when a transaction ended, told whether it committed. */
export type AfterCommit = (committed: boolean) => void;

/**
 * `inTransaction` for work that must act once its outcome is known (hand deliveries to a worker
 * only if they were committed). Each try registers its own calls with `after`; a try that was
 * rolled back is told so, and only the last one can have committed.
 */
export async function inTransactionThen<T>(db: Kysely<Schema>, work: (trx: Transaction<Schema>, after: (call: AfterCommit) => void) => Promise<T>): Promise<T> {
  const tries: AfterCommit[][] = [];
  const settle = (committed: boolean) => tries.forEach((calls, i) => calls.forEach((call) => call(committed && i === tries.length - 1)));
  try {
    const result = await inTransaction(db, (trx) => {
      const calls: AfterCommit[] = [];
      tries.push(calls);
      return work(trx, (call) => calls.push(call));
    });
    settle(true);
    return result;
  } catch (error) {
    settle(false);
    throw error;
  }
}
