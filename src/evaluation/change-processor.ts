import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { CoalescingLoop } from '../queue/coalescing-loop.js';
import { claimChanges, dequeueChanges, takeProcessingTurn } from '../queue/pending-changes.js';
import type { Dialect } from '../store/database.js';
import type { Db, Schema } from '../store/schema.js';
import { type AfterCommit, inTransactionThen } from '../store/transaction.js';
import type { Evaluator } from './evaluator.js';

export interface ChangeProcessorOptions {
  evaluator: Evaluator;
  batchSize: number;
  /** How often to look for changes written by other processes; this process's own are taken at once. */
  pollInterval: number;
  log?: Pick<Logger, 'error'>;
}

/**
 * Takes pending changes in order and evaluates them, taking them off the queue in the same
 * transaction: a crash at any moment leaves each change either pending (taken again) or fully
 * evaluated, its outcomes recorded and its deliveries queued.
 */
export class ChangeProcessor {
  private readonly loop: CoalescingLoop;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly o: ChangeProcessorOptions,
  ) {
    this.loop = new CoalescingLoop(() => this.drain(), { every: o.pollInterval, failed: 'processing changes failed; will try again', log: o.log });
  }

  start() {
    this.loop.start();
  }

  stop() {
    return this.loop.stop();
  }

  /** Changes were queued: process soon, coalescing bursts into batches. */
  notify() {
    this.loop.ask();
  }

  /** Processes one batch; returns how many changes it took. */
  processBatch(): Promise<number> {
    return inTransactionThen(this.db, (trx, after) => this.processIn(trx, after));
  }

  /** Processes until nothing is left (or the processor stops). */
  async drain() {
    while ((await this.processBatch()) === this.o.batchSize && !this.loop.isStopped);
  }

  private async processIn(trx: Db, after: (call: AfterCommit) => void): Promise<number> {
    if (!(await takeProcessingTurn(trx, this.dialect, 'processor'))) return 0;
    const changes = await claimChanges(trx, this.dialect, this.o.batchSize);
    if (changes.length === 0) return 0;
    after((await this.o.evaluator.evaluate(trx, changes)).afterCommit);
    await dequeueChanges(
      trx,
      changes.map((c) => c.id),
    );
    return changes.length;
  }
}
