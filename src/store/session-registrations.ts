import { HookflowError, notFound, unknownReference } from '../domain/errors.js';
import { type SessionRegistrationSnapshot, sessionRegistrationChange } from '../domain/session-registration.js';
import { entriesForEvent } from './catalog.js';
import { appendChanges } from './changes.js';
import { findSession } from './event-sessions.js';
import { getEvent } from './events.js';
import { getRegistration } from './registrations.js';
import type { Db } from './schema.js';

const toSnapshot = (r: { registration_code: string; event_code: string; session_code: string; status: string }): SessionRegistrationSnapshot => ({
  registrationCode: r.registration_code,
  eventCode: r.event_code,
  sessionCode: r.session_code,
  status: r.status,
});

const findRow = (db: Db, accountId: number, registrationCode: string, sessionCode: string) =>
  db
    .selectFrom('session_registrations')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('registration_code', '=', registrationCode)
    .where('session_code', '=', sessionCode)
    .executeTakeFirst();

/** Sets a registration's status for one session of its event, recording a status change. */
export async function upsertSessionRegistration(db: Db, accountId: number, registrationCode: string, sessionCode: string, status: string, at: string) {
  const registration = await getRegistration(db, accountId, registrationCode);
  if (!(await findSession(db, accountId, registration.eventCode, sessionCode))) {
    throw new HookflowError('HF_UNKNOWN_REFERENCE', `sessionCode: session '${sessionCode}' does not exist in event '${registration.eventCode}'`, 'sessionCode');
  }
  const statuses = await entriesForEvent(db, accountId, registration.eventCode, ['session_registration_status']);
  if (!statuses.some((e) => e.code === status)) {
    throw unknownReference('status', 'session registration status', status);
  }
  const existing = await findRow(db, accountId, registrationCode, sessionCode);
  const before = existing ? toSnapshot(existing) : null;
  const after: SessionRegistrationSnapshot = { registrationCode, eventCode: registration.eventCode, sessionCode, status };
  const event = await getEvent(db, accountId, registration.eventCode);
  const change = sessionRegistrationChange(before, after, registration.isTest || event.isTest);
  if (!change) return { sessionRegistration: after, created: false, changed: false };
  if (existing) {
    await db.updateTable('session_registrations').set({ status, updated_at: at }).where('id', '=', existing.id).execute();
  } else {
    await db
      .insertInto('session_registrations')
      .values({ account_id: accountId, registration_code: registrationCode, session_code: sessionCode, event_code: registration.eventCode, status, created_at: at, updated_at: at })
      .execute();
  }
  await appendChanges(db, accountId, [change], at);
  return { sessionRegistration: after, created: !existing, changed: true };
}

export async function listSessionRegistrations(db: Db, accountId: number, registrationCode: string) {
  await getRegistration(db, accountId, registrationCode);
  const rows = await db
    .selectFrom('session_registrations')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('registration_code', '=', registrationCode)
    .orderBy('session_code')
    .execute();
  return rows.map(toSnapshot);
}

export async function getSessionRegistration(db: Db, accountId: number, registrationCode: string, sessionCode: string) {
  const row = await findRow(db, accountId, registrationCode, sessionCode);
  if (!row) throw notFound('session registration', `${registrationCode}/${sessionCode}`);
  return toSnapshot(row);
}
