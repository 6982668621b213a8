import { randomBytes } from 'node:crypto';
import { type Account, hashKey, liveKey } from './accounts.js';
import type { Db } from './schema.js';

/** A dashboard session's token: what its cookie carries. Only its hash is stored, as for keys. */
const newToken = () => `hfs_${randomBytes(32).toString('base64url')}`;

/**
 * Exchanges a live API key for a session that ends at `expiresAt`; null for an unknown or revoked
 * key. Sessions already over are swept here, the one moment a session table grows.
 */
export async function openSession(db: Db, key: string, at: Date, expiresAt: Date): Promise<{ token: string; account: Account } | null> {
  const live = await liveKey(db, key);
  if (!live) return null;
  await db.deleteFrom('sessions').where('expires_at', '<=', at.toISOString()).execute();
  const token = newToken();
  await db.insertInto('sessions').values({ token_hash: hashKey(token), api_key_id: live.keyId, created_at: at.toISOString(), expires_at: expiresAt.toISOString() }).execute();
  return { token, account: live.account };
}

/** The account of a session still open whose key is still live, or null. */
export async function accountForSession(db: Db, token: string, now: Date): Promise<Account | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('api_keys', 'api_keys.id', 'sessions.api_key_id')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select(['accounts.id', 'accounts.code', 'accounts.name'])
    .where('sessions.token_hash', '=', hashKey(token))
    .where('sessions.expires_at', '>', now.toISOString())
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashKey(token)).execute();
}
