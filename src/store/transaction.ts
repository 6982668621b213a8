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
