import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { FetchOptions } from '../config.js';
import type { Connection } from '../connections/model.js';
import type { AuthorizingSender } from '../delivery/authorizing-sender.js';
import type { Outbound } from '../delivery/send.js';
import type { Clock } from '../domain/clock.js';
import { retryAt } from '../domain/fetch/backoff.js';
import { advanceCheckpoint } from '../domain/fetch/checkpoint.js';
import type { FetchJob } from '../domain/fetch/job.js';
import { type Next, type Position, nextPosition } from '../domain/fetch/pagination.js';
import { type RecordError, type RunCounts, addPage } from '../domain/fetch/run.js';
import { nextRunAt } from '../domain/fetch/schedule.js';
import { fetchFailing } from '../domain/operational-event.js';
import { LoopRunner } from '../queue/coalescing-loop.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { claimDueJob, letGoOfJob, releaseJob, renewLease } from '../store/fetch-jobs.js';
import { finishRun, recordPage, startRun, unfinishedRun } from '../store/fetch-runs.js';
import { recordOperationalEvents } from '../store/operational-events.js';
import type { Db, Schema } from '../store/schema.js';
import { inTransactionThen } from '../store/transaction.js';
import { jobParts } from './job-parts.js';
import { type PreparedRecord, type RecordCheck, prepareRecords } from './records.js';
import { type Fetched, fetchPage, pageRequest } from './request-page.js';
import { writeRecords } from './write-records.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** A 429 is waited out and the same page asked again this many times at most, each wait at most `MAX_RETRY_AFTER`. */
export const RATE_LIMIT_RETRIES = 3;
export const MAX_RETRY_AFTER = 5 * MINUTE;
/** The wait after a 429 that says nothing of how long. */
const DEFAULT_RETRY_AFTER = 30 * SECOND;

export interface FetchRunnerOptions {
  db: Kysely<Schema>;
  box: SecretBox;
  sender: Pick<AuthorizingSender, 'send'>;
  clock: Clock;
  check: RecordCheck;
  options: FetchOptions;
  /** How often to look for jobs whose time has come. */
  pollInterval: number;
  /** A page committed changes: wake the change processor. */
  changesQueued: () => void;
  /** An operational event was recorded: send it. */
  told?: () => void;
  log?: Pick<Logger, 'error'>;
}

/** Where a run is between pages: its counts so far, where the next page points, the checkpoint its pages advanced to. */
interface Progress extends RunCounts {
  errors: RecordError[];
  position: Position;
  checkpoint: string | null;
}

/** Thrown inside a page's transaction when this process no longer holds the job: the page is not written. */
class LostLease extends Error {}

/**
 * Runs fetch jobs whose time has come, one at a time, each a page at a time. A page's records are
 * written in one transaction with the run's progress (its counts, its next position, the
 * checkpoint), so a process killed mid-run loses nothing and repeats nothing: the next holder of
 * the job resumes at the page after the last one written. The lease (`claimDueJob`) keeps a job to
 * one process; it is renewed before each page, and checked again in the page's transaction.
 */
export class FetchRunner extends LoopRunner {
  /** This process's name on the leases it holds. */
  readonly owner = randomUUID();
  /** When each job last sent a request, for its rate limit. */
  private readonly lastRequest = new Map<number, number>();
  /** Set by `stop()`: a run in progress ends after its current page, for the next process to resume. */
  private stopping = false;

  constructor(private readonly o: FetchRunnerOptions) {
    super({ every: o.pollInterval, failed: 'fetch run failed; will try again', log: o.log });
  }

  protected pass() {
    return this.drain();
  }

  override stop() {
    this.stopping = true;
    return super.stop();
  }

  /** Runs due jobs until none is left, or the runner is stopping. */
  async drain() {
    while (!this.stopping && (await this.runDue()));
  }

  /** Claims and runs one due job; false when none is due. */
  async runDue(): Promise<boolean> {
    const now = this.o.clock.now().getTime();
    const job = await claimDueJob(this.o.db, this.owner, iso(now), iso(now + this.o.options.lease));
    if (!job) return false;
    await this.run(job);
    return true;
  }

  private async run(job: FetchJob) {
    const { db } = this.o;
    const run = (await unfinishedRun(db, job.id)) ?? (await startRun(db, job, this.at()));
    if (run.status !== 'running') return;
    const parts = await jobParts(db, this.o.box, job);
    if (!parts.ok) return this.fail(job, run.id, parts.reason);
    let progress: Progress = { ...run, position: run.position, checkpoint: run.checkpointAfter };
    for (;;) {
      const fetched = await this.request(job, pageRequest(job, parts.connection, progress.position, run.checkpointBefore), parts);
      if (!fetched.ok) return this.fail(job, run.id, fetched.reason);
      const prepared = prepareRecords(fetched.records, parts.transform, job.target, this.o.check);
      const next = nextPosition(job.pagination, progress.position, { records: fetched.records.length, body: fetched.body, link: fetched.link, url: fetched.url }, job.maxPages);
      const checkpoint = advanceCheckpoint(job.checkpoint, progress.checkpoint, { body: fetched.body, records: fetched.records });
      const written = await this.writePage(job, run.id, progress, prepared, next, checkpoint);
      if (!written || 'stop' in next) return;
      // Stopping between pages: the run stays where it is, for the next process to resume.
      if (this.stopping) return letGoOfJob(db, job.id, this.owner);
      progress = { ...written, position: next.next, checkpoint };
    }
  }

