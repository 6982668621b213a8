import { notFound } from '../domain/errors.js';
import type { FetchJob } from '../domain/fetch/job.js';
import { FIRST_POSITION, type Position } from '../domain/fetch/pagination.js';
import type { FetchRun, RecordError, RunCounts } from '../domain/fetch/run.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';

/** A run in the state its row's status says. */
export function toFetchRun(r: Row<'fetch_runs'>): FetchRun {
  const common = {
    id: r.id,
    jobId: r.job_id,
    accountId: r.account_id,
    startedAt: r.started_at,
    pages: r.pages,
    read: r.records_read,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    failed: r.failed,
    errors: fromJson<RecordError[]>(r.errors),
    checkpointBefore: r.checkpoint_before,
    checkpointAfter: r.checkpoint_after,
  };
  // A finished run always has its end and its reason: `finishRun` writes them with the status.
  const finishedAt = r.finished_at as string;
  const reason = r.reason ?? '';
  switch (r.status) {
    case 'running':
      return { ...common, status: r.status, position: r.position ? fromJson<Position>(r.position) : FIRST_POSITION };
    case 'succeeded':
      return { ...common, status: r.status, finishedAt, stop: reason };
    case 'failed':
      return { ...common, status: r.status, finishedAt, reason };
  }
}

/** The checkpoint a job's next run starts from. */
export const startingCheckpoint = (job: FetchJob) => job.checkpointValue ?? job.checkpoint?.initial ?? null;

/** A new run of `job` at its first page. */
export async function startRun(db: Db, job: FetchJob, at: string): Promise<FetchRun> {
  const checkpoint = startingCheckpoint(job);
  const row = await db
    .insertInto('fetch_runs')
    .values({
      job_id: job.id,
      account_id: job.accountId,
      status: 'running',
      started_at: at,
      finished_at: null,
      position: toJson(FIRST_POSITION),
      pages: 0,
      records_read: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      errors: '[]',
      checkpoint_before: checkpoint,
      checkpoint_after: checkpoint,
      reason: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFetchRun(row);
}

/** The run a process left unfinished (it died, or lost its lease), to resume at its position. */
export async function unfinishedRun(db: Db, jobId: number): Promise<FetchRun | null> {
  const row = await db.selectFrom('fetch_runs').selectAll().where('job_id', '=', jobId).where('status', '=', 'running').orderBy('id', 'desc').executeTakeFirst();
  return row ? toFetchRun(row) : null;
}

/** A page written: the run's counts, checkpoint and next position, in the page's transaction. */
export async function recordPage(db: Db, runId: number, p: RunCounts & { errors: RecordError[]; position: Position; checkpoint: string | null }) {
  await db
    .updateTable('fetch_runs')
    .set({
      pages: p.pages,
      records_read: p.read,
      created: p.created,
      updated: p.updated,
      unchanged: p.unchanged,
      failed: p.failed,
      errors: toJson(p.errors),
      position: toJson(p.position),
      checkpoint_after: p.checkpoint,
    })
    .where('id', '=', runId)
    .where('status', '=', 'running')
    .execute();
}

export async function finishRun(db: Db, runId: number, end: { status: 'succeeded' | 'failed'; reason: string }, at: string) {
  await db.updateTable('fetch_runs').set({ status: end.status, reason: end.reason, finished_at: at, position: null }).where('id', '=', runId).execute();
}

export async function getFetchRun(db: Db, accountId: number, id: number): Promise<FetchRun> {
  const row = await db.selectFrom('fetch_runs').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('fetch run', String(id));
  return toFetchRun(row);
}

/** A job's runs, newest first; `before` is the last id of the previous page. */
export async function listFetchRuns(db: Db, jobId: number, { before, limit }: { before?: number; limit: number }) {
  let q = db.selectFrom('fetch_runs').selectAll().where('job_id', '=', jobId);
  if (before !== undefined) q = q.where('id', '<', before);
  const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  return { runs: page.map(toFetchRun), next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
