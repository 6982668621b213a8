import type { Change } from '../domain/changes.js';
import type { Dialect } from '../store/database.js';
import { toChange } from '../store/changes.js';
import type { Db } from '../store/schema.js';

export interface ClaimedChange extends Change {
  accountId: number;
}

/**
 * The oldest unprocessed changes, locked for this transaction. On PostgreSQL, SKIP LOCKED lets
 * several processes work side by side without waiting on (or repeating) each other's batch.
 */
export async function claimChanges(trx: Db, dialect: Dialect, limit: number): Promise<ClaimedChange[]> {
  let q = trx.selectFrom('changes').selectAll().where('processed_at', 'is', null).orderBy('id').limit(limit);
  if (dialect === 'postgres') q = q.forUpdate().skipLocked();
  const rows = await q.execute();
  return rows.map((r) => ({ ...toChange(r), accountId: r.account_id }));
}
