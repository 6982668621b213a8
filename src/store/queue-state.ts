import { sql } from 'kysely';
import { PRIORITIES } from '../domain/delivery.js';
import type { Db } from './schema.js';

/** The deliveries not finished yet, by status. */
export interface QueueDepth {
  received: number;
  retrying: number;
  processing: number;
}

/**
 * How many deliveries wait and how many are in flight, each counted in its own partial index
 * (`deliveries_waiting`, `deliveries_leased`): the statuses are literals, as in the indexes, so
 * the planners can use them.
 */
export async function queueDepth(db: Db): Promise<QueueDepth> {
  const waiting = await db.selectFrom('deliveries').where(sql<boolean>`status in ('received', 'retrying')`).select(['status', sql<number>`count(*)`.as('n')]).groupBy('status').execute();
  const processing = await db.selectFrom('deliveries').where(sql<boolean>`status = 'processing'`).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const of = (status: string) => Number(waiting.find((r) => r.status === status)?.n ?? 0);
  return { received: of('received'), retrying: of('retrying'), processing: Number(processing.n) };
}

/**
 * When the longest-waiting delivery became (or becomes) due: the first of each priority in
 * `deliveries_waiting` (priority, next_attempt_at), one index entry each, rather than a minimum
 * over the whole queue. Null when nothing waits.
 */
export async function earliestWaitingDue(db: Db): Promise<string | null> {
  const dues: string[] = [];
  for (const priority of PRIORITIES) {
    const first = await db
      .selectFrom('deliveries')
      .where(sql<boolean>`status in ('received', 'retrying')`)
      .where('priority', '=', priority)
      .orderBy('next_attempt_at')
      .select('next_attempt_at')
      .limit(1)
      .executeTakeFirst();
    if (first) dues.push(first.next_attempt_at);
  }
  return dues.sort()[0] ?? null;
}

/** When the oldest change still waiting for the change processor was accepted (the queue's first, by id), or null. */
export async function oldestPendingChangeAt(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('pending_changes as p')
    .innerJoin('changes as c', 'c.id', 'p.change_id')
    .orderBy('p.change_id')
    .select('c.created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}
