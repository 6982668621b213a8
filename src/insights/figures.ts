import type { Metric } from '../domain/insight-counts.js';
import { bucketRanges, floorTo, seriesStep } from '../domain/period.js';
import { type CountQuery, type CountTotal, countSeries, registrationsSince, sumCounts } from '../store/insight-counts.js';
import type { Db, Dialect } from '../store/schema.js';
import type { InsightQuery } from './insight-query.js';
import { type Figure, type Narrowing, countRecords, countRetryQueue, failureCauses } from './records.js';

interface Store {
  db: Db;
  dialect: Dialect;
}

/** The metrics of attempts, by what they left their delivery as; and those of failed ones, which a category narrows. */
const ATTEMPT_METRICS = ['delivered', 'retried', 'failed', 'abandoned'] as const satisfies readonly Metric[];
const FAILURE_METRICS: readonly Metric[] = ['retried', 'failed', 'abandoned'];
const ACTION_METRICS: readonly Metric[] = ['actions_triggered', ...ATTEMPT_METRICS];

/**
 * The rollup rows metrics sum under the query's filters: an event narrows all; a flow all but the
 * changes recorded (no flow made them); a connection the actions and attempts; a category the failures.
 */
export function countQuery(q: InsightQuery, metrics: readonly Metric[]): CountQuery {
  const all = (set: readonly Metric[]) => metrics.every((m) => set.includes(m));
  return {
    accountId: q.accountId,
    isTest: q.isTest,
    metrics,
    ...(q.eventCode !== undefined ? { eventCode: q.eventCode } : {}),
    ...(q.flowId !== undefined && !metrics.includes('activity') ? { flowId: q.flowId } : {}),
    ...(q.connection !== undefined && all(ACTION_METRICS) ? { connection: q.connection } : {}),
    ...(q.category !== undefined && all(FAILURE_METRICS) ? { dimension: q.category } : {}),
  };
}

const totals = (db: Db, q: InsightQuery, metrics: readonly Metric[]) => sumCounts(db, countQuery(q, metrics), bucketRanges(q.period));

const sum = (rows: readonly CountTotal[], test: (r: CountTotal) => boolean = () => true) => rows.reduce((n, r) => n + (test(r) ? r.count : 0), 0);
const byDimension = (rows: readonly CountTotal[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.dimension] = (out[r.dimension] ?? 0) + r.count;
  return out;
};

/** The Summary tab: what was processed, triggered and delivered over the period. */
export async function summary(store: Store, q: InsightQuery, now: Date) {
  const { db } = store;
  const outcomeMetric: Metric = q.flowId === undefined ? 'changes_processed' : 'outcomes';
  const [processed, outcomes, actions, activity, delivered, finalFailures] = await Promise.all([
    totals(db, q, [outcomeMetric]),
    totals(db, q, ['outcomes']),
    totals(db, q, ['actions_triggered']),
    totals(db, q, ['activity']),
    totals(db, q, ['delivered']),
    totals(db, q, ['failed', 'abandoned']),
  ]);
  const notTriggered = outcomes.filter((r) => r.dimension !== 'triggered');
  return {
    changesProcessed: sum(processed),
    uniqueRegistrations: await uniqueRegistrations(store, q, now),
    actionsTriggered: sum(actions),
    actionsNotTriggered: { total: sum(notTriggered), byReason: byDimension(notTriggered) },
    activeFlows: new Set(outcomes.map((r) => r.flow_id)).size,
    leadsCreated: sum(delivered, (r) => r.dimension === 'created'),
    leadsUpdated: sum(delivered, (r) => r.dimension === 'updated'),
    registrationActivity: { total: sum(activity), byKind: byDimension(activity), series: await series(db, q, ['activity']) },
    processingStatus: { successes: sum(delivered), failures: sum(finalFailures), series: await series(db, q, ['delivered', 'failed', 'abandoned']) },
  };
}

/** The Troubleshooting tab: the retry queue now, and retries and failures over the period, with their likely causes. */
export async function troubleshooting(store: Store, q: InsightQuery) {
  const { db } = store;
  const [retried, failed, abandoned] = await Promise.all([totals(db, q, ['retried']), totals(db, q, ['failed']), totals(db, q, ['abandoned'])]);
  return {
    inRetryQueue: await countRetryQueue(store.db, q),
    totalRetried: sum(retried),
    retriedAbandoned: sum(abandoned),
    validationErrors: sum(failed, (r) => r.dimension === 'validation'),
    retryActivity: await series(db, q, ['retried']),
    retryProcessingCategory: byDimension(retried),
    connectionActivity: await connectionActivity(db, q),
    failureCauses: await failureCauses(store, q),
  };
}

