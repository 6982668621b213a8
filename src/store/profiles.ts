import { isDeepStrictEqual } from 'node:util';
import { notFound } from '../domain/errors.js';
import { type ProfileInput, type ProfileSnapshot, applyProfile } from '../domain/profile.js';
import { customFieldDefinitions } from './events.js';
import { chunks, fromJson, toJson } from './json.js';
import type { Db } from './schema.js';

export async function loadProfiles(db: Db, accountId: number, codes: readonly string[]): Promise<Map<string, ProfileSnapshot>> {
  const found = new Map<string, ProfileSnapshot>();
  for (const batch of chunks([...new Set(codes)])) {
    const rows = await db.selectFrom('profiles').select('data').where('account_id', '=', accountId).where('code', 'in', batch).execute();
    for (const r of rows) {
      const p = fromJson<ProfileSnapshot>(r.data);
      found.set(p.code, p);
    }
  }
  return found;
}

/** Writes the profiles that differ from what was loaded: new ones in bulk, changed ones one by one. */
export async function saveProfiles(
  db: Db,
  accountId: number,
  loaded: ReadonlyMap<string, ProfileSnapshot>,
  current: Iterable<ProfileSnapshot>,
  at: string,
): Promise<void> {
  const fresh: ProfileSnapshot[] = [];
  for (const p of current) {
    const old = loaded.get(p.code);
    if (!old) fresh.push(p);
    else if (!isDeepStrictEqual(old, p)) {
      await db
        .updateTable('profiles')
        .set({ email: p.email, data: toJson(p), updated_at: at })
        .where('account_id', '=', accountId)
        .where('code', '=', p.code)
        .execute();
    }
  }
  for (const batch of chunks(fresh)) {
    await db
      .insertInto('profiles')
      .values(batch.map((p) => ({ account_id: accountId, code: p.code, email: p.email, data: toJson(p), created_at: at, updated_at: at })))
      .execute();
  }
}

export async function getProfile(db: Db, accountId: number, code: string): Promise<ProfileSnapshot> {
  const profile = (await loadProfiles(db, accountId, [code])).get(code);
  if (!profile) throw notFound('profile', code);
  return profile;
}

export async function listProfiles(db: Db, accountId: number, opts: { after?: string; limit: number }) {
  let q = db.selectFrom('profiles').select('data').where('account_id', '=', accountId);
  if (opts.after) q = q.where('code', '>', opts.after);
  const rows = await q.orderBy('code').limit(opts.limit).execute();
  return rows.map((r) => fromJson<ProfileSnapshot>(r.data));
}

/** A profile on its own: no change is recorded (changes are about registrations and events). */
export async function upsertProfile(db: Db, accountId: number, input: ProfileInput, at: string) {
  const loaded = await loadProfiles(db, accountId, [input.code]);
  const before = loaded.get(input.code) ?? null;
  const after = applyProfile(before, input, await customFieldDefinitions(db, accountId, 'profile_custom_field'), 'body');
  await saveProfiles(db, accountId, loaded, [after], at);
  return { profile: after, created: !before };
}
