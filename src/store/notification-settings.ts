import { OPERATIONAL_EVENT_TYPES, type OperationalEventType } from '../domain/operational-event.js';
import type { Db } from './schema.js';

/** Where an account's operational events go (a connection's name; null: nowhere), and which of them. */
export interface NotificationSettings {
  connection: string | null;
  events: OperationalEventType[];
}

/** Every event, nowhere: an account that chose nothing. */
const UNSET: NotificationSettings = { connection: null, events: [...OPERATIONAL_EVENT_TYPES] };

export async function getNotificationSettings(db: Db, accountId: number): Promise<NotificationSettings> {
  const rows = await db.selectFrom('notification_subscriptions').select(['event_type', 'connection']).where('account_id', '=', accountId).execute();
  if (rows.length === 0) return UNSET;
  const chosen = new Set(rows.map((r) => r.event_type));
  return { connection: rows[0]?.connection ?? null, events: OPERATIONAL_EVENT_TYPES.filter((t) => chosen.has(t)) };
}

/** Replaces the account's settings (run it in a transaction): one subscription row per event type. */
export async function putNotificationSettings(db: Db, accountId: number, settings: NotificationSettings, at: string): Promise<NotificationSettings> {
  await db.deleteFrom('notification_subscriptions').where('account_id', '=', accountId).execute();
  const events = OPERATIONAL_EVENT_TYPES.filter((t) => settings.events.includes(t));
  if (events.length) {
    await db
      .insertInto('notification_subscriptions')
      .values(events.map((event_type) => ({ account_id: accountId, event_type, connection: settings.connection, updated_at: at })))
      .execute();
  }
  return { connection: settings.connection, events };
}
