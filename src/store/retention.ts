import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { PAYLOAD_EXPIRED } from '../domain/attempt.js';
import type { Dialect, Schema } from './schema.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** An expired request or answer, as stored (JSON text, as the bodies are). */
export const EXPIRED = JSON.stringify(PAYLOAD_EXPIRED);
/**
 * At most this many rows in one statement. A batch is its own short transaction, so a writer
 * waits for one batch (SQLite's write lock, PostgreSQL's row locks), never for the whole prune.
 */
export const RETENTION_BATCH = 1000;

export type RetentionConfig = Pick<Config, 'payloadRetentionDays' | 'historyRetentionDays'>;

export interface PruneOptions {
  /** Rows per statement (tests make it small). */
  batchSize?: number;
  /** Stops the prune between batches (shutdown); what was pruned stays pruned. */
  signal?: AbortSignal;
}

interface Pruned {
  payloadsExpired: number;
  attemptsDeleted: number;
  deliveriesDeleted: number;
  outcomesDeleted: number;
  changesDeleted: number;
  /** Rollup rows of the insights (and registrations last processed) older than the history. */
  rollupsDeleted: number;
  alertsDeleted: number;
  /** Rows of resolved alerts' lists of affected deliveries. */
  affectedListingsDeleted: number;
  eventsDeleted: number;
}

export interface PruneReport extends Pruned {
  /** Transactions run, each statement in them touching at most `batchSize` rows. */
  batches: number;
}

/** One bounded batch: what it pruned; nothing means that kind of work is done. */
type Batch = (db: Kysely<Schema>) => Promise<Partial<Pruned>>;

// Literal, as in the partial indexes (`0012_retention_indexes`): a parameter would not match them.
const FINISHED = sql<boolean>`status in ('delivered', 'failed')`;
const UNEXPIRED = sql<boolean>`(request is null or request <> ${sql.lit(EXPIRED)})`;

/**
 * The dashboard's promises: request and response bodies for 7 days, the rest of the history for
 * 30 (both configurable). Finished work older than that is pruned (resolved alerts and sent or
 * dropped operational events with it); nothing pending is touched.
 */
export async function prune(db: Kysely<Schema>, config: RetentionConfig, now: Date, { batchSize = RETENTION_BATCH, signal }: PruneOptions = {}): Promise<PruneReport> {
  const payloadCutoff = new Date(now.getTime() - config.payloadRetentionDays * DAY).toISOString();
  const historyCutoff = new Date(now.getTime() - config.historyRetentionDays * DAY).toISOString();
  const report: PruneReport = { payloadsExpired: 0, attemptsDeleted: 0, deliveriesDeleted: 0, outcomesDeleted: 0, changesDeleted: 0, rollupsDeleted: 0, alertsDeleted: 0, affectedListingsDeleted: 0, eventsDeleted: 0, batches: 0 };
  const history = [deleteDeliveries, deleteOutcomes, deleteChanges, deleteRollups, deleteAlerts, deleteEvents].map((b) => b(historyCutoff, batchSize));
  const batches = [expirePayloads(payloadCutoff, batchSize), ...history];
  for (const batch of batches) {
    for (let done = false; !done && !signal?.aborted; ) {
      const pruned = await batch(db);
      report.batches++;
      done = true;
      for (const [kind, count] of Object.entries(pruned) as [keyof Pruned, number][]) {
        report[kind] += count;
        if (count > 0) done = false;
      }
    }
  }
  return report;
}

const expirePayloads =
  (cutoff: string, n: number): Batch =>
  async (db) => {
    const oldest = db.selectFrom('attempts').select('id').where('started_at', '<', cutoff).where(UNEXPIRED).orderBy('started_at').limit(n);
    const expired = await db.updateTable('attempts').set({ request: EXPIRED, response: EXPIRED }).where('id', 'in', oldest).executeTakeFirst();
    return { payloadsExpired: Number(expired.numUpdatedRows) };
  };

/**
 * The oldest finished deliveries, at most `n`, with at most `n` of their attempts; a delivery goes
 * once none is left, so a reader never sees one without its attempts. The status and age are
 * checked again on the row deleted: PostgreSQL re-reads a row a retry changed meanwhile.
 */
const deleteDeliveries =
  (cutoff: string, n: number): Batch =>
  (db) =>
    db.transaction().execute(async (trx) => {
      const oldest = () => trx.selectFrom('deliveries').select('id').where(FINISHED).where('updated_at', '<', cutoff).orderBy('updated_at').limit(n);
      const attempts = await trx
        .deleteFrom('attempts')
        .where('id', 'in', trx.selectFrom('attempts').select('id').where('delivery_id', 'in', oldest()).limit(n))
        .executeTakeFirst();
      const deliveries = await trx
        .deleteFrom('deliveries')
        .where('id', 'in', oldest())
        .where(FINISHED)
        .where('updated_at', '<', cutoff)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('attempts').select('id').whereRef('attempts.delivery_id', '=', 'deliveries.id'))))
        .executeTakeFirst();
      return { attemptsDeleted: Number(attempts.numDeletedRows), deliveriesDeleted: Number(deliveries.numDeletedRows) };
    });

const deleteOutcomes =
  (cutoff: string, n: number): Batch =>
  async (db) => {
    const upTo = await lastIdBefore(db, 'flow_outcomes', cutoff);
    const oldest = db.selectFrom('flow_outcomes').select('id').where('id', '<=', upTo).orderBy('id').limit(n);
    const deleted = await db.deleteFrom('flow_outcomes').where('id', 'in', oldest).executeTakeFirst();
    return { outcomesDeleted: Number(deleted.numDeletedRows) };
  };

