import type { Change, ChangeKind } from '../domain/changes.js';
import type { Dialect } from '../store/database.js';
import { fromJson } from '../store/json.js';
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
  return rows.map((r) => ({
    id: r.id,
    accountId: r.account_id,
    kind: r.kind as ChangeKind,
    subjectCode: r.subject_code,
    eventCode: r.event_code,
    before: r.before === null ? null : fromJson(r.before),
    after: fromJson(r.after),
    isTest: r.is_test === 1,
    createdAt: r.created_at,
  }));
}
