import { sql } from 'kysely';
import { type Increment, type Metric, TOTAL_ONLY } from '../domain/insight-counts.js';
import { type BucketRange, GRAINS, type Grain, bucketOf } from '../domain/period.js';
import { chunks } from './json.js';
import type { CountRow, Db } from './schema.js';
const KEY = ['account_id', 'is_test', 'grain', 'bucket', 'metric', 'flow_id', 'connection', 'event_code', 'dimension'] as const;

/** At most this many rows in one statement (10 parameters each: well within both stores' limits). */
export const COUNTS_PER_STATEMENT = 2000;

/**
 * Adds increments to the rollups, in every grain: summed in memory first (one row per key), and
 * written in key order, so that concurrent writers on PostgreSQL lock rows in the same order and
 * never deadlock.
 */
export async function addCounts(db: Db, increments: readonly Increment[]) {
  for (const batch of chunks(summed(increments), COUNTS_PER_STATEMENT)) await upsertCounts(db, batch).execute();
}

/** The upsert of `increments`, not yet run (PostgreSQL folds it into a larger statement). */
export function upsertCounts(db: Db, rows: readonly CountRow[]) {
  return db
    .insertInto('insight_counts')
    .values(rows)
    .onConflict((oc) => oc.columns([...KEY]).doUpdateSet({ count: sql<number>`insight_counts.count + excluded.count` }));
}

