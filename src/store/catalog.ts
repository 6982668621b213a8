import { CATALOG, type CatalogEntry, type CatalogKind, checkAttributes } from '../domain/catalog.js';
import { HookflowError, notFound } from '../domain/errors.js';
import { checkTagsApply } from '../domain/tags.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';
import { tagsByName } from './tags.js';

const toEntry = (r: Row<'catalog_entries'>): CatalogEntry => ({
  kind: r.kind,
  code: r.code,
  name: r.name,
  eventCode: r.event_code,
  standard: r.standard === 1,
  tags: fromJson<string[]>(r.tags),
  attributes: fromJson<Record<string, unknown>>(r.attributes),
});

const scoped = (db: Db, accountId: number, kind: CatalogKind, eventCode: string | null) => {
  const q = db.selectFrom('catalog_entries').selectAll().where('account_id', '=', accountId).where('kind', '=', kind);
  return eventCode === null ? q.where('event_code', 'is', null) : q.where('event_code', '=', eventCode);
};

/** Entries of a kind at one level; for an event, its own entries after the account's standard ones. */
export async function listEntries(db: Db, accountId: number, kind: CatalogKind, eventCode: string | null): Promise<CatalogEntry[]> {
  const rows = await scoped(db, accountId, kind, eventCode).orderBy('id').execute();
  return rows.map(toEntry);
}

export async function getEntry(db: Db, accountId: number, kind: CatalogKind, eventCode: string | null, code: string) {
  const row = await scoped(db, accountId, kind, eventCode).where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound(CATALOG[kind].noun, eventCode ? `${eventCode}/${code}` : code);
  return toEntry(row);
}

export interface EntryInput {
  name?: string;
  tags?: string[];
  attributes?: Record<string, unknown>;
}

/**
 * Creates or updates an entry. Standard entries exist already and only their tags change;
 * a custom entry may not take a standard entry's code.
 */
export async function upsertEntry(
  db: Db,
  accountId: number,
  kind: CatalogKind,
  eventCode: string | null,
  code: string,
  input: EntryInput,
  at: string,
): Promise<{ entry: CatalogEntry; created: boolean }> {
  const spec = CATALOG[kind];
  const existingRow = await scoped(db, accountId, kind, eventCode).where('code', '=', code).executeTakeFirst();
  const existing = existingRow ? toEntry(existingRow) : null;
  if (!existing && eventCode !== null && spec.standard.some((s) => s.code === code)) {
    throw new HookflowError('HF_CONFLICT', `${spec.noun} '${code}' is a standard one, defined at account level`, 'code');
  }
  if (!existing && !spec.scopes.includes(eventCode === null ? 'account' : 'event')) {
    const where = eventCode === null ? 'at account level' : 'per event';
    throw new HookflowError('HF_BAD_REQUEST', `custom ${spec.noun} entries cannot be defined ${where}`);
  }
  if (existing?.standard && ((input.name !== undefined && input.name !== existing.name) || input.attributes)) {
    throw new HookflowError('HF_READ_ONLY', `${spec.noun} '${code}' is standard: only its tags can change`);
  }
  const tags = input.tags ?? existing?.tags ?? [];
  if (tags.length > spec.maxTags) {
    throw new HookflowError(
      'HF_TOO_MANY_TAGS',
      `tags: a ${spec.noun} takes at most ${spec.maxTags} tag; more would send its data downstream more than once`,
      'tags',
    );
  }
  const subject = `${spec.noun} '${code}'`;
  if (tags.length && !spec.tagObject) throw new HookflowError('HF_BAD_REQUEST', `tags: a ${spec.noun} cannot be tagged`, 'tags');
  const checkedTags = spec.tagObject ? checkTagsApply(tags, spec.tagObject, subject, await tagsByName(db, accountId)) : [];
  const attributes = input.attributes ?? existing?.attributes ?? {};
  checkAttributes(kind, attributes);
  const name = input.name ?? existing?.name ?? code;
  const values = { name, tags: toJson(checkedTags), attributes: toJson(attributes), updated_at: at };
  if (existingRow) {
    await db.updateTable('catalog_entries').set(values).where('id', '=', existingRow.id).execute();
  } else {
    await db
      .insertInto('catalog_entries')
      .values({ ...values, account_id: accountId, kind, event_code: eventCode, code, standard: 0, created_at: at })
      .execute();
  }
  const entry: CatalogEntry = { kind, code, name, eventCode, standard: existing?.standard ?? false, tags: checkedTags, attributes };
  return { entry, created: !existing };
}

/** Every entry of these kinds that an event can see: its own and the account-level ones. */
export async function entriesForEvent(db: Db, accountId: number, eventCode: string, kinds: CatalogKind[]) {
  const rows = await db
    .selectFrom('catalog_entries')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('kind', 'in', kinds)
    .where((eb) => eb.or([eb('event_code', 'is', null), eb('event_code', '=', eventCode)]))
    .execute();
  return rows.map(toEntry);
}
