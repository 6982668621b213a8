import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock.js';
import { HookflowError } from '../domain/errors.js';
import { LoopRunner } from '../queue/coalescing-loop.js';
import { resubmit } from '../queue/resubmit.js';
import { claimUnfinishedJob, recordBatch, recordBatchFailure, takeItems } from '../store/bulk-resubmits.js';
import type { Dialect } from '../store/database.js';
import type { Schema } from '../store/schema.js';
import { inTransactionThen } from '../store/transaction.js';

export interface BulkResubmitRunnerOptions {
  clock: Clock;
  batchSize: number;
  /** How often to look for jobs created through other processes; this process's own start at once. */
  pollInterval: number;
  /** A batch put deliveries back in the queue (committed): wake the delivery workers. */
  resubmitted: () => void;
  log?: Pick<Logger, 'error'>;
}

/**
 * Works through bulk resubmits a bounded batch at a time, each batch one transaction: its
 * deliveries taken off the job's list, resubmitted, and the progress recorded together, so a crash
 * repeats no batch and loses none. A cancelled job is not taken again. Several processes share the
 * work through the claim (`claimUnfinishedJob`): one job's batch runs in one process at a time.
 */
export class BulkResubmitRunner extends LoopRunner {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly o: BulkResubmitRunnerOptions,
  ) {
    super({ every: o.pollInterval, failed: 'bulk resubmit batch failed; will try again', log: o.log });
  }

  protected pass() {
    return this.drain();
  }

  /** Runs batches until no job has work left. */
  async drain() {
    while (await this.runBatch());
  }

  /** One batch of the oldest unfinished job; false when there is none. A failed batch is counted against its job, then thrown. */
  async runBatch(): Promise<boolean> {
    let jobId: number | undefined;
    try {
      return await inTransactionThen(this.db, async (trx, after) => {
        const job = await claimUnfinishedJob(trx, this.dialect);
        jobId = job?.id;
        if (!job) return false;
        const at = this.o.clock.now().toISOString();
        const ids = await takeItems(trx, job.id, this.o.batchSize);
        const resubmitted = await resubmit(trx, job.account_id, { ids }, at);
        await recordBatch(trx, job.id, { processed: ids.length, resubmitted, done: ids.length < this.o.batchSize }, at);
        if (resubmitted > 0) after((committed) => committed && this.o.resubmitted());
        return true;
      });
    } catch (error) {
      if (jobId !== undefined) await recordBatchFailure(this.db, jobId, shownError(error), this.o.clock.now().toISOString());
      throw error;
    }
  }
}

/** What the job tells people of a failed batch: our own errors say what is wrong; the store's stay in the log (the loop logs them). */
const shownError = (error: unknown) => (error instanceof HookflowError ? error.message : 'internal error; it has been logged');
