import { FRONT_OF_QUEUE, RESUBMITTABLE } from '../domain/delivery.js';
import { type DeliveryFilter, resubmittable } from '../store/deliveries.js';
import { chunks } from '../store/json.js';
import type { Db } from '../store/schema.js';

/**
 * "Submit to Retry Queue": failed or waiting deliveries go to the front of the queue, due now,
 * with a fresh set of automatic retries. Matching is always within the caller's account.
 */
export async function resubmit(db: Db, accountId: number, f: DeliveryFilter & { ids?: number[] }, at: string): Promise<number> {
  const ids = f.ids ?? (await resubmittable(db, accountId, f, new Date(at)).select('d.id').execute()).map((r) => r.id);
  let count = 0;
  for (const batch of chunks(ids, 500)) {
    const result = await db
      .updateTable('deliveries')
      .set({ status: 'retrying', priority: FRONT_OF_QUEUE, retries: 0, abandoned: 0, next_attempt_at: at, updated_at: at })
      .where('account_id', '=', accountId)
      .where('id', 'in', batch)
      .where('status', 'in', RESUBMITTABLE)
      .executeTakeFirst();
    count += Number(result.numUpdatedRows);
  }
  return count;
}
