import { isDeepStrictEqual } from 'node:util';
import { HookflowError, notFound } from '../domain/errors.js';
import { compile, type Mapping, type Renderer } from '../mapping/index.js';
import { fromJson, toJson } from './json.js';
import type { Db } from './schema.js';

export interface StoredMapping extends Mapping {
  name: string;
  version: number;
}

/** Refuses a mapping that does not compile, listing every problem with its path. */
export function checkMapping(mapping: Mapping): Renderer {
  const compiled = compile(mapping);
  if (!compiled.ok) {
    throw new HookflowError('HF_INVALID_VALUE', compiled.errors.map((e) => e.message).join('; '), compiled.errors[0]?.path);
  }
  return compiled.value;
}

export async function listMappings(db: Db, accountId: number): Promise<StoredMapping[]> {
  const rows = await db.selectFrom('mappings').selectAll().where('account_id', '=', accountId).orderBy('name').execute();
  return rows.map((r) => ({ ...fromJson<Mapping>(r.definition), name: r.name, version: r.version }));
}

export async function getMapping(db: Db, accountId: number, name: string): Promise<StoredMapping & { id: number }> {
  const row = await db.selectFrom('mappings').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (!row) throw notFound('mapping', name);
  return { ...fromJson<Mapping>(row.definition), name: row.name, version: row.version, id: row.id };
}

/** Named mappings are shared by flows: a change bumps the version, which the renderer cache keys on. */
export async function putMapping(db: Db, accountId: number, name: string, mapping: Mapping, at: string) {
  checkMapping(mapping);
  const existing = await db.selectFrom('mappings').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (!existing) {
    await db.insertInto('mappings').values({ account_id: accountId, name, version: 1, definition: toJson(mapping), created_at: at, updated_at: at }).execute();
    return { mapping: { ...mapping, name, version: 1 }, created: true };
  }
  const unchanged = isDeepStrictEqual(fromJson<Mapping>(existing.definition), mapping);
  const version = unchanged ? existing.version : existing.version + 1;
  if (!unchanged) await db.updateTable('mappings').set({ version, definition: toJson(mapping), updated_at: at }).where('id', '=', existing.id).execute();
  return { mapping: { ...mapping, name, version }, created: false };
}

/** A mapping a flow uses cannot go: the flow would silently stop sending. */
export async function deleteMapping(db: Db, accountId: number, name: string) {
  await getMapping(db, accountId, name);
  const flows = await db.selectFrom('flows').select(['name', 'definition']).where('account_id', '=', accountId).execute();
  const users = flows.filter((f) => usesMapping(f.definition, name)).map((f) => `'${f.name}'`);
  if (users.length) throw new HookflowError('HF_CONFLICT', `mapping '${name}' is used by flow ${users.join(', ')}`);
  await db.deleteFrom('mappings').where('account_id', '=', accountId).where('name', '=', name).execute();
}

const usesMapping = (definition: string, name: string) =>
  fromJson<{ destinations: { payloadMapping: string | null; headerMapping: string | null }[] }>(definition).destinations.some(
    (d) => d.payloadMapping === name || d.headerMapping === name,
  );

/** Compiled renderers, one per mapping version: compiling happens once, not per change. */
export class RendererCache {
  private readonly cache = new Map<string, Renderer>();
  renderer(mapping: StoredMapping & { id: number }): Renderer {
    const key = `${mapping.id}@${mapping.version}`;
    let renderer = this.cache.get(key);
    if (!renderer) {
      renderer = checkMapping(mapping);
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(key, renderer);
    }
    return renderer;
  }
}
