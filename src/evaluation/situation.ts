import { isEventChange, isSessionChange } from '../domain/changes.js';
import type { Situation } from '../flows/evaluate.js';
import type { ClaimedChange } from '../queue/pending-changes.js';
import { findRegistration } from '../store/registrations.js';
import type { Db } from '../store/schema.js';
import type { AccountConfig } from './account-config.js';

/** The change with what the flows need around it; null when its event no longer exists. */
export async function situationOf(db: Db, config: AccountConfig, change: ClaimedChange): Promise<Situation | null> {
  const base = { change, tags: config.tags, known: config.known };
  if (isEventChange(change)) return { ...base, event: change.after, registration: null, session: null };
  const event = await config.event(db, change.eventCode);
  if (!event) return null;
  if (isSessionChange(change)) return { ...base, event, registration: null, session: change.after };
  if (change.kind !== 'session_registration.status_changed') return { ...base, event, registration: change.after, session: null };
  const { registrationCode, sessionCode } = change.after;
  const [registration, session] = await Promise.all([findRegistration(db, config.account.id, registrationCode), config.session(db, event.code, sessionCode)]);
  return { ...base, event, registration, session };
}