/** Figures that are not sums: registrations counted once however often processed. */
async function uniqueRegistrations(store: Store, q: InsightQuery, now: Date): Promise<number> {
  const upToNow = q.period.to.getTime() > now.getTime();
  if (upToNow && q.eventCode === undefined) return registrationsSince(store.db, q.accountId, q.isTest, q.flowId ?? 0, q.period.from.toISOString());
  return countRecords(store, 'unique_registrations', q, {});
}

export interface Point {
  at: string;
  counts: Record<string, number>;
}

/** A series over the period, on a step that fits it; each point counts each metric (with its dimension, for activity). */
async function series(db: Db, q: InsightQuery, metrics: readonly Metric[], key: (p: { metric: Metric; dimension: string; connection: string }) => string = (p) => p.metric): Promise<Point[]> {
  const { grain, stepMs } = seriesStep(q.period);
  const points = new Map<number, Point>();
  for (let at = q.period.from.getTime(); at < q.period.to.getTime(); at += stepMs) points.set(at, { at: new Date(at).toISOString(), counts: {} });
  const rows = await countSeries(db, countQuery(q, metrics), { grain, from: q.period.from.toISOString(), to: q.period.to.toISOString() });
  const start = q.period.from.getTime();
  for (const r of rows) {
    const point = points.get(start + floorTo(Date.parse(r.bucket) - start, stepMs));
    if (!point) continue;
    const k = key(r);
    point.counts[k] = (point.counts[k] ?? 0) + r.count;
  }
  return [...points.values()];
}

/** Attempts per connection over the period: delivered and failed (retried, failed, abandoned), each a series. */
async function connectionActivity(db: Db, q: InsightQuery) {
  const points = await series(db, q, ATTEMPT_METRICS, (r) => `${r.connection}\u0000${r.metric === 'delivered' ? 'delivered' : 'failed'}`);
  const connections = new Set(points.flatMap((p) => Object.keys(p.counts).map((k) => k.split('\u0000')[0] as string)));
  return [...connections].sort().map((connection) => {
    const of = (p: Point, what: string) => p.counts[`${connection}\u0000${what}`] ?? 0;
    const s = points.map((p) => ({ at: p.at, delivered: of(p, 'delivered'), failed: of(p, 'failed') }));
    return { connection, delivered: s.reduce((n, p) => n + p.delivered, 0), failed: s.reduce((n, p) => n + p.failed, 0), series: s };
  });
}

/** What each figure sums in the rollups: its metrics, and which of their dimensions. */
const FIGURE_COUNTS: Partial<Record<Figure, { metrics: readonly Metric[]; counts?: (dimension: string) => boolean }>> = {
  actions_not_triggered: { metrics: ['outcomes'], counts: (d) => d !== 'triggered' },
  actions_triggered: { metrics: ['actions_triggered'] },
  registration_activity: { metrics: ['activity'] },
  successes: { metrics: ['delivered'] },
  failures: { metrics: ['failed', 'abandoned'] },
  total_retried: { metrics: ['retried'] },
  retried_abandoned: { metrics: ['abandoned'] },
  validation_errors: { metrics: ['failed'], counts: (d) => d === 'validation' },
  leads_created: { metrics: ['delivered'], counts: (d) => d === 'created' },
  leads_updated: { metrics: ['delivered'], counts: (d) => d === 'updated' },
};

/**
 * A figure's count under the filters, as its drill-down heads it: from the rollups where they hold
 * it (the filters and a reason or kind are parts of their keys), by counting its records otherwise.
 */
export async function figureTotal(store: Store, figure: Figure, q: InsightQuery, n: Narrowing, now: Date): Promise<number> {
  const byRecords = n.registrationCode !== undefined || n.search !== undefined || n.cause !== undefined;
  if (figure === 'unique_registrations' && !byRecords) return uniqueRegistrations(store, q, now);
  if (figure === 'in_retry_queue' && !byRecords) return countRetryQueue(store.db, q);
  if (figure === 'changes_processed' && !byRecords) return sum(await totals(store.db, q, [q.flowId === undefined ? 'changes_processed' : 'outcomes']));
  const spec = FIGURE_COUNTS[figure];
  if (!spec || byRecords) return countRecords(store, figure, q, n);
  const part = n.reason ?? n.kind;
  return sum(await totals(store.db, q, spec.metrics), (r) => (spec.counts?.(r.dimension) ?? true) && (part === undefined || r.dimension === part));
}
