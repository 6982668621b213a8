import type { Metric } from '../../domain/insight-counts.js';
import type { AccountTotal } from '../../store/insight-counts.js';
import type { ClusterFigures } from './cluster-figures.js';
import type { PresetSeries } from './preset-histogram.js';

/**
 * The rollups' totals as Prometheus series (pure). Labels are bounded by configuration, never by
 * the data: the mode (Live or Test Flows), the account's code, the connection's name, a status
 * and a failure category. No registration, event or flow: those are what the insights drill into.
 */
export interface CounterSeries {
  labels: Record<string, string>;
  value: number;
}

const modeOf = (t: AccountTotal) => (t.is_test ? 'test' : 'live');

const connectionLabels = (f: ClusterFigures, t: AccountTotal) => ({ mode: modeOf(t), account: f.accounts.get(t.account_id) ?? String(t.account_id), connection: t.connection });

/** The statuses, named as the rollups' metrics: attempts that left their delivery delivered, failed (not retryable) or abandoned (out of retries). */
const FINISHED: ReadonlySet<Metric> = new Set(['delivered', 'failed', 'abandoned']);

/** Deliveries finished, by status, and by failure category for those that failed. */
export function deliveriesFinished(f: ClusterFigures): CounterSeries[] {
  return f.totals.flatMap((t) => {
    if (!FINISHED.has(t.metric)) return [];
    const status = t.metric;
    // A delivery's dimension is the lead it left (created, updated): summed, not a label.
    return [{ labels: { ...connectionLabels(f, t), status, ...(status === 'delivered' ? {} : { category: t.dimension }) }, value: t.count }];
  });
}

/** Attempts that left their delivery to be retried, by failure category. */
export function retries(f: ClusterFigures): CounterSeries[] {
  return f.totals.filter((t) => t.metric === 'retried').map((t) => ({ labels: { ...connectionLabels(f, t), category: t.dimension }, value: t.count }));
}

/**
 * A histogram of the Live Flows' work from its rollups: counts per bucket (the dimension is the
 * bucket's bound, as `boundOf` writes it) and the sum, kept in milliseconds. Test Flows' attempts
 * (test data, often to test targets) stay out of it, so that they never skew what a latency
 * objective is measured on; the counters show them, by `mode`.
 */
export function liveHistogram(f: ClusterFigures, metrics: { buckets: Metric; msSum: Metric }, bounds: readonly number[]): PresetSeries {
  const les = [...bounds.map(String), '+Inf'];
  const counts = les.map(() => 0);
  let ms = 0;
  for (const t of f.totals) {
    if (t.is_test) continue;
    const i = les.indexOf(t.dimension);
    if (t.metric === metrics.msSum) ms += t.count;
    else if (t.metric === metrics.buckets && i >= 0) counts[i] = (counts[i] ?? 0) + t.count;
  }
  return { labels: {}, counts, sum: ms / 1000 };
}
