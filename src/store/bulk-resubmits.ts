import { type Kysely, sql } from 'kysely';
import { type BulkResubmit, MAX_BATCH_FAILURES, UNFINISHED } from '../domain/bulk-resubmit.js';
import { HookflowError, notFound } from '../domain/errors.js';
import { type DeliveryFilter, resubmittable } from './deliveries.js';
import type { Dialect } from './database.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row, Schema } from './schema.js';
import { inTransaction } from './transaction.js';

/** A job in the state its row's status says (see `domain/bulk-resubmit.ts`). */
export function toBulkResubmit(r: Row<'bulk_resubmits'>): BulkResubmit {
  const common = {
    id: r.id,
    accountId: r.account_id,
    filter: fromJson<Record<string, unknown>>(r.filter),
    total: r.total,
    processed: r.processed,
    resubmitted: r.resubmitted,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  // The runner sets `started_at` with the first batch and `finished_at` with the status that ends the job.
  const startedAt = r.started_at as string;
  const finishedAt = r.finished_at as string;
  switch (r.status) {
    case 'queued':
      return { ...common, status: r.status };
    case 'running':
      return { ...common, status: r.status, startedAt };
    case 'done':
      return { ...common, status: r.status, startedAt, finishedAt };
    case 'cancelled':
      return { ...common, status: r.status, startedAt: r.started_at, finishedAt };
    case 'failed':
      return { ...common, status: r.status, startedAt: r.started_at, finishedAt, error: r.error ?? '' };
  }
}

/** How many deliveries a bulk resubmit of `f` would take now: the count of what `createBulkResubmit` fixes. */
export async function estimateResubmit(db: Db, accountId: number, f: DeliveryFilter, now: Date): Promise<number> {
  const { n } = await resubmittable(db, accountId, f, now)
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * A queued job over the deliveries `f` matches now, in one transaction: the set is fixed here, by
 * the same query the estimate counts, so deliveries failing later are not swept in.
 */
export async function createBulkResubmit(db: Kysely<Schema>, accountId: number, f: DeliveryFilter, at: string): Promise<BulkResubmit> {
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto('bulk_resubmits')
      .values({
        account_id: accountId,
        status: 'queued',
        filter: toJson(f),
        total: 0,
        processed: 0,
        resubmitted: 0,
        failures: 0,
        error: null,
        started_at: null,
        finished_at: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const items = resubmittable(trx, accountId, f, new Date(at)).select([sql.lit(id).as('job_id'), 'd.id as delivery_id']);
    const inserted = await trx.insertInto('bulk_resubmit_items').columns(['job_id', 'delivery_id']).expression(items).executeTakeFirst();
    const row = await trx
      .updateTable('bulk_resubmits')
      .set({ total: Number(inserted.numInsertedOrUpdatedRows ?? 0) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toBulkResubmit(row);
  });
}

export async function getBulkResubmit(db: Db, accountId: number, id: number): Promise<BulkResubmit> {
  const row = await db.selectFrom('bulk_resubmits').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('bulk resubmit', String(id));
  return toBulkResubmit(row);
}

/** The account's jobs, newest first; `before` is the last id of the previous page. */
export async function listBulkResubmits(db: Db, accountId: number, { before, limit }: { before?: number; limit: number }) {
  let q = db.selectFrom('bulk_resubmits').selectAll().where('account_id', '=', accountId);
  if (before !== undefined) q = q.where('id', '<', before);
  const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  return { jobs: page.map(toBulkResubmit), next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/**
 * Stops a queued or running job. On PostgreSQL a batch in progress holds the job's row, so this
 * waits for it to commit: the job stops after that batch, never within one.
 */
export async function cancelBulkResubmit(db: Kysely<Schema>, accountId: number, id: number, at: string): Promise<BulkResubmit> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable('bulk_resubmits')
      .set({ status: 'cancelled', finished_at: at, updated_at: at })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .where('status', 'in', UNFINISHED)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const job = await getBulkResubmit(trx, accountId, id);
      throw new HookflowError('HF_CONFLICT', `bulk resubmit ${id} is ${job.status}, not queued or running`);
    }
    await trx.deleteFrom('bulk_resubmit_items').where('job_id', '=', id).execute();
    return toBulkResubmit(row);
  });
}

/**
 * The runner's claim: the oldest unfinished job, held for the transaction. On PostgreSQL, SKIP
 * LOCKED lets another process take the next job instead of waiting for (or repeating) this one's batch.
 */
export async function claimUnfinishedJob(trx: Db, dialect: Dialect) {
  let q = trx.selectFrom('bulk_resubmits').selectAll().where('status', 'in', UNFINISHED).orderBy('id').limit(1);
  if (dialect === 'postgres') q = q.forUpdate().skipLocked();
  return q.executeTakeFirst();
}

/** The next `limit` deliveries of a job, off its list. */
export async function takeItems(trx: Db, jobId: number, limit: number): Promise<number[]> {
  const rows = await trx.selectFrom('bulk_resubmit_items').select('delivery_id').where('job_id', '=', jobId).orderBy('delivery_id').limit(limit).execute();
  const ids = rows.map((r) => r.delivery_id);
  if (ids.length) await trx.deleteFrom('bulk_resubmit_items').where('job_id', '=', jobId).where('delivery_id', 'in', ids).execute();
  return ids;
}

/** A batch's progress; `done` once the job's list ran out. */
export async function recordBatch(trx: Db, jobId: number, batch: { processed: number; resubmitted: number; done: boolean }, at: string) {
  await trx
    .updateTable('bulk_resubmits')
    .set((eb) => ({
      status: batch.done ? 'done' : 'running',
      processed: eb('processed', '+', batch.processed),
      resubmitted: eb('resubmitted', '+', batch.resubmitted),
      failures: 0,
      error: null,
      started_at: eb.fn.coalesce('started_at', eb.val(at)),
      finished_at: batch.done ? at : null,
      updated_at: at,
    }))
    .where('id', '=', jobId)
    .where('status', 'in', UNFINISHED)
    .execute();
}

/** A batch that failed (rolled back): counted, and the job given up once they fail `MAX_BATCH_FAILURES` times in a row. */
export async function recordBatchFailure(db: Db, jobId: number, error: string, at: string) {
  const givesUp = sql<boolean>`failures + 1 >= ${sql.lit(MAX_BATCH_FAILURES)}`;
  await db
    .updateTable('bulk_resubmits')
    .set({
      failures: sql`failures + 1`,
      error,
      status: sql`case when ${givesUp} then 'failed' else status end`,
      finished_at: sql`case when ${givesUp} then ${at} else finished_at end`,
      updated_at: at,
    })
    .where('id', '=', jobId)
    .where('status', 'in', UNFINISHED)
    .execute();
}
