import type { EventSnapshot } from '../domain/event.js';
import type { RegistrationSnapshot } from '../domain/registration.js';
import type { SessionRegistrationSnapshot } from '../domain/session-registration.js';
import { type Situation, evaluateFlow, watches } from '../flows/evaluate.js';
import type { Flow, FlowOutcome } from '../flows/flow.js';
import { findRegistration } from '../store/registrations.js';
import type { Db } from '../store/schema.js';
import type { AccountConfig } from './account-config.js';
import type { ClaimedChange } from './claim-changes.js';

export interface Evaluation {
  change: ClaimedChange;
  flow: Flow;
  outcome: FlowOutcome;
}

/**
 * Evaluates one account's changes against its flows, with the configuration as it is now: a flow
 * or a tag edited a moment ago applies to the very next change.
 */
export async function evaluateChanges(db: Db, config: AccountConfig, changes: ClaimedChange[]): Promise<Evaluation[]> {
  if (config.flows.length === 0) return [];
  const evaluations: Evaluation[] = [];
  for (const change of changes) {
    const watching = config.flows.filter((f) => watches(f, change));
    if (watching.length === 0) continue;
    const situation = await situationOf(db, config, change);
    if (!situation) continue;
    for (const flow of watching) evaluations.push({ change, flow, outcome: evaluateFlow(flow, situation) });
  }
  return evaluations;
}

/** The change with what the flows need around it; null when its event no longer exists. */
export async function situationOf(db: Db, config: AccountConfig, change: ClaimedChange): Promise<Situation | null> {
  const base = { change, tags: config.tags, known: config.known };
  if (change.kind.startsWith('event.')) return { ...base, event: change.after as EventSnapshot, registration: null };
  const event = await config.event(db, change.eventCode);
  if (!event) return null;
  const registration = change.kind.startsWith('registration.')
    ? (change.after as RegistrationSnapshot)
    : await findRegistration(db, config.account.id, (change.after as SessionRegistrationSnapshot).registrationCode);
  return { ...base, event, registration };
}