export function summed(increments: readonly Increment[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const i of increments) {
    for (const grain of grainsOf(i)) {
      const row: CountRow = {
        account_id: i.accountId,
        is_test: i.isTest ? 1 : 0,
        grain,
        bucket: bucketOf(grain, i.at),
        metric: i.metric,
        flow_id: i.flowId ?? 0,
        connection: i.connection ?? '',
        event_code: i.eventCode ?? '',
        dimension: i.dimension ?? '',
        count: i.by ?? 1,
      };
      const key = KEY.map((k) => row[k]).join('\u0000');
      const seen = rows.get(key);
      if (seen) seen.count += row.count;
      else rows.set(key, row);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

const grainsOf = (i: Increment): readonly Grain[] => (TOTAL_ONLY.has(i.metric) ? ['total'] : GRAINS);

/**
 * When each registration was last processed: Unique Registrations for a period that runs up to
 * now is then the registrations processed since its start, exactly, from an index.
 */
export async function touchRegistrations(db: Db, touched: readonly { accountId: number; isTest: boolean; flowId: number; code: string }[], at: string) {
  const unique = new Map(touched.flatMap((t) => [0, t.flowId].map((flowId) => [`${t.accountId}/${t.isTest}/${flowId}/${t.code}`, { ...t, flowId }] as const)));
  const rows = [...unique.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, t]) => ({ account_id: t.accountId, is_test: t.isTest ? 1 : 0, flow_id: t.flowId, registration_code: t.code, last_at: at }));
  for (const batch of chunks(rows, COUNTS_PER_STATEMENT)) {
    await db
      .insertInto('insight_registrations')
      .values(batch)
      .onConflict((oc) => oc.columns(['account_id', 'is_test', 'flow_id', 'registration_code']).doUpdateSet({ last_at: sql<string>`case when excluded.last_at > insight_registrations.last_at then excluded.last_at else insight_registrations.last_at end` }))
      .execute();
  }
}

/** Which rollup rows a figure sums: its metrics, and the filters that apply to it. */
export interface CountQuery {
  accountId: number;
  isTest: boolean;
  metrics: readonly Metric[];
  flowId?: number;
  connection?: string;
  eventCode?: string;
  dimension?: string;
}

export interface CountTotal {
  metric: Metric;
  dimension: string;
  flow_id: number;
  connection: string;
  count: number;
}

/**
 * The rollups summed over a period's bucket ranges, per metric, dimension, flow and connection: a
 * query per range (each a range of the primary key: its grain, then its buckets), summed here.
 */
export async function sumCounts(db: Db, q: CountQuery, ranges: readonly BucketRange[]): Promise<CountTotal[]> {
  if (q.metrics.length === 0) return [];
  const totals = new Map<string, CountTotal>();
  for (const r of ranges) {
    const rows = await within(db, q, r)
      .select(['metric', 'dimension', 'flow_id', 'connection', sql<number>`sum(count)`.as('count')])
      .groupBy(['metric', 'dimension', 'flow_id', 'connection'])
      .execute();
    for (const row of rows) {
      const key = `${row.metric}\u0000${row.dimension}\u0000${row.flow_id}\u0000${row.connection}`;
      const seen = totals.get(key);
      if (seen) seen.count += Number(row.count);
      else totals.set(key, { ...row, metric: row.metric as Metric, count: Number(row.count) });
    }
  }
  return [...totals.values()];
}

export interface SeriesPoint {
  bucket: string;
  metric: Metric;
  dimension: string;
  connection: string;
  count: number;
}

/** The rollups of one grain, bucket by bucket, over a period. */
export async function countSeries(db: Db, q: CountQuery, range: BucketRange): Promise<SeriesPoint[]> {
  if (q.metrics.length === 0) return [];
  const rows = await within(db, q, range)
    .select(['bucket', 'metric', 'dimension', 'connection', sql<number>`sum(count)`.as('count')])
    .groupBy(['bucket', 'metric', 'dimension', 'connection'])
    .execute();
  return rows.map((r) => ({ ...r, metric: r.metric as Metric, count: Number(r.count) }));
}

export interface AccountTotal {
  account_id: number;
  is_test: number;
  metric: Metric;
  dimension: string;
  connection: string;
  count: number;
}

/**
 * Accounts' totals since the start, per metric, mode, dimension and connection (for /metrics):
 * ranges of the primary key (account, mode, the total's grain and bucket, metric), never the
 * buckets' history, however long it grows.
 */
export async function totalsOf(db: Db, accountIds: readonly number[], metrics: readonly Metric[]): Promise<AccountTotal[]> {
  if (metrics.length === 0) return [];
  const totals: AccountTotal[] = [];
  for (const accounts of chunks(accountIds, COUNTS_PER_STATEMENT)) {
    const rows = await db
      .selectFrom('insight_counts')
      .where('account_id', 'in', accounts)
      .where('is_test', 'in', [0, 1])
      .where('grain', '=', 'total')
      .where('bucket', '=', bucketOf('total', ''))
      .where('metric', 'in', [...metrics])
      .select(['account_id', 'is_test', 'metric', 'dimension', 'connection', sql<number>`sum(count)`.as('count')])
      .groupBy(['account_id', 'is_test', 'metric', 'dimension', 'connection'])
      .execute();
    for (const r of rows) totals.push({ ...r, metric: r.metric as Metric, count: Number(r.count) });
  }
  return totals;
}

/** The rows of a query in one range of buckets: a range of the primary key (account, mode, grain, bucket). */
function within(db: Db, q: CountQuery, range: BucketRange) {
  let query = db
    .selectFrom('insight_counts')
    .where('account_id', '=', q.accountId)
    .where('is_test', '=', q.isTest ? 1 : 0)
    .where('grain', '=', range.grain)
    .where('bucket', '>=', range.from)
    .where('bucket', '<', range.to)
    .where('metric', 'in', [...q.metrics]);
  if (q.flowId !== undefined) query = query.where('flow_id', '=', q.flowId);
  if (q.connection !== undefined) query = query.where('connection', '=', q.connection);
  if (q.eventCode !== undefined) query = query.where('event_code', '=', q.eventCode);
  if (q.dimension !== undefined) query = query.where('dimension', '=', q.dimension);
  return query;
}

/** Registrations processed (by one flow, or any: 0) since `from` (a period running up to now), exactly. */
export async function registrationsSince(db: Db, accountId: number, isTest: boolean, flowId: number, from: string): Promise<number> {
  const row = await db
    .selectFrom('insight_registrations')
    .where('account_id', '=', accountId)
    .where('is_test', '=', isTest ? 1 : 0)
    .where('flow_id', '=', flowId)
    .where('last_at', '>=', from)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
