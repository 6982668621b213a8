import type { EventSnapshot } from '../domain/event.js';
import type { RegistrationSnapshot } from '../domain/registration.js';
import type { SessionRegistrationSnapshot } from '../domain/session-registration.js';
import type { Situation } from '../flows/evaluate.js';
import type { ClaimedChange } from '../queue/pending-changes.js';
import { findRegistration } from '../store/registrations.js';
import type { Db } from '../store/schema.js';
import type { AccountConfig } from './account-config.js';

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
