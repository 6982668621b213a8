import { CATALOG_KINDS } from '../domain/catalog.js';
import type { EventSnapshot } from '../domain/event.js';
import type { RegistrationSnapshot } from '../domain/registration.js';
import type { SessionRegistrationSnapshot } from '../domain/session-registration.js';
import { STANDARD_PROPERTY_TAGS } from '../domain/tags.js';
import { type Situation, evaluateFlow, watches } from '../flows/evaluate.js';
import type { Flow, FlowOutcome } from '../flows/flow.js';
import { TagIndex } from '../flows/tag-index.js';
import { entriesForAccount } from '../store/catalog.js';
import { findEvent } from '../store/events.js';
import { knownReferences, listFlows } from '../store/flows.js';
import { findRegistration } from '../store/registrations.js';
import type { Db } from '../store/schema.js';
import type { ClaimedChange } from './claim-changes.js';

export interface Evaluation {
  change: ClaimedChange;
  flow: Flow;
  outcome: FlowOutcome;
}

const TAGGED_KINDS = CATALOG_KINDS.filter((k) => k.tagObject).map((k) => k.kind);
const AUTOMATIC_TAGS = new Map(STANDARD_PROPERTY_TAGS.map((p) => [p.code, p.name]));

/**
 * Evaluates one account's changes against its flows, all read fresh: a flow or a tag edited a
 * moment ago applies to the very next change.
 */
export async function evaluateChanges(db: Db, accountId: number, changes: ClaimedChange[]): Promise<Evaluation[]> {
  const flows = await listFlows(db, accountId);
  if (flows.length === 0) return [];
  const [entries, known] = await Promise.all([entriesForAccount(db, accountId, TAGGED_KINDS), knownReferences(db, accountId)]);
  const tags = new TagIndex(entries, AUTOMATIC_TAGS);
  const events = new Map<string, EventSnapshot | null>();
  const eventOf = async (code: string) => {
    if (!events.has(code)) events.set(code, await findEvent(db, accountId, code));
    return events.get(code) ?? null;
  };

  const evaluations: Evaluation[] = [];
  for (const change of changes) {
    const watching = flows.filter((f) => watches(f, change));
    if (watching.length === 0) continue;
    const situation = await situationOf(db, accountId, change, eventOf, tags, known);
    if (!situation) continue;
    for (const flow of watching) evaluations.push({ change, flow, outcome: evaluateFlow(flow, situation) });
  }
  return evaluations;
}

async function situationOf(
  db: Db,
  accountId: number,
  change: ClaimedChange,
  eventOf: (code: string) => Promise<EventSnapshot | null>,
  tags: TagIndex,
  known: Situation['known'],
): Promise<Situation | null> {
  if (change.kind.startsWith('event.')) return { change, event: change.after as EventSnapshot, registration: null, tags, known };
  const event = await eventOf(change.eventCode);
  if (!event) return null;
  const registration = change.kind.startsWith('registration.')
    ? (change.after as RegistrationSnapshot)
    : await findRegistration(db, accountId, (change.after as SessionRegistrationSnapshot).registrationCode);
  return { change, event, registration, tags, known };
}