  /** The page's request, paced by the job's rate limit, a 429 waited out (by its `Retry-After`) and asked again, a bounded number of times. */
  private async request(job: FetchJob, request: Outbound, { connection }: { connection: Connection }): Promise<Fetched> {
    for (let retries = 0; ; retries++) {
      await this.pace(job);
      await renewLease(this.o.db, job.id, this.owner, iso(this.o.clock.now().getTime() + this.o.options.lease));
      const fetched = await fetchPage(this.o.sender, job, connection, request);
      if (fetched.ok || !fetched.rateLimited || retries >= RATE_LIMIT_RETRIES) return fetched;
      const wait = fetched.retryAfter !== undefined ? fetched.retryAfter * SECOND : DEFAULT_RETRY_AFTER;
      if (wait > MAX_RETRY_AFTER) return { ...fetched, reason: `${fetched.reason} (Retry-After ${wait / SECOND} s is longer than we wait)` };
      // Held through the wait, so no other process takes the job over meanwhile.
      await renewLease(this.o.db, job.id, this.owner, iso(this.o.clock.now().getTime() + wait + this.o.options.lease));
      await this.o.clock.sleep(wait);
    }
  }

  /** Waits until the job's rate limit allows its next request. */
  private async pace(job: FetchJob) {
    const now = this.o.clock.now().getTime();
    const last = this.lastRequest.get(job.id);
    const wait = job.rateLimit && last !== undefined ? last + MINUTE / job.rateLimit - now : 0;
    if (wait > 0) await this.o.clock.sleep(wait);
    this.lastRequest.set(job.id, this.o.clock.now().getTime());
  }

  /**
   * Writes a page's records and the run's progress in one transaction; on the last page the run's
   * end and the job's new checkpoint too. Answers the run's counts, or null when this process lost
   * the job (nothing written).
   */
  private async writePage(job: FetchJob, runId: number, progress: Progress, prepared: PreparedRecord[], next: Next, checkpoint: string | null) {
    const page = progress.pages + 1;
    try {
      return await inTransactionThen(this.o.db, async (trx, after) => {
        const at = this.at();
        if (!(await renewLease(trx, job.id, this.owner, iso(this.o.clock.now().getTime() + this.o.options.lease)))) throw new LostLease();
        const valid = prepared.filter((r) => r.problem === null);
        const outcomes = await writeRecords(trx, job.accountId, job.target, valid.map((r) => r.record), at);
        const counts: RunCounts & { errors: RecordError[] } = { pages: 1, read: prepared.length, created: 0, updated: 0, unchanged: 0, failed: 0, errors: [] };
        const failed = (r: PreparedRecord, message: string) => (counts.failed++, counts.errors.push({ page, index: r.index, code: r.code, message }));
        for (const r of prepared) if (r.problem !== null) failed(r, r.problem);
        outcomes.forEach((o, i) => (o.outcome === 'error' ? failed(valid[i] as PreparedRecord, o.message) : counts[o.outcome]++));
        const total = addPage(progress, counts);
        await recordPage(trx, runId, { ...total, position: 'next' in next ? next.next : progress.position, checkpoint });
        if ('stop' in next) await this.end(trx, job, runId, { status: 'succeeded', reason: next.stop, checkpoint }, at, after);
        if (counts.created + counts.updated > 0) after((committed) => committed && this.o.changesQueued());
        return total;
      });
    } catch (error) {
      if (error instanceof LostLease) return null;
      throw error;
    }
  }

  /** A run that could not go on: failed with its reason; the job backs off, and the account is told once it failed `failuresBeforeAlert` runs in a row. */
  private async fail(job: FetchJob, runId: number, reason: string) {
    await inTransactionThen(this.o.db, (trx, after) => this.end(trx, job, runId, { status: 'failed', reason, checkpoint: job.checkpointValue }, this.at(), after));
  }

  private async end(trx: Db, job: FetchJob, runId: number, end: { status: 'succeeded' | 'failed'; reason: string; checkpoint: string | null }, at: string, after: (call: (committed: boolean) => void) => void) {
    const now = new Date(at);
    const failures = end.status === 'failed' ? job.failures + 1 : 0;
    const scheduled = nextRunAt(job.schedule, now);
    const next = failures > 0 ? retryAt(failures, scheduled, now) : scheduled;
    await finishRun(trx, runId, end, at);
    await releaseJob(trx, job.id, this.owner, { nextRunAt: next.toISOString(), failures, checkpoint: end.checkpoint, runId }, at);
    this.lastRequest.delete(job.id);
    if (failures !== this.o.options.failuresBeforeAlert) return;
    const told = await recordOperationalEvents(trx, [fetchFailing({ accountId: job.accountId, jobId: job.id, name: job.name, runId, failures, reason: end.reason, nextRunAt: next.toISOString() })], at);
    if (told > 0) after((committed) => committed && this.o.told?.());
  }

  private at() {
    return this.o.clock.now().toISOString();
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
