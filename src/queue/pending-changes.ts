import { sql } from 'kysely';
import type { Change } from '../domain/changes.js';
import type { Dialect } from '../store/database.js';
import { toChange } from '../store/changes.js';
import type { Db } from '../store/schema.js';

/**
 * Pending changes: written but not yet evaluated. A trigger queues every change as it is written
 * (unless the writer evaluates it at once); the change processor takes them in order.
 */
export type ClaimedChange = Change & {
  accountId: number;
  /** The account's configuration version, when read with the change. */
  configVersion?: number;
};

/**
 * The processing turn: one process at a time evaluates changes and queues their deliveries
 * (others skip, the holder goes on), so deliveries are queued in change order, which keeps one
 * registration's changes in order at its destination, whichever worker sends them. The change
 * processor (`by: 'processor'`) takes it only when changes wait: an idle look must not make the
 * writers evaluating their own changes queue them instead. A writer (`by: 'writer'`) takes it only
 * when none wait (else its changes would overtake them), and on PostgreSQL the same statement tells
 * its changes' triggers not to queue (nor announce) what it evaluates itself.
 * SQLite has one writer, so the turn is always free.
 */
export async function takeProcessingTurn(trx: Db, dialect: Dialect, by: 'processor' | 'writer'): Promise<boolean> {
  if (dialect === 'sqlite') return by === 'processor' || (await trx.selectFrom('pending_changes').select('change_id').limit(1).executeTakeFirst()) === undefined;
  const waiting = by === 'processor';
  const marked = by === 'writer' ? sql`set_config('hookflow.evaluated', 'on', true)` : sql`1`;
  // CASE: the lock is tried only when the condition holds.
  const { rows } = await sql`select ${marked} where case when (exists (select 1 from pending_changes)) = ${sql.lit(waiting)} then ${PROCESSING_TURN} else false end`.execute(trx);
  return rows.length === 1;
}

/**
 * Takes the turn, if free, until the transaction ends. The first key is fixed; the second is the
 * schema, so Hookflows sharing a database do not wait on each other.
 */
export const PROCESSING_TURN = sql<boolean>`pg_try_advisory_xact_lock(7265001, hashtext(current_schema()))`;

/**
 * The oldest pending changes, locked for this transaction. On PostgreSQL, SKIP LOCKED lets
 * several processes work side by side without waiting on (or repeating) each other's batch.
 */
export async function claimChanges(trx: Db, dialect: Dialect, limit: number): Promise<ClaimedChange[]> {
  let q = trx
    .selectFrom('pending_changes as p')
    .innerJoin('changes as c', 'c.id', 'p.change_id')
    .selectAll('c')
    .select(sql<number>`(select config_version from accounts a where a.id = c.account_id)`.as('config_version'))
    .orderBy('p.change_id')
    .limit(limit);
  if (dialect === 'postgres') q = q.forUpdate('p').skipLocked();
  const rows = await q.execute();
  return rows.map((r) => ({ ...toChange(r), accountId: r.account_id, configVersion: Number(r.config_version) }));
}

/** The changes are evaluated: off the queue, in the transaction that evaluated them. */
export async function dequeueChanges(trx: Db, ids: readonly number[]) {
  if (ids.length) await trx.deleteFrom('pending_changes').where('change_id', 'in', ids).execute();
}
