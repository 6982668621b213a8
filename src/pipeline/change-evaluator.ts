import type { AfterCommit } from '../store/transaction.js';
import type { Db } from '../store/schema.js';
import type { ClaimedChange } from './claim-changes.js';
import { ConfigCache } from './config-cache.js';
import { type Evaluation, evaluateChanges } from './evaluate-changes.js';
import { recordOutcomes } from './record-outcomes.js';

/** Queues what the evaluations triggered, in their transaction; answers what to do once it ended. */
export type OnEvaluated = (trx: Db, evaluations: Evaluation[]) => Promise<AfterCommit>;

/**
 * Evaluates changes against every flow that watches them, with each account's configuration as
 * it is now, and records one outcome per flow, in the caller's transaction: the change
 * processor's for queued changes, the writer's for changes evaluated as they are written.
 */
export class ChangeEvaluator {
  constructor(
    private readonly configs = new ConfigCache(),
    private readonly onEvaluated?: OnEvaluated,
  ) {}

  async evaluate(trx: Db, changes: readonly ClaimedChange[]): Promise<AfterCommit | undefined> {
    const evaluations: Evaluation[] = [];
    for (const [accountId, group] of byAccount(changes)) {
      evaluations.push(...(await evaluateChanges(trx, await this.configs.get(trx, accountId, group[0]?.configVersion), group)));
    }
    await recordOutcomes(trx, evaluations);
    return this.onEvaluated?.(trx, evaluations);
  }
}

function byAccount(changes: readonly ClaimedChange[]) {
  const groups = new Map<number, ClaimedChange[]>();
  for (const c of changes) {
    const group = groups.get(c.accountId);
    if (group) group.push(c);
    else groups.set(c.accountId, [c]);
  }
  return groups;
}
