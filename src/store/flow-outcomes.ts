import type { FlowOutcome } from '../flows/flow.js';
import { chunks, fromJson, toJson } from './json.js';
import type { Db } from './schema.js';

export interface OutcomeQuery {
  changeId?: number;
  flow?: string;
  triggered?: boolean;
  after?: number;
  limit: number;
}

/** What each flow decided about each change, newest last. */
export async function listOutcomes(db: Db, accountId: number, q: OutcomeQuery) {
  let query = db
    .selectFrom('flow_outcomes as o')
    .leftJoin('flows as f', 'f.id', 'o.flow_id')
    .select(['o.id', 'o.change_id', 'o.flow_version', 'o.triggered', 'o.reason', 'o.detail', 'o.created_at', 'f.name as flow'])
    .where('o.account_id', '=', accountId)
    .where('o.id', '>', q.after ?? 0);
  if (q.changeId !== undefined) query = query.where('o.change_id', '=', q.changeId);
  if (q.flow !== undefined) query = query.where('f.name', '=', q.flow);
  if (q.triggered !== undefined) query = query.where('o.triggered', '=', q.triggered ? 1 : 0);
  const rows = await query.orderBy('o.id').limit(q.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    changeId: r.change_id,
    flow: r.flow,
    flowVersion: r.flow_version,
    triggered: r.triggered === 1,
    ...(r.reason ? { reason: r.reason } : {}),
    ...fromJson<object>(r.detail),
    createdAt: r.created_at,
  }));
}

export interface NewOutcome {
  accountId: number;
  changeId: number;
  flowId: number;
  flowVersion: number;
  outcome: FlowOutcome;
}

/** One outcome row per evaluation: triggered with its actions, or not, and why. */
export async function recordOutcomes(db: Db, outcomes: readonly NewOutcome[], at: string) {
  for (const batch of chunks(outcomes, 500)) {
    const rows = batch.map(({ accountId, changeId, flowId, flowVersion, outcome }) => ({
      account_id: accountId,
      change_id: changeId,
      flow_id: flowId,
      flow_version: flowVersion,
      triggered: outcome.triggered ? 1 : 0,
      reason: outcome.triggered ? null : outcome.reason,
      detail: toJson(outcome.triggered ? { actions: outcome.actions } : { detail: outcome.detail }),
      created_at: at,
    }));
    await db.insertInto('flow_outcomes').values(rows).execute();
  }
}
