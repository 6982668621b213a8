import type { CatalogEntry } from '../domain/catalog.js';
import type { CustomFieldDefinition } from '../domain/custom-fields.js';
import { checkCustomFields } from '../domain/custom-fields.js';
import { notFound, unknownReference } from '../domain/errors.js';
import { type EventInput, type EventSnapshot, applyEvent, eventChange } from '../domain/event.js';
import { checkTagsApply } from '../domain/tags.js';
import { listEntries } from './catalog.js';
import { appendChanges } from './changes.js';
import { fromJson, toJson } from './json.js';
import type { Db } from './schema.js';
import { tagsByName } from './tags.js';

export async function findEvent(db: Db, accountId: number, code: string): Promise<EventSnapshot | null> {
  const row = await db.selectFrom('events').select('data').where('account_id', '=', accountId).where('code', '=', code).executeTakeFirst();
  return row ? fromJson<EventSnapshot>(row.data) : null;
}

export async function getEvent(db: Db, accountId: number, code: string): Promise<EventSnapshot> {
  const event = await findEvent(db, accountId, code);
  if (!event) throw notFound('event', code);
  return event;
}

export async function listEvents(db: Db, accountId: number): Promise<EventSnapshot[]> {
  const rows = await db.selectFrom('events').select('data').where('account_id', '=', accountId).orderBy('id').execute();
  return rows.map((r) => fromJson<EventSnapshot>(r.data));
}

export const toDefinitions = (entries: CatalogEntry[]) =>
  new Map<string, CustomFieldDefinition>(
    entries.map((e) => [e.code, { code: e.code, type: e.attributes.type as CustomFieldDefinition['type'], options: (e.attributes.options as string[]) ?? [] }]),
  );

export const customFieldDefinitions = async (db: Db, accountId: number, kind: 'event_custom_field' | 'session_custom_field' | 'profile_custom_field') =>
  toDefinitions(await listEntries(db, accountId, kind, null));

/** Creates or updates an event and records the change, in the caller's transaction. */
export async function upsertEvent(db: Db, accountId: number, code: string, input: EventInput, at: string) {
  const before = await findEvent(db, accountId, code);
  const after = applyEvent(before, code, input);
  if (input.status !== undefined) {
    const statuses = await listEntries(db, accountId, 'event_status', null);
    if (!statuses.some((s) => s.code === after.status)) throw unknownReference('status', 'event status', after.status);
  }
  if (input.tags) after.tags = checkTagsApply(input.tags, 'events', `event '${code}'`, await tagsByName(db, accountId));
  if (input.customFields) checkCustomFields(input.customFields, await customFieldDefinitions(db, accountId, 'event_custom_field'), 'customFields');
  const change = eventChange(before, after);
  if (!change) return { event: after, created: false, changed: false };
  if (before) {
    await db.updateTable('events').set({ data: toJson(after), updated_at: at }).where('account_id', '=', accountId).where('code', '=', code).execute();
  } else {
    await db.insertInto('events').values({ account_id: accountId, code, data: toJson(after), created_at: at, updated_at: at }).execute();
  }
  await appendChanges(db, accountId, [change], at);
  return { event: after, created: !before, changed: true };
}
