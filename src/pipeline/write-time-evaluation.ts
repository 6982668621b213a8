import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { NewChange } from '../domain/changes.js';
import { appendChanges } from '../store/changes.js';
import type { Dialect } from '../store/database.js';
import type { WriteEvaluation } from '../store/registration-writer.js';
import type { Db } from '../store/schema.js';
import type { AfterCommit } from '../store/transaction.js';
import type { ChangeEvaluator } from './change-evaluator.js';
import { PROCESSING_TURN } from './processing-turn.js';

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
    private readonly dialect: Dialect,
    private readonly evaluator: ChangeEvaluator,
    private readonly log?: Pick<Logger, 'error'>,
  ) {}

  ready(): boolean {
    return Date.now() >= this.pausedUntil;
  }

  failed(error: unknown): void {
    this.pausedUntil = Date.now() + PAUSE_MS;
    this.log?.error({ err: error }, 'a write evaluating its changes failed; it is written again with them queued, and writes queue theirs for a second');
  }

  async append(trx: Db, accountId: number, changes: readonly NewChange[], configVersion: number, after: (call: AfterCommit) => void): Promise<boolean> {
    if (changes.length === 0) return true;
    const evaluating = await this.takeTurn(trx);
    const stored = await appendChanges(trx, accountId, changes);
    if (!evaluating) return false;
    const then = await this.evaluator.evaluate(
      trx,
      stored.map((c) => ({ ...c, accountId, configVersion })),
    );
    if (then) after(then);
    // SQLite's trigger queued them regardless (it cannot see the transaction's intent).
    if (this.dialect === 'sqlite') await trx.deleteFrom('pending_changes').where('change_id', 'in', stored.map((c) => c.id)).execute();
    return true;
  }

  /**
   * Called once the data the changes describe is written, so that a concurrent write of the same
   * record has committed by now and its queued change is seen. On PostgreSQL, one statement takes
   * the turn and tells the changes' triggers not to queue (nor announce) what is evaluated here.
   */
  private async takeTurn(trx: Db): Promise<boolean> {
    if (this.dialect === 'sqlite') return (await trx.selectFrom('pending_changes').select('change_id').limit(1).executeTakeFirst()) === undefined;
    const { rows } = await sql`select set_config('hookflow.evaluated', 'on', true) where case when exists (select 1 from pending_changes) then false else ${PROCESSING_TURN} end`.execute(trx);
    return rows.length === 1;
  }
}
