import type { SessionRegistrationSnapshot } from '../domain/session-registration.js';
import type { Delivery } from '../delivery/delivery.js';
import { type DirectClaim, type NewDelivery, enqueueDeliveries } from '../store/deliveries.js';
import { now } from '../store/json.js';
import type { Db } from '../store/schema.js';
import type { OnEvaluated } from './change-evaluator.js';
import type { Evaluation } from './evaluate-changes.js';

export interface Enqueued {
  queued: number;
  /** Those a worker took at once (`direct`): already claimed by it. */
  handed: Delivery[];
}

/** One delivery per triggered action, written with the outcomes in the processing transaction. */
export async function enqueueTriggered(trx: Db, evaluations: Evaluation[], direct?: DirectClaim): Promise<Enqueued> {
  const deliveries: NewDelivery[] = evaluations.flatMap(({ change, flow, outcome }) =>
    outcome.triggered
      ? outcome.actions.map((a) => ({
          accountId: change.accountId,
          changeId: change.id,
          changeKind: change.kind,
          recordCode: change.kind.startsWith('session_registration.') ? (change.after as SessionRegistrationSnapshot).registrationCode : change.subjectCode,
          flowId: flow.id,
          destination: a.destination,
          connection: a.connection,
        }))
      : [],
  );
  const handed = await enqueueDeliveries(trx, deliveries, now(), direct);
  return { queued: deliveries.length, handed };
}

/** For a process without a delivery worker: what was triggered waits for the workers to claim it (the insert wakes them). */
export const queueTriggered: OnEvaluated = async (trx, evaluations) => {
  await enqueueTriggered(trx, evaluations);
  return () => {};
};
