import type { Db } from '../store/schema.js';

/** Updates only the caller's own claims: a worker whose lease ran out cannot overwrite the next one's result. */
export const ownClaims = (db: Db, ids: readonly number[], worker: string) =>
  db.updateTable('deliveries').where('id', 'in', ids).where('status', '=', 'processing').where('leased_by', '=', worker);
