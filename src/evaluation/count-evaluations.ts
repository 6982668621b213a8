import { recordCode, recordTypeOf } from '../domain/changes.js';
import { type Increment, activityIncrement, outcomeIncrements } from '../domain/insight-counts.js';
import { type FlowOutcome, queuedActions } from '../flows/flow.js';
import type { ClaimedChange } from '../queue/pending-changes.js';
import { addCounts, touchRegistrations } from '../store/insight-counts.js';
import type { Db } from '../store/schema.js';

/** An evaluation (evaluator.ts), as much of it as is counted. */
interface Counted {
  change: ClaimedChange;
  flow: { id: number };
  outcome: FlowOutcome;
}

/**
 * The insights' counts of an evaluation, in its transaction: each outcome and action, each change
 * processed, and (unless it is a replay, which processes changes again but records none) each change
 * recorded; and the registrations processed, for Unique Registrations.
 */
export async function countEvaluations(trx: Db, evaluations: readonly Counted[], changes: readonly ClaimedChange[], at: string, replay: boolean) {
  const counted = evaluations.filter((e) => e.outcome.triggered || e.outcome.reason !== 'live_test_mismatch');
  const increments: Increment[] = outcomeIncrements(
    counted.map(({ change, flow, outcome }) => ({
      accountId: change.accountId,
      isTest: change.isTest,
      eventCode: change.eventCode,
      flowId: flow.id,
      changeId: change.id,
      outcome,
      connections: queuedActions(outcome).map((a) => a.connection),
    })),
    at,
  );
  if (!replay) increments.push(...changes.map(activityIncrement));
  await addCounts(trx, increments);
  const registrations = counted.filter((e) => recordTypeOf(e.change.kind) === 'registration');
  await touchRegistrations(
    trx,
    registrations.map(({ change, flow }) => ({ accountId: change.accountId, isTest: change.isTest, flowId: flow.id, code: recordCode(change) })),
    at,
  );
}
