import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CATALOG_KINDS } from '../domain/catalog.js';
import { HookflowError } from '../domain/errors.js';
import { STANDARD_PROPERTY_TAGS } from '../domain/tags.js';
import { toJson } from './json.js';
import type { Db, Schema } from './schema.js';
import { inTransaction } from './transaction.js';

export interface Account {
  id: number;
  code: string;
  name: string;
}

export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Keys are 32 random bytes: a fast hash is enough to store them (no password to stretch). */
export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
const newKey = () => `hf_${randomBytes(32).toString('base64url')}`;

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'account';

/** Creates an account with its standard statuses and automatic tags, and its first API key. */
export async function createAccount(db: Kysely<Schema>, name: string, at: string): Promise<{ account: Account; apiKey: string }> {
  return inTransaction(db, async (trx) => {
    const base = slug(name);
    const taken = await trx.selectFrom('accounts').select('code').where('code', 'like', `${base}%`).execute();
    const codes = new Set(taken.map((r) => r.code));
    let code = base;
    for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
    const { id } = await trx
      .insertInto('accounts')
      .values({ code, name, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await seedStandardData(trx, id, at);
    const apiKey = await insertKey(trx, id, 'default', at);
    return { account: { id, code, name }, apiKey: apiKey.key };
  });
}

async function seedStandardData(trx: Db, accountId: number, at: string) {
  const entries = CATALOG_KINDS.flatMap((spec) =>
    spec.standard.map((s) => ({
      account_id: accountId,
      kind: spec.kind,
      event_code: null,
      code: s.code,
      name: s.name,
      standard: 1,
      tags: '[]',
      attributes: '{}',
      created_at: at,
      updated_at: at,
    })),
  );
  await trx.insertInto('catalog_entries').values(entries).execute();
  await trx
    .insertInto('tags')
    .values(
      STANDARD_PROPERTY_TAGS.map((p) => ({
        account_id: accountId,
        name: p.name,
        label: p.name,
        objects: toJson(['registration_properties']),
        system: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

async function insertKey(db: Db, accountId: number, name: string, at: string) {
  const key = newKey();
  const row = await db
    .insertInto('api_keys')
    .values({ account_id: accountId, name, prefix: key.slice(0, 10), key_hash: hashKey(key), created_at: at, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { key, info: { id: row.id, name, prefix: key.slice(0, 10), createdAt: at, revokedAt: null } };
}

export const createApiKey = (db: Db, accountId: number, name: string, at: string) => insertKey(db, accountId, name, at);

/** A live key's id and account, or null for an unknown or revoked key. */
export async function liveKey(db: Db, key: string): Promise<{ keyId: number; account: Account } | null> {
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select(['api_keys.id as keyId', 'accounts.id', 'accounts.code', 'accounts.name'])
    .where('api_keys.key_hash', '=', hashKey(key))
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { keyId: row.keyId, account: { id: row.id, code: row.code, name: row.name } } : null;
}

/** The account a live key belongs to, or null for an unknown or revoked key. */
export const accountForKey = async (db: Db, key: string): Promise<Account | null> => (await liveKey(db, key))?.account ?? null;

/** Every account, by id: a deployment's tenants, few enough to list whole. */
export const listAccounts = (db: Db): Promise<Account[]> => db.selectFrom('accounts').select(['id', 'code', 'name']).orderBy('id').execute();

export async function listApiKeys(db: Db, accountId: number): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom('api_keys').selectAll().where('account_id', '=', accountId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

export async function revokeApiKey(db: Db, accountId: number, id: number, at: string): Promise<void> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new HookflowError('HF_NOT_FOUND', `api key ${id} does not exist or is already revoked`);
}
