import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { evaluateFlow } from '../flows/evaluate.js';
import type { Dialect } from '../store/database.js';
import { toChange } from '../store/changes.js';
import { now } from '../store/json.js';
import { replayScope } from '../store/replays.js';
import type { Schema } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';
import { AccountConfig } from './account-config.js';
import type { ClaimedChange } from './claim-changes.js';
import { enqueueTriggered } from './enqueue.js';
import { type Evaluation, situationOf } from './evaluate-changes.js';
import { recordOutcomes } from './record-outcomes.js';

const SECOND = 1000;

/**
 * Works through running replays a batch at a time: each past change is evaluated against the
 * flow as it is now and what it triggers is delivered again. The cursor is saved with each batch,
 * so a replay survives a crash and is never applied twice to a change.
 */
export class ReplayRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly options: { batchSize?: number; interval?: number; log?: Pick<Logger, 'error'>; onBatch?: () => void } = {},
  ) {}

  start() {
    this.timer = setInterval(() => this.tick(), this.options.interval ?? 0.5 * SECOND);
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  tick() {
    if (this.running) return;
    this.running = this.drain()
      .catch((error) => this.options.log?.error({ err: error }, 'replay failed; will try again'))
      .finally(() => {
        this.running = null;
      });
  }

  /** Runs batches until no replay has work left. */
  async drain() {
    while (await this.runBatch());
  }

  /** One batch of one running replay; false when there is none. */
  async runBatch(): Promise<boolean> {
    const worked = await inTransaction(this.db, async (trx) => {
      let q = trx.selectFrom('replays').selectAll().where('status', '=', 'running').orderBy('id').limit(1);
      if (this.dialect === 'postgres') q = q.forUpdate().skipLocked();
      const replay = await q.executeTakeFirst();
      if (!replay) return false;
      const config = await AccountConfig.load(trx, replay.account_id);
      const flow = config.flows.find((f) => f.id === replay.flow_id);
      const at = now();
      if (!flow) {
        await trx.updateTable('replays').set({ status: 'failed', updated_at: at }).where('id', '=', replay.id).execute();
        return true;
      }
      const limit = this.options.batchSize ?? 500;
      const rows = await replayScope(trx, replay.account_id, flow, replay)
        .selectAll()
        .where('id', '>', replay.cursor)
        .where('id', '<=', replay.last_change_id)
        .orderBy('id')
        .limit(limit)
        .execute();
      const evaluations: Evaluation[] = [];
      for (const row of rows) {
        const change: ClaimedChange = { ...toChange(row), accountId: row.account_id };
        const situation = await situationOf(trx, config, change);
        if (situation) evaluations.push({ change, flow, outcome: evaluateFlow(flow, situation) });
      }
      await recordOutcomes(trx, evaluations);
      const { queued: triggered } = await enqueueTriggered(trx, evaluations);
      await trx
        .updateTable('replays')
        .set((eb) => ({
          processed: eb('processed', '+', rows.length),
          triggered: eb('triggered', '+', triggered),
          cursor: rows.at(-1)?.id ?? replay.cursor,
          status: rows.length < limit ? 'done' : 'running',
          updated_at: at,
        }))
        .where('id', '=', replay.id)
        .where('status', '=', 'running')
        .execute();
      return true;
    });
    if (worked) this.options.onBatch?.();
    return worked;
  }
}
