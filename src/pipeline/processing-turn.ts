import { sql } from 'kysely';
import type { Dialect } from '../store/database.js';
import type { Db } from '../store/schema.js';

/**
 * One process evaluates changes at a time (PostgreSQL: a transaction-scoped advisory lock; the
 * others skip, the holder goes on). Deliveries are then queued in change order, which is what
 * keeps one registration's changes in order at its destination, whichever worker sends them.
 * A change processor takes the turn only when changes wait: an idle look must not make the
 * writers evaluating their own changes (`WriteTimeEvaluation`) queue them instead.
 * SQLite has one writer, so the turn is always free.
 */
export async function takeProcessingTurn(trx: Db, dialect: Dialect): Promise<boolean> {
  if (dialect !== 'postgres') return true;
  const { rows } = await sql<{ taken: boolean }>`select case when exists (select 1 from pending_changes) then ${PROCESSING_TURN} else false end as taken`.execute(trx);
  return rows[0]?.taken === true;
}

/**
 * Takes the turn, if free, until the transaction ends. The first key is fixed; the second is the
 * schema, so Hookflows sharing a database do not wait on each other.
 */
export const PROCESSING_TURN = sql<boolean>`pg_try_advisory_xact_lock(7265001, hashtext(current_schema()))`;
