import type { Logger } from 'pino';
import type { Clock } from '../domain/clock.js';
import type { NewChange } from '../domain/changes.js';
import { dequeueChanges, takeProcessingTurn } from '../queue/pending-changes.js';
import { appendChanges } from '../store/changes.js';
import type { Dialect } from '../store/database.js';
import type { WriteEvaluation } from '../store/registration-writer.js';
import type { Db } from '../store/schema.js';
import type { AfterCommit } from '../store/transaction.js';
import type { Evaluator } from './evaluator.js';

/** How long evaluation at write stays off after it failed (the writes go through the queue meanwhile). */
const PAUSE_MS = 1000;

/**
 * Evaluates a write's changes in the transaction that writes them: they never wait in the pending
 * queue nor cost a transaction of their own, and what they trigger is queued the moment the write
 * commits. It may only when this process holds the processing turn and nothing written earlier
 * still waits in the queue; otherwise the changes are queued as usual and the change processor
 * takes them in order, so one record's deliveries keep the order of its changes either way.
 */
export class WriteTimeEvaluation implements WriteEvaluation {
  private pausedUntil = 0;

  constructor(
    private readonly o: { dialect: Dialect; evaluator: Evaluator; clock: Clock; log?: Pick<Logger, 'error'> },
  ) {}

  ready(): boolean {
    return this.o.clock.now().getTime() >= this.pausedUntil;
  }

  failed(error: unknown): void {
    this.pausedUntil = this.o.clock.now().getTime() + PAUSE_MS;
    this.o.log?.error({ err: error }, 'a write evaluating its changes failed; it is written again with them queued, and writes queue theirs for a second');
  }

  /**
   * The turn is taken once the data the changes describe is written, so that a concurrent write
   * of the same record has committed by now and its queued change is seen.
   */
  async append(trx: Db, accountId: number, changes: readonly NewChange[], at: string, configVersion: number, after: (call: AfterCommit) => void): Promise<boolean> {
    if (changes.length === 0) return true;
    const evaluating = await takeProcessingTurn(trx, this.o.dialect, 'writer');
    const stored = await appendChanges(trx, accountId, changes, at);
    if (!evaluating) return false;
    const evaluated = await this.o.evaluator.evaluate(
      trx,
      stored.map((c) => ({ ...c, accountId, configVersion })),
    );
    after(evaluated.afterCommit);
    // SQLite's trigger queued them regardless (it cannot see the transaction's intent).
    if (this.o.dialect === 'sqlite') {
      await dequeueChanges(
        trx,
        stored.map((c) => c.id),
      );
    }
    return true;
  }
}
