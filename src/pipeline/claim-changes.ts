import { sql } from 'kysely';
import type { Change } from '../domain/changes.js';
import type { Dialect } from '../store/database.js';
import { toChange } from '../store/changes.js';
import type { Db } from '../store/schema.js';

export interface ClaimedChange extends Change {
  accountId: number;
  /** The account's configuration version, when read with the change. */
  configVersion?: number;
}

/**
 * The oldest unprocessed changes, locked for this transaction. On PostgreSQL, SKIP LOCKED lets
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
