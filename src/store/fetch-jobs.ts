import { HookflowError, notFound } from '../domain/errors.js';
import type { FetchJob, FetchJobInput, FetchState } from '../domain/fetch/job.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';

type Spec = Omit<FetchJobInput, 'name' | 'state'>;

export function toFetchJob(r: Row<'fetch_jobs'>): FetchJob {
  return {
    id: r.id,
    accountId: r.account_id,
    name: r.name,
    state: r.state,
    ...fromJson<Spec>(r.spec),
    checkpointValue: r.checkpoint,
    nextRunAt: r.next_run_at,
    failures: r.failures,
    lastRunId: r.last_run_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const specOf = ({ name: _n, state: _s, ...spec }: FetchJobInput): string => toJson(spec);

async function checkNameFree(db: Db, accountId: number, name: string, id?: number) {
  let q = db.selectFrom('fetch_jobs').select('id').where('account_id', '=', accountId).where('name', '=', name);
  if (id !== undefined) q = q.where('id', '!=', id);
  if (await q.executeTakeFirst()) throw new HookflowError('HF_CONFLICT', `body/name: a fetch job named '${name}' exists already`, 'name');
}

/** A new job, due at once (an active job runs first on creation, then on its schedule). */
export async function createFetchJob(db: Db, accountId: number, input: FetchJobInput, at: string): Promise<FetchJob> {
  await checkNameFree(db, accountId, input.name);
  const row = await db
    .insertInto('fetch_jobs')
    .values({
      account_id: accountId,
      name: input.name,
      spec: specOf(input),
      state: input.state,
      checkpoint: null,
      next_run_at: at,
      failures: 0,
      last_run_id: null,
      lease_owner: null,
      lease_until: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFetchJob(row);
}

/** Replaces what a job does; what it did (checkpoint, runs, failures) stays. */
export async function replaceFetchJob(db: Db, accountId: number, id: number, input: FetchJobInput, at: string): Promise<FetchJob> {
  await checkNameFree(db, accountId, input.name, id);
  const row = await db
    .updateTable('fetch_jobs')
    .set({ name: input.name, spec: specOf(input), state: input.state, updated_at: at })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('fetch job', String(id));
  return toFetchJob(row);
}

export async function getFetchJob(db: Db, accountId: number, id: number): Promise<FetchJob> {
  const row = await db.selectFrom('fetch_jobs').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('fetch job', String(id));
  return toFetchJob(row);
}

export async function listFetchJobs(db: Db, accountId: number): Promise<FetchJob[]> {
  const rows = await db.selectFrom('fetch_jobs').selectAll().where('account_id', '=', accountId).orderBy('id').execute();
  return rows.map(toFetchJob);
}

/** Deletes a job and its history (run it in a transaction). A run in progress ends at its next page, its lease gone. */
export async function deleteFetchJob(db: Db, accountId: number, id: number): Promise<void> {
  const deleted = await db.deleteFrom('fetch_jobs').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  if (!deleted.numDeletedRows) throw notFound('fetch job', String(id));
  await db.deleteFrom('fetch_runs').where('job_id', '=', id).execute();
}

/** Pauses or resumes a job. A run in progress finishes; a paused job is not started again. */
export async function setFetchState(db: Db, accountId: number, id: number, state: FetchState, at: string): Promise<FetchJob> {
  const row = await db.updateTable('fetch_jobs').set({ state, updated_at: at }).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirst();
  if (!row) throw notFound('fetch job', String(id));
  return toFetchJob(row);
}

/** Makes an active job due now, backoff or not. */
export async function runFetchJobNow(db: Db, accountId: number, id: number, at: string): Promise<FetchJob> {
  const job = await getFetchJob(db, accountId, id);
  if (job.state !== 'active') throw new HookflowError('HF_CONFLICT', `fetch job ${id} is paused; resume it first`);
  const row = await db.updateTable('fetch_jobs').set({ next_run_at: at }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  return toFetchJob(row);
}

/**
 * The runner's claim: the active job due longest, if no other process holds it, leased to `owner`
 * until `until`. One statement: on PostgreSQL a concurrent claim of the same row waits, then finds
 * the lease taken (the condition is checked again on the row it updates), so one process wins.
 */
export async function claimDueJob(db: Db, owner: string, now: string, until: string): Promise<FetchJob | null> {
  const due = db
    .selectFrom('fetch_jobs')
    .select('id')
    .where('state', '=', 'active')
    .where('next_run_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('next_run_at')
    .limit(1);
  const row = await db
    .updateTable('fetch_jobs')
    .set({ lease_owner: owner, lease_until: until })
    .where('id', '=', (eb) => eb.selectFrom(due.as('due')).select('due.id'))
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .returningAll()
    .executeTakeFirst();
  return row ? toFetchJob(row) : null;
}

/** Extends `owner`'s lease; false when it is no longer the owner (its lease expired and another took the job, or the job was deleted). */
export async function renewLease(db: Db, jobId: number, owner: string, until: string): Promise<boolean> {
  const r = await db.updateTable('fetch_jobs').set({ lease_until: until }).where('id', '=', jobId).where('lease_owner', '=', owner).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** A run ended: the job's next time, failures in a row and checkpoint set, its lease given up. */
export async function releaseJob(db: Db, jobId: number, owner: string, s: { nextRunAt: string; failures: number; checkpoint: string | null; runId: number }, at: string) {
  await db
    .updateTable('fetch_jobs')
    .set({ next_run_at: s.nextRunAt, failures: s.failures, checkpoint: s.checkpoint, last_run_id: s.runId, lease_owner: null, lease_until: null, updated_at: at })
    .where('id', '=', jobId)
    .where('lease_owner', '=', owner)
    .execute();
}

/** Gives up `owner`'s lease without ending the run (the process is stopping): the next runner resumes the run at once, not at the lease's end. */
export async function letGoOfJob(db: Db, jobId: number, owner: string) {
  await db.updateTable('fetch_jobs').set({ lease_owner: null, lease_until: null }).where('id', '=', jobId).where('lease_owner', '=', owner).execute();
}