/** A change still pending, still referred to by a delivery, or a session's latest (the mass action sends it), stays. */
const deleteChanges =
  (cutoff: string, n: number): Batch =>
  async (db) => {
    const upTo = await lastIdBefore(db, 'changes', cutoff);
    const oldest = db
      .selectFrom('changes')
      .select('id')
      .where('id', '<=', upTo)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('pending_changes').select('change_id').whereRef('pending_changes.change_id', '=', 'changes.id'))))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('deliveries').select('id').whereRef('deliveries.change_id', '=', 'changes.id'))))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_sessions').select('id').whereRef('event_sessions.change_id', '=', 'changes.id'))))
      .orderBy('id')
      .limit(n);
    const deleted = await db.deleteFrom('changes').where('id', 'in', oldest).executeTakeFirst();
    return { changesDeleted: Number(deleted.numDeletedRows) };
  };

/** The insights' buckets older than the history (the totals since the start stay), and registrations not processed since. */
const deleteRollups =
  (cutoff: string, n: number): Batch =>
  async (db) => {
    const counts = await db
      .deleteFrom('insight_counts')
      .where(
        sql<boolean>`(account_id, is_test, grain, bucket, metric, flow_id, connection, event_code, dimension) in (${db
          .selectFrom('insight_counts')
          .select(['account_id', 'is_test', 'grain', 'bucket', 'metric', 'flow_id', 'connection', 'event_code', 'dimension'])
          .where('grain', '<>', 'total')
          .where('bucket', '<', cutoff)
          .limit(n)})`,
      )
      .executeTakeFirst();
    const registrations = await db
      .deleteFrom('insight_registrations')
      .where(sql<boolean>`(account_id, is_test, flow_id, registration_code) in (${db.selectFrom('insight_registrations').select(['account_id', 'is_test', 'flow_id', 'registration_code']).where('last_at', '<', cutoff).limit(n)})`)
      .executeTakeFirst();
    return { rollupsDeleted: Number(counts.numDeletedRows) + Number(registrations.numDeletedRows) };
  };

/** Alerts resolved before the cutoff: their lists of affected deliveries first (at most `n` rows), then the alerts left with none. */
const deleteAlerts =
  (cutoff: string, n: number): Batch =>
  (db) =>
    db.transaction().execute(async (trx) => {
      const old = () => trx.selectFrom('alerts').select('id').where('state', '=', 'resolved').where('resolved_at', '<', cutoff);
      const listed = await trx
        .deleteFrom('alert_deliveries')
        .where(sql<boolean>`(alert_id, delivery_id) in (${trx.selectFrom('alert_deliveries').select(['alert_id', 'delivery_id']).where('alert_id', 'in', old()).limit(n)})`)
        .executeTakeFirst();
      const alerts = await trx
        .deleteFrom('alerts')
        .where('id', 'in', old().orderBy('id').limit(n))
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('alert_deliveries').select('delivery_id').whereRef('alert_deliveries.alert_id', '=', 'alerts.id'))))
        .executeTakeFirst();
      return { alertsDeleted: Number(alerts.numDeletedRows), affectedListingsDeleted: Number(listed.numDeletedRows) };
    });

/** Operational events sent or dropped before the cutoff; those still waiting stay. */
const deleteEvents =
  (cutoff: string, n: number): Batch =>
  async (db) => {
    const old = db.selectFrom('operational_events').select('id').where('status', 'in', ['sent', 'dropped']).where('created_at', '<', cutoff).orderBy('id').limit(n);
    const deleted = await db.deleteFrom('operational_events').where('id', 'in', old).executeTakeFirst();
    return { eventsDeleted: Number(deleted.numDeletedRows) };
  };

/**
 * The last id of an append-only log (changes, outcomes) written before `cutoff`. Ids grow with
 * the time they were written at, so a bisection over the primary key finds it (a few dozen point
 * reads) where an index on the time would cost every write one more entry.
 */
async function lastIdBefore(db: Kysely<Schema>, table: 'changes' | 'flow_outcomes', cutoff: string): Promise<number> {
  const top = await db.selectFrom(table).select(({ fn }) => fn.max('id').as('id')).executeTakeFirst();
  let [before, notBefore] = [0, Number(top?.id ?? 0) + 1];
  while (notBefore - before > 1) {
    const mid = Math.floor((before + notBefore) / 2);
    const row = await db.selectFrom(table).select(['id', 'created_at']).where('id', '>=', mid).where('id', '<', notBefore).orderBy('id').limit(1).executeTakeFirst();
    if (row && row.created_at < cutoff) before = row.id;
    else notBefore = mid;
  }
  return before;
}

const FIRST_RUN = 10 * SECOND;
const EVERY = 1 * HOUR;

/** Runs `prune` soon after start and then hourly; a run still going when the next is due is left to finish. */
export function scheduleRetention(db: Kysely<Schema>, config: RetentionConfig, { now, log, dialect }: { now: () => Date; log?: Pick<Logger, 'error'>; dialect?: Dialect }) {
  const stopped = new AbortController();
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await prune(db, config, now(), { signal: stopped.signal });
      if (dialect === 'sqlite') await gatherStatistics(db);
    } catch (error) {
      log?.error({ err: error }, 'retention pruning failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, FIRST_RUN);
  const timer = setInterval(run, EVERY);
  return () => {
    stopped.abort();
    clearTimeout(first);
    clearInterval(timer);
  };
}

/**
 * SQLite plans without statistics unless asked (PostgreSQL's autovacuum gathers its own): without
 * them it reads a registration's records by time instead of by registration. `optimize` analyzes
 * only the tables that grew since it last did, with a bounded effort (SQLite's recommended use).
 */
export async function gatherStatistics(db: Kysely<Schema>) {
  await sql`pragma optimize=0x10002`.execute(db);
}
