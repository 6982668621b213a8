import { CATALOG_KINDS } from '../domain/catalog.js';
import { HookflowError, notFound } from '../domain/errors.js';
import type { Tag, TagObject } from '../domain/tags.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';

const toTag = (r: Row<'tags'>): Tag => ({
  name: r.name,
  label: r.label,
  objects: fromJson<TagObject[]>(r.objects),
  system: r.system === 1,
});

export async function listTags(db: Db, accountId: number): Promise<Tag[]> {
  const rows = await db.selectFrom('tags').selectAll().where('account_id', '=', accountId).orderBy('name').execute();
  return rows.map(toTag);
}

export async function tagsByName(db: Db, accountId: number): Promise<Map<string, Tag>> {
  return new Map((await listTags(db, accountId)).map((t) => [t.name, t]));
}

export async function getTag(db: Db, accountId: number, name: string): Promise<Tag> {
  const row = await db.selectFrom('tags').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (!row) throw notFound('tag', name);
  return toTag(row);
}

/** Creates or updates a tag; the automatic tags of the standard properties are read-only. */
export async function upsertTag(
  db: Db,
  accountId: number,
  name: string,
  input: { label: string; objects: TagObject[] },
  at: string,
): Promise<{ tag: Tag; created: boolean }> {
  const existing = await db.selectFrom('tags').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (existing?.system) throw new HookflowError('HF_READ_ONLY', `tag '${name}' is automatic (a standard registration property) and cannot be changed`);
  const objects = [...new Set(input.objects)];
  if (existing) {
    const removed = fromJson<TagObject[]>(existing.objects).filter((o) => !objects.includes(o));
    if (removed.length) await refuseIfUsed(db, accountId, name, `no longer be set up for ${removed.join(', ')}`, removed);
    await db.updateTable('tags').set({ label: input.label, objects: toJson(objects), updated_at: at }).where('id', '=', existing.id).execute();
  } else {
    await db
      .insertInto('tags')
      .values({ account_id: accountId, name, label: input.label, objects: toJson(objects), system: 0, created_at: at, updated_at: at })
      .execute();
  }
  return { tag: { name, label: input.label, objects, system: false }, created: !existing };
}

export async function deleteTag(db: Db, accountId: number, name: string): Promise<void> {
  const tag = await getTag(db, accountId, name);
  if (tag.system) throw new HookflowError('HF_READ_ONLY', `tag '${name}' is automatic and cannot be deleted`);
  await refuseIfUsed(db, accountId, name, 'be deleted', tag.objects);
  await db.deleteFrom('tags').where('account_id', '=', accountId).where('name', '=', name).execute();
}

/** A tag still applied somewhere cannot lose that object: flows would silently stop matching. */
async function refuseIfUsed(db: Db, accountId: number, name: string, what: string, objects: TagObject[]) {
  const kinds = CATALOG_KINDS.filter((k) => k.tagObject && objects.includes(k.tagObject)).map((k) => k.kind);
  const users: string[] = [];
  if (kinds.length) {
    const entries = await db
      .selectFrom('catalog_entries')
      .select(['kind', 'event_code', 'code', 'tags'])
      .where('account_id', '=', accountId)
      .where('kind', 'in', kinds)
      .execute();
    for (const e of entries) {
      if (fromJson<string[]>(e.tags).includes(name)) users.push(`${e.kind.replace(/_/g, ' ')} '${e.event_code ? `${e.event_code}/` : ''}${e.code}'`);
    }
  }
  if (objects.includes('events')) {
    const events = await db.selectFrom('events').select(['code', 'data']).where('account_id', '=', accountId).execute();
    for (const e of events) if (fromJson<{ tags: string[] }>(e.data).tags.includes(name)) users.push(`event '${e.code}'`);
  }
  if (users.length) {
    throw new HookflowError('HF_CONFLICT', `tag '${name}' cannot ${what}: it is applied to ${users.slice(0, 5).join(', ')}${users.length > 5 ? ` and ${users.length - 5} more` : ''}`);
  }
}
