import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock.js';
import { replayFinished } from '../domain/operational-event.js';
import { LoopRunner } from '../queue/coalescing-loop.js';
import { toChange } from '../store/changes.js';
import type { Dialect } from '../store/database.js';
import { findFlowById } from '../store/flows.js';
import { replayScope } from '../store/replays.js';
import { recordOperationalEvents } from '../store/operational-events.js';
import type { Row, Schema } from '../store/schema.js';
import { inTransactionThen } from '../store/transaction.js';
import type { Evaluator } from './evaluator.js';

export interface ReplayRunnerOptions {
  evaluator: Evaluator;
  clock: Clock;
  batchSize: number;
  pollInterval: number;
  log?: Pick<Logger, 'error'>;
}

/** What a replay.finished event tells of a replay's row. */
const finished = (r: Row<'replays'> & { status: 'done' | 'failed' }) => ({
  id: r.id,
  accountId: r.account_id,
  status: r.status,
  total: r.total,
  processed: r.processed,
  triggered: r.triggered,
  from: r.from_time,
  to: r.to_time,
  eventCode: r.event_code,
});

/**
 * Works through running replays a batch at a time: each past change is evaluated against the
 * flow as it is now and what it triggers is delivered again. The cursor is saved with each batch,
 * so a replay survives a crash and is never applied twice to a change. Its end is told of
 * (replay.finished), in the transaction of its last batch, to the accounts that asked.
 */
export class ReplayRunner extends LoopRunner {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly o: ReplayRunnerOptions,
  ) {
    super({ every: o.pollInterval, failed: 'replay failed; will try again', log: o.log });
  }

  protected pass() {
    return this.drain();
  }

  /** Runs batches until no replay has work left. */
  async drain() {
    while (await this.runBatch());
  }

  /** One batch of one running replay; false when there is none. */
  runBatch(): Promise<boolean> {
    return inTransactionThen(this.db, async (trx, after) => {
      let q = trx.selectFrom('replays').selectAll().where('status', '=', 'running').orderBy('id').limit(1);
      if (this.dialect === 'postgres') q = q.forUpdate().skipLocked();
      const replay = await q.executeTakeFirst();
      if (!replay) return false;
      const at = this.o.clock.now().toISOString();
      const flow = await findFlowById(trx, replay.account_id, replay.flow_id);
      if (!flow) {
        await trx.updateTable('replays').set({ status: 'failed', updated_at: at }).where('id', '=', replay.id).execute();
        await recordOperationalEvents(trx, [replayFinished({ ...finished({ ...replay, status: 'failed' }), flow: null })], at);
        return true;
      }
      const rows = await replayScope(trx, replay.account_id, flow, replay)
        .selectAll()
        .where('id', '>', replay.cursor)
        .where('id', '<=', replay.last_change_id)
        .orderBy('id')
        .limit(this.o.batchSize)
        .execute();
      const changes = rows.map((row) => ({ ...toChange(row), accountId: row.account_id }));
      const { queued, afterCommit } = await this.o.evaluator.evaluate(trx, changes, flow.id);
      after(afterCommit);
      const updated = await trx
        .updateTable('replays')
        .set((eb) => ({
          processed: eb('processed', '+', rows.length),
          triggered: eb('triggered', '+', queued),
          cursor: rows.at(-1)?.id ?? replay.cursor,
          status: rows.length < this.o.batchSize ? 'done' : 'running',
          updated_at: at,
        }))
        .where('id', '=', replay.id)
        .where('status', '=', 'running')
        .returningAll()
        .executeTakeFirst();
      if (updated?.status === 'done') await recordOperationalEvents(trx, [replayFinished({ ...finished({ ...updated, status: 'done' }), flow: flow.name })], at);
      return true;
    });
  }
}
