import { now, toJson } from '../store/json.js';
import type { Db } from '../store/schema.js';
import type { Evaluation } from './evaluate-changes.js';

/** One outcome row per evaluation: triggered with its actions, or not, and why. */
export async function recordOutcomes(trx: Db, evaluations: Evaluation[]) {
  const at = now();
  for (let i = 0; i < evaluations.length; i += 500) {
    const rows = evaluations.slice(i, i + 500).map(({ change, flow, outcome }) => ({
      account_id: change.accountId,
      change_id: change.id,
      flow_id: flow.id,
      flow_version: flow.version,
      triggered: outcome.triggered ? 1 : 0,
      reason: outcome.triggered ? null : outcome.reason,
      detail: toJson(outcome.triggered ? { actions: outcome.actions } : { detail: outcome.detail }),
      created_at: at,
    }));
    if (rows.length) await trx.insertInto('flow_outcomes').values(rows).execute();
  }
}
