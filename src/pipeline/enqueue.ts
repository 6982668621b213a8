import type { SessionRegistrationSnapshot } from '../domain/session-registration.js';
import { type NewDelivery, enqueueDeliveries } from '../store/deliveries.js';
import { now } from '../store/json.js';
import type { Db } from '../store/schema.js';
import type { Evaluation } from './evaluate-changes.js';

/** One delivery per triggered action, written with the outcomes in the processing transaction. */
export async function enqueueTriggered(trx: Db, evaluations: Evaluation[]): Promise<number> {
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
  await enqueueDeliveries(trx, deliveries, now());
  return deliveries.length;
}
