import type { AttemptReport, AttemptResult } from './attempt.js';
import type { ChangeKind } from './change-kinds.js';

/**
 * What the insights count, as work is recorded (Convoy's dashboard scans history and falls over at
 * scale; these are kept as the work happens instead). Each count is a number of records a
 * drill-down lists, bucketed by that record's own time:
 *
 * - outcomes: a flow's decision about a change (flow_outcomes, by created_at); dimension
 *   'triggered' or why not. Live/Test mismatches are not counted: that flow did not process it.
 * - changes_processed: changes some flow processed (the same outcomes, one per change and evaluation).
 * - actions_triggered: deliveries queued by triggered outcomes, per connection.
 * - activity: changes recorded, by kind ("Registration Activity"), at the change's created_at.
 * - delivered / retried / failed / abandoned: attempts by what they left their delivery as
 *   (attempts, by started_at); delivered's dimension is the lead ('created', 'updated' or ''),
 *   the others' the failure category.
 * - attempt_seconds, latency_seconds (and their _ms_sum): histograms, in the total only, for /metrics.
 */
export const METRICS = [
  'outcomes',
  'changes_processed',
  'actions_triggered',
  'activity',
  'delivered',
  'retried',
  'failed',
  'abandoned',
  'attempt_seconds',
  'attempt_ms_sum',
  'latency_seconds',
  'latency_ms_sum',
] as const;
export type Metric = (typeof METRICS)[number];

/** Metrics kept only as totals since the start (`grain` total). */
export const TOTAL_ONLY: ReadonlySet<Metric> = new Set(['attempt_seconds', 'attempt_ms_sum', 'latency_seconds', 'latency_ms_sum']);

export interface Increment {
  accountId: number;
  isTest: boolean;
  /** The counted record's time. */
  at: string;
  metric: Metric;
  flowId?: number;
  connection?: string;
  eventCode?: string;
  dimension?: string;
  by?: number;
}

/** Histogram bounds, in seconds (Prometheus `le`). */
export const ATTEMPT_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const;
export const LATENCY_SECONDS = [0.1, 0.5, 1, 2.5, 5, 15, 60, 300, 900, 3600] as const;

/** The bucket a value falls in: the first bound not below it, or +Inf. */
export const boundOf = (bounds: readonly number[], seconds: number) => String(bounds.find((b) => seconds <= b) ?? '+Inf');

export interface OutcomeCounted {
  accountId: number;
  isTest: boolean;
  eventCode: string;
  flowId: number;
  changeId: number;
  /** A flow's outcome (flows/flow.ts), as much of it as is counted. */
  outcome: { triggered: true } | { triggered: false; reason: string };
  /** The connection of each action queued. */
  connections: readonly string[];
}

/** What one evaluation adds: each flow's outcome, each change processed once, each action triggered. */
export function outcomeIncrements(outcomes: readonly OutcomeCounted[], at: string): Increment[] {
  const counted = outcomes.filter((o) => o.outcome.triggered || o.outcome.reason !== 'live_test_mismatch');
  const increments: Increment[] = [];
  const changes = new Set<number>();
  for (const o of counted) {
    const common = { accountId: o.accountId, isTest: o.isTest, at, eventCode: o.eventCode };
    increments.push({ ...common, metric: 'outcomes', flowId: o.flowId, dimension: o.outcome.triggered ? 'triggered' : o.outcome.reason });
    if (!changes.has(o.changeId)) increments.push({ ...common, metric: 'changes_processed' });
    changes.add(o.changeId);
    if (o.outcome.triggered) for (const connection of o.connections) increments.push({ ...common, metric: 'actions_triggered', flowId: o.flowId, connection });
  }
  return increments;
}

export const activityIncrement = (c: { accountId: number; isTest: boolean; eventCode: string; kind: ChangeKind; createdAt: string }): Increment => ({
  accountId: c.accountId,
  isTest: c.isTest,
  at: c.createdAt,
  metric: 'activity',
  eventCode: c.eventCode,
  dimension: c.kind,
});

const RESULT_METRIC = { delivered: 'delivered', retrying: 'retried', failed: 'failed', abandoned: 'abandoned' } as const satisfies Record<AttemptResult, Metric>;

export interface AttemptCounted {
  delivery: { accountId: number; isTest: boolean; eventCode: string; flowId: number; connection: string; receivedAt: string };
  report: AttemptReport;
  result: AttemptResult;
}

/** What one finished attempt adds: its result, its duration, and for a delivery its latency since the change was accepted. */
export function attemptIncrements({ delivery: d, report, result }: AttemptCounted, finishedAt: string): Increment[] {
  const common = { accountId: d.accountId, isTest: d.isTest, eventCode: d.eventCode, flowId: d.flowId, connection: d.connection };
  const at = report.record.startedAt;
  const seconds = report.record.durationMs / 1000;
  const dimension = report.outcome === 'delivered' ? (report.lead ?? '') : report.failure.category;
  const increments: Increment[] = [
    { ...common, at, metric: RESULT_METRIC[result], dimension },
    { ...common, at, metric: 'attempt_seconds', dimension: boundOf(ATTEMPT_SECONDS, seconds) },
    { ...common, at, metric: 'attempt_ms_sum', by: report.record.durationMs },
  ];
  if (result === 'delivered') {
    const latencyMs = Math.max(0, Date.parse(finishedAt) - Date.parse(d.receivedAt));
    increments.push({ ...common, at, metric: 'latency_seconds', dimension: boundOf(LATENCY_SECONDS, latencyMs / 1000) });
    increments.push({ ...common, at, metric: 'latency_ms_sum', by: latencyMs });
  }
  return increments;
}
