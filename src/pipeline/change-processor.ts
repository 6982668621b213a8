import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Dialect } from '../store/database.js';
import type { Db, Schema } from '../store/schema.js';
import { type AfterCommit, inTransactionThen } from '../store/transaction.js';
import { ChangeEvaluator } from './change-evaluator.js';
import { claimChanges } from './claim-changes.js';
import { takeProcessingTurn } from './processing-turn.js';

const MILLISECOND = 1;
const SECOND = 1000 * MILLISECOND;

export interface ChangeProcessorOptions {
  batchSize?: number;
  /** Evaluates and queues what the changes trigger (shared with the writer, which evaluates at write when it can). */
  evaluator?: ChangeEvaluator;
  /** How often to look for changes written by other processes; this process's own are taken at once. */
  pollInterval?: number;
  log?: Pick<Logger, 'error'>;
}

/**
 * Takes changes off the log, evaluates every flow that watches them, and records one outcome per
 * flow, marking the changes processed in the same transaction: a crash at any moment leaves
 * each change either untouched (taken again) or fully processed.
 */
export class ChangeProcessor {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly batchSize: number;
  private readonly pollInterval: number;
  private readonly evaluator: ChangeEvaluator;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly options: ChangeProcessorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollInterval = options.pollInterval ?? 1 * SECOND;
    this.evaluator = options.evaluator ?? new ChangeEvaluator();
  }

  start() {
    this.stopped = false;
    this.timer = setInterval(() => this.notify(), this.pollInterval);
    this.notify();
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** A write committed: process soon, coalescing bursts into batches. */
  notify() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop() {
    do {
      this.again = false;
      try {
        while ((await this.processBatch()) === this.batchSize && !this.stopped);
      } catch (error) {
        this.options.log?.error({ err: error }, 'processing changes failed; will try again');
      }
    } while (this.again && !this.stopped);
  }

  /** Processes one batch; returns how many changes it took. */
  processBatch(): Promise<number> {
    return inTransactionThen(this.db, (trx, after) => this.processIn(trx, after));
  }

  private async processIn(trx: Db, after: (call: AfterCommit) => void): Promise<number> {
    if (!(await takeProcessingTurn(trx, this.dialect))) return 0;
    const changes = await claimChanges(trx, this.dialect, this.batchSize);
    if (changes.length === 0) return 0;
    const then = await this.evaluator.evaluate(trx, changes);
    if (then) after(then);
    await trx
      .deleteFrom('pending_changes')
      .where('change_id', 'in', changes.map((c) => c.id))
      .execute();
    return changes.length;
  }

  /** Processes until nothing is left (for tests and replays). */
  async drain() {
    while ((await this.processBatch()) > 0);
  }
}
