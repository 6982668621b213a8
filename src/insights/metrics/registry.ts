import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { BreakerState } from '../../delivery/worker.js';
import type { Clock } from '../../domain/clock.js';
import { ATTEMPT_SECONDS, LATENCY_SECONDS } from '../../domain/insight-counts.js';
import type { Db } from '../../store/schema.js';
import { readClusterFigures } from './cluster-figures.js';
import { PresetHistogram } from './preset-histogram.js';
import { deliveriesFinished, liveHistogram, retries } from './series.js';
import { sharedWhileRunning } from './shared-read.js';

export interface MetricsSources {
  db: Db;
  clock: Clock;
  /** This process's circuit breakers (none where no delivery worker runs). */
  breakers: () => readonly BreakerState[];
}

/**
 * What /metrics shows, as one prom-client Registry per process. Two kinds of figure:
 *
 * - the cluster's (`hookflow_deliveries_total`, `hookflow_delivery_*`, `hookflow_queue_*`,
 *   `hookflow_change_processing_lag_seconds`), read from the shared database at scrape time, so
 *   every process sharing it reports the same values: scrape one, or aggregate with max, not sum;
 * - the process's own: its breakers (each worker keeps its own, as each pauses its own sending)
 *   and prom-client's default process metrics; Prometheus tells the processes apart by `instance`.
 */
export function metricsRegistry({ db, clock, breakers }: MetricsSources): Registry {
  const registry = new Registry();
  const registers = [registry];
  const figures = sharedWhileRunning(() => readClusterFigures(db, clock));
  collectDefaultMetrics({ register: registry });

  new Counter({
    name: 'hookflow_deliveries_total',
    help: 'Deliveries finished: delivered, failed (not retryable) or abandoned (out of retries), with the failure category',
    labelNames: ['mode', 'account', 'connection', 'status', 'category'],
    registers,
    async collect() {
      const series = deliveriesFinished(await figures());
      this.reset();
      for (const s of series) this.inc(s.labels, s.value);
    },
  });
  new Counter({
    name: 'hookflow_delivery_retries_total',
    help: 'Attempts that failed and left their delivery to be retried, by failure category',
    labelNames: ['mode', 'account', 'connection', 'category'],
    registers,
    async collect() {
      const series = retries(await figures());
      this.reset();
      for (const s of series) this.inc(s.labels, s.value);
    },
  });
  const attempts = new PresetHistogram('hookflow_delivery_attempt_duration_seconds', 'How long each attempt to deliver took (Live Flows)', ATTEMPT_SECONDS, async () => [
    liveHistogram(await figures(), { buckets: 'attempt_seconds', msSum: 'attempt_ms_sum' }, ATTEMPT_SECONDS),
  ]);
  const latency = new PresetHistogram('hookflow_delivery_latency_seconds', 'From the change accepted to its delivery delivered (Live Flows)', LATENCY_SECONDS, async () => [
    liveHistogram(await figures(), { buckets: 'latency_seconds', msSum: 'latency_ms_sum' }, LATENCY_SECONDS),
  ]);
  registry.registerMetric(attempts.asMetric());
  registry.registerMetric(latency.asMetric());
  new Gauge({
    name: 'hookflow_queue_deliveries',
    help: 'Deliveries not finished, by status: received and retrying wait, processing are in flight',
    labelNames: ['status'],
    registers,
    async collect() {
      const { queue } = await figures();
      for (const [status, n] of Object.entries(queue)) this.set({ status }, n);
    },
  });
  new Gauge({
    name: 'hookflow_queue_oldest_due_seconds',
    help: 'How long the longest-waiting due delivery (received or retrying) has been due; 0 when none is',
    registers,
    async collect() {
      this.set((await figures()).oldestDueSeconds);
    },
  });
  new Gauge({
    name: 'hookflow_change_processing_lag_seconds',
    help: 'How long the oldest change waiting for the change processor has waited since it was accepted; 0 when none waits',
    registers,
    async collect() {
      this.set((await figures()).changeLagSeconds);
    },
  });
  new Gauge({
    name: 'hookflow_connection_breaker_open',
    help: "This process's circuit breakers for connections failing now: 1 open (paused, probed), 0 failing but still closed",
    labelNames: ['account', 'connection'],
    registers,
    async collect() {
      const { accounts } = await figures();
      this.reset();
      for (const b of breakers()) this.set({ account: accounts.get(b.accountId) ?? String(b.accountId), connection: b.connection }, b.open ? 1 : 0);
    },
  });
  return registry;
}
