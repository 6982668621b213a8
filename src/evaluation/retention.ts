import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Schema } from '../store/schema.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** What an expired body reads as: a clear word, never an empty body that looks like a real one. */
export const EXPIRED = JSON.stringify('expired');

export type RetentionConfig = Pick<Config, 'payloadRetentionDays' | 'historyRetentionDays'>;

/**
 * The dashboard's promises: request and response bodies for 7 days, the rest of the history for
 * 30 (both configurable). Finished work older than that is pruned; nothing pending is touched.
 */
export async function prune(db: Kysely<Schema>, config: RetentionConfig, now: Date) {
  const payloadCutoff = new Date(now.getTime() - config.payloadRetentionDays * DAY).toISOString();
  const historyCutoff = new Date(now.getTime() - config.historyRetentionDays * DAY).toISOString();
  const expired = await db
    .updateTable('attempts')
    .set({ request: EXPIRED, response: EXPIRED })
    .where('started_at', '<', payloadCutoff)
    .where((eb) => eb.or([eb('request', 'is', null), eb('request', '!=', EXPIRED)]))
    .executeTakeFirst();
  const finished = db
    .selectFrom('deliveries')
    .select('id')
    .where('status', 'in', ['delivered', 'failed'])
    .where('updated_at', '<', historyCutoff);
  const attempts = await db.deleteFrom('attempts').where('delivery_id', 'in', finished).executeTakeFirst();
  const deliveries = await db.deleteFrom('deliveries').where('status', 'in', ['delivered', 'failed']).where('updated_at', '<', historyCutoff).executeTakeFirst();
  const outcomes = await db.deleteFrom('flow_outcomes').where('created_at', '<', historyCutoff).executeTakeFirst();
  const changes = await db
    .deleteFrom('changes')
    .where('created_at', '<', historyCutoff)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('pending_changes').select('change_id').whereRef('pending_changes.change_id', '=', 'changes.id'))))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('deliveries').select('id').whereRef('deliveries.change_id', '=', 'changes.id'))))
    .executeTakeFirst();
  return {
    payloadsExpired: Number(expired.numUpdatedRows),
    attemptsDeleted: Number(attempts.numDeletedRows),
    deliveriesDeleted: Number(deliveries.numDeletedRows),
    outcomesDeleted: Number(outcomes.numDeletedRows),
    changesDeleted: Number(changes.numDeletedRows),
  };
}

/** Runs `prune` at start and then hourly. */
export function scheduleRetention(db: Kysely<Schema>, config: RetentionConfig, log?: Pick<Logger, 'error'>) {
  const run = () => prune(db, config, new Date()).catch((error) => log?.error({ err: error }, 'retention pruning failed'));
  const first = setTimeout(run, 10 * 1000);
  const timer = setInterval(run, 1 * HOUR);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
