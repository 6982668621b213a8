import { checkCustomFields } from '../domain/custom-fields.js';
import { notFound } from '../domain/errors.js';
import { type SessionInput, type SessionSnapshot, applySession, sessionChange } from '../domain/event-session.js';
import { appendChanges } from './changes.js';
import { customFieldDefinitions, getEvent } from './events.js';
import { fromJson, toJson } from './json.js';
import type { Db } from './schema.js';

const rows = (db: Db, accountId: number, eventCode: string) =>
  db.selectFrom('event_sessions').where('account_id', '=', accountId).where('event_code', '=', eventCode);

export async function findSession(db: Db, accountId: number, eventCode: string, code: string): Promise<SessionSnapshot | null> {
  const row = await rows(db, accountId, eventCode).select('data').where('code', '=', code).executeTakeFirst();
  return row ? fromJson<SessionSnapshot>(row.data) : null;
}

/** One session; 404 naming it (with its event) when it does not exist. */
export async function getSession(db: Db, accountId: number, eventCode: string, code: string): Promise<SessionSnapshot> {
  await getEvent(db, accountId, eventCode);
  const session = await findSession(db, accountId, eventCode, code);
  if (!session) throw notFound('session', `${eventCode}/${code}`);
  return session;
}

/** The sessions of an event, in the order they were created; 404 when the event does not exist. */
export async function listSessions(db: Db, accountId: number, eventCode: string): Promise<SessionSnapshot[]> {
  await getEvent(db, accountId, eventCode);
  const found = await rows(db, accountId, eventCode).select('data').orderBy('id').execute();
  return found.map((r) => fromJson<SessionSnapshot>(r.data));
}

/**
 * Creates or updates a session and records the change in the caller's transaction, as an event's
 * write does: its custom fields must be defined (session custom fields) and take their type's
 * values. The session keeps its change's id (the mass action's scope).
 */
export async function upsertSession(db: Db, accountId: number, eventCode: string, code: string, input: SessionInput, at: string) {
  const event = await getEvent(db, accountId, eventCode);
  if (input.customFields) checkCustomFields(input.customFields, await customFieldDefinitions(db, accountId, 'session_custom_field'), 'customFields');
  const before = await findSession(db, accountId, eventCode, code);
  const after = applySession(before, eventCode, code, input);
  const change = sessionChange(before, after, event.isTest);
  if (!change) return { session: after, created: false, changed: false };
  const [stored] = await appendChanges(db, accountId, [change], at);
  const values = { data: toJson(after), change_id: (stored as { id: number }).id, updated_at: at };
  if (before) {
    await db.updateTable('event_sessions').set(values).where('account_id', '=', accountId).where('event_code', '=', eventCode).where('code', '=', code).execute();
  } else {
    await db.insertInto('event_sessions').values({ ...values, account_id: accountId, event_code: eventCode, code, created_at: at }).execute();
  }
  return { session: after, created: !before, changed: true };
}
