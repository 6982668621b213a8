import type { Change, ChangeKind, NewChange } from '../domain/changes.js';
import { chunks, fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';

/**
 * Appends changes, answering them as stored; called inside the transaction that wrote the data
 * they describe. A trigger queues each for the flows (and, on PostgreSQL, wakes the workers at
 * commit), unless the writer evaluates them at once (see `WriteTimeEvaluation`).
 */
export async function appendChanges(db: Db, accountId: number, changes: readonly NewChange[], at: string): Promise<Change[]> {
  const stored: Change[] = [];
  for (const batch of chunks(changes)) {
    const rows = await db
      .insertInto('changes')
      .values(
        batch.map((c) => ({
          account_id: accountId,
          kind: c.kind,
          subject_code: c.subjectCode,
          event_code: c.eventCode,
          before: c.before === null ? null : toJson(c.before),
          after: toJson(c.after),
          is_test: c.isTest ? 1 : 0,
          created_at: at,
          ...(c.origin ? { origin_flow_id: c.origin.flowId, origin_change_id: c.origin.changeId } : {}),
        })),
      )
      .returning('id')
      .execute();
    // One statement takes its ids in the order of its rows (a sequence on PostgreSQL, the next
    // rowid on SQLite), though RETURNING may list them in another.
    const ids = rows.map((r) => r.id).sort((a, b) => a - b);
    batch.forEach((c, i) => stored.push({ ...c, id: ids[i] as number, createdAt: at }));
  }
  return stored;
}

/**
 * The one place that trusts the stored JSON: a change's snapshots are those of its kind, as
 * `appendChanges` wrote them (the cast pairs the kind with its snapshots, which TypeScript cannot
 * follow through a row).
 */
export const toChange = (r: Row<'changes'>): Change =>
  ({
    id: r.id,
    kind: r.kind,
    subjectCode: r.subject_code,
    eventCode: r.event_code,
    before: r.before === null ? null : fromJson(r.before),
    after: fromJson(r.after),
    isTest: r.is_test === 1,
    createdAt: r.created_at,
    ...(r.origin_flow_id !== null && r.origin_change_id !== null ? { origin: { flowId: Number(r.origin_flow_id), changeId: Number(r.origin_change_id) } } : {}),
  }) as Change;

export interface ChangeQuery {
  after?: number;
  limit: number;
  kind?: ChangeKind;
  subjectCode?: string;
}

export async function listChanges(db: Db, accountId: number, q: ChangeQuery): Promise<Change[]> {
  let query = db.selectFrom('changes').selectAll().where('account_id', '=', accountId).where('id', '>', q.after ?? 0);
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (q.subjectCode) query = query.where('subject_code', '=', q.subjectCode);
  const rows = await query.orderBy('id').limit(q.limit).execute();
  return rows.map(toChange);
}

/** Changes of one account by id (the deliveries of a claim read theirs together). */
export async function findChanges(db: Db, accountId: number, ids: readonly number[]): Promise<Map<number, Change>> {
  const found = new Map<number, Change>();
  for (const batch of chunks([...new Set(ids)], 500)) {
    const rows = await db.selectFrom('changes').selectAll().where('account_id', '=', accountId).where('id', 'in', batch).execute();
    for (const row of rows) found.set(row.id, toChange(row));
  }
  return found;
}
