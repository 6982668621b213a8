import { sql } from 'kysely';
import type { Db } from '../store/schema.js';
import { ownClaims } from './own-claim.js';

/** Gives claims back untouched (graceful shutdown): they are taken again at once, by anyone. */
export async function releaseClaims(db: Db, ids: readonly number[], worker: string, at: string) {
  if (ids.length === 0) return;
  await ownClaims(db, ids, worker)
    .set({ status: sql<'retrying' | 'received'>`case when retries > 0 then 'retrying' else 'received' end`, lease_until: null, leased_by: null, next_attempt_at: at, updated_at: at })
    .execute();
}
