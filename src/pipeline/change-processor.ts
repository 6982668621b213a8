import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Dialect } from '../store/database.js';
import type { Db, Schema } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';
import { type ClaimedChange, claimChanges } from './claim-changes.js';
import { ConfigCache } from './config-cache.js';
import { type Evaluation, evaluateChanges } from './evaluate-changes.js';
import { recordOutcomes } from './record-outcomes.js';

export type AfterCommit = (committed: boolean) => void;

const MILLISECOND = 1;
const SECOND = 1000 * MILLISECOND;

export interface ChangeProcessorOptions {
  batchSize?: number;
  /** Shared with the delivery worker, so both keep one copy of each account's configuration. */
  configs?: ConfigCache;
  /** How often to look for changes written by other processes; this process's own are taken at once. */
  pollInterval?: number;
  log?: Pick<Logger, 'error'>;
  /**
   * Called inside the processing transaction with the evaluations (it queues the deliveries);
   * what it answers is called once the transaction ended, with whether it committed.
   */
  onEvaluated?: (trx: Db, evaluations: Evaluation[]) => Promise<AfterCommit>;
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
  private readonly configs: ConfigCache;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly options: ChangeProcessorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollInterval = options.pollInterval ?? 1 * SECOND;
    this.configs = options.configs ?? new ConfigCache();
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
  async processBatch(): Promise<number> {
    // One per try of the transaction (it is tried again on a serialization failure): only the last can have committed.
    const afters: AfterCommit[] = [];
    const settle = (committed: boolean) => afters.forEach((after, i) => after(committed && i === afters.length - 1));
    let taken: number;
    try {
      taken = await inTransaction(this.db, (trx) => this.processIn(trx, afters));
    } catch (error) {
      settle(false);
      throw error;
    }
    settle(true);
    return taken;
  }

  private async processIn(trx: Db, afters: AfterCommit[]): Promise<number> {
    if (!(await takeProcessingTurn(trx, this.dialect))) return 0;
    const changes = await claimChanges(trx, this.dialect, this.batchSize);
    if (changes.length === 0) return 0;
    const evaluations: Evaluation[] = [];
    for (const [accountId, group] of byAccount(changes)) evaluations.push(...(await evaluateChanges(trx, await this.configs.get(trx, accountId, group[0]?.configVersion), group)));
    await recordOutcomes(trx, evaluations);
    const after = await this.options.onEvaluated?.(trx, evaluations);
    if (after) afters.push(after);
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

/**
 * One process evaluates changes at a time (PostgreSQL: a transaction-scoped advisory lock; the
 * others skip, the holder goes on). Deliveries are then queued in change order, which is what
 * keeps one registration's changes in order at its destination, whichever worker sends them.
 */
async function takeProcessingTurn(trx: Db, dialect: Dialect): Promise<boolean> {
  if (dialect !== 'postgres') return true;
  const { rows } = await sql<{ taken: boolean }>`select pg_try_advisory_xact_lock(${PROCESSING_LOCK}, hashtext(current_schema())) as taken`.execute(trx);
  return rows[0]?.taken === true;
}

/** A fixed key naming the change-processing turn; the second key is the schema, so Hookflows sharing a database do not wait on each other. */
const PROCESSING_LOCK = 7_265_001;

function byAccount(changes: ClaimedChange[]) {
  const groups = new Map<number, ClaimedChange[]>();
  for (const c of changes) groups.set(c.accountId, [...(groups.get(c.accountId) ?? []), c]);
  return groups;
}
