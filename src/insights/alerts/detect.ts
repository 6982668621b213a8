import type { AlertOptions } from '../../config.js';
import type { AlertFinding } from '../../domain/alert.js';
import { FAILURE_CAUSES, type FailureCause } from '../../domain/failure-cause.js';

/** What one connection's deliveries did over a window of time, counted by delivery (a retry is not another failure). */
export interface ConnectionWindow {
  connection: string;
  /** Deliveries attempted in the window... */
  deliveries: number;
  /** ...and those of them delivered in it (the others failed every attempt in it). */
  delivered: number;
  lastFailureAt: string | null;
  lastDeliveredAt: string | null;
  /** Failed attempts by their likely cause. */
  causes: Partial<Record<FailureCause, number>>;
}

/** A failure alert (spike or all failing) opened: what a recurring pattern is found in. */
export interface Opening {
  alertId: number;
  connection: string;
  openedAt: string;
  cause: FailureCause;
}

/** Everything the detector judges one account by. */
export interface AccountStats {
  now: string;
  /** The recent window, per connection. */
  recent: ConnectionWindow[];
  /** The hours before it, for connections with failures in it. */
  baseline: ReadonlyMap<string, Pick<ConnectionWindow, 'deliveries' | 'delivered'>>;
  /** Deliveries stuck in Processing, per connection; `becameStuckAt`: when the newest of them did. */
  stuck: { connection: string; count: number; becameStuckAt: string }[];
  /** Failure alerts opened over the recurring pattern's days. */
  openings: Opening[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Pure: the alerts that should be open for an account, in the monitoring guide's cases. A
 * connection is judged once at least `minFailing` of its deliveries failed in the window (a single
 * failure among successes is normal): all failing when none was delivered; a spike when the share
 * failing is both high and well above the baseline. Each finding names the likely cause that
 * most of the window's failed attempts ran into.
 */
export function detect(s: AccountStats, o: AlertOptions): AlertFinding[] {
  return [...s.recent.flatMap((w) => judgeWindow(w, s.baseline.get(w.connection), o)), ...s.stuck.map(stuckFinding), ...recurring(s.openings, Date.parse(s.now), o.recurring)];
}

function judgeWindow(w: ConnectionWindow, baseline: Pick<ConnectionWindow, 'deliveries' | 'delivered'> | undefined, o: AlertOptions): AlertFinding[] {
  const failing = w.deliveries - w.delivered;
  if (failing < o.minFailing || !w.lastFailureAt) return [];
  const found = { connection: w.connection, cause: dominant(w.causes), latestAt: w.lastFailureAt };
  const rate = failing / w.deliveries;
  const baselineRate = baseline && baseline.deliveries >= o.minBaseline ? (baseline.deliveries - baseline.delivered) / baseline.deliveries : 0;
  const findings: AlertFinding[] = [];
  if (w.delivered === 0) findings.push({ ...found, evidence: { kind: 'all_failing', failing } });
  if (rate >= o.spikeRate && rate >= o.spikeRatio * baselineRate) {
    findings.push({ ...found, evidence: { kind: 'failure_spike', deliveries: w.deliveries, failing, rate, baselineRate } });
  }
  return findings;
}

/** The cause most failed attempts ran into; a tie goes to the one listed first in `FAILURE_CAUSES`. */
function dominant(causes: Partial<Record<FailureCause, number>>): FailureCause {
  const seen = FAILURE_CAUSES.filter((c) => (causes[c] ?? 0) > 0);
  return seen.reduce((best, c) => ((causes[c] ?? 0) > (causes[best] ?? 0) ? c : best), seen[0] ?? 'internal');
}

const stuckFinding = (s: AccountStats['stuck'][number]): AlertFinding => ({
  connection: s.connection,
  cause: 'internal',
  latestAt: s.becameStuckAt,
  evidence: { kind: 'stuck_processing', stuck: s.count },
});

/** Milliseconds since midnight UTC. */
const timeOfDay = (t: number) => ((t % DAY) + DAY) % DAY;
/** How far apart two times of day are, around the clock. */
const apart = (a: number, b: number) => Math.min(Math.abs(a - b), DAY - Math.abs(a - b));

/**
 * "A pattern of failures at the same time every day": failure alerts of one connection opened
 * within `tolerance` of one time of day on at least `days` distinct days of the last `over`. It
 * holds while the pattern goes on: once that time of day passes a day without a recurrence, it
 * has cleared.
 */
export function recurring(openings: readonly Opening[], now: number, o: AlertOptions['recurring']): AlertFinding[] {
  const since = now - o.over * DAY;
  const byConnection = new Map<string, Opening[]>();
  for (const x of openings) if (Date.parse(x.openedAt) >= since) byConnection.set(x.connection, [...(byConnection.get(x.connection) ?? []), x]);
  return [...byConnection].flatMap(([connection, list]) => {
    // Each opening in turn is the anchor; of those found on as many days, the latest names the time of day.
    const best = [...list]
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt))
      .map((anchor) => cluster(anchor, list, o.tolerance))
      .reduce((a, b) => (b.days >= a.days ? b : a));
    if (best.days < o.days || now - best.latest > DAY + o.tolerance) return [];
    return [
      {
        connection,
        cause: mostCommon(best.members.map((m) => m.cause)),
        latestAt: new Date(best.latest).toISOString(),
        evidence: { kind: 'recurring_daily' as const, timeOfDay: hhmm(best.at), days: best.days, over: o.over },
        recurrences: best.members.map((m) => m.alertId),
      },
    ];
  });
}

/** The openings near `anchor`'s time of day, and on how many days they fell (days counted from half a day before it, so midnight splits none). */
function cluster(anchor: Opening, list: readonly Opening[], tolerance: number) {
  const at = timeOfDay(Date.parse(anchor.openedAt));
  const members = list.filter((x) => apart(timeOfDay(Date.parse(x.openedAt)), at) <= tolerance);
  const days = new Set(members.map((x) => Math.floor((Date.parse(x.openedAt) - at + DAY / 2) / DAY)));
  return { at, members, days: days.size, latest: Math.max(...members.map((x) => Date.parse(x.openedAt))) };
}

function mostCommon(causes: FailureCause[]): FailureCause {
  const counts: Partial<Record<FailureCause, number>> = {};
  for (const c of causes) counts[c] = (counts[c] ?? 0) + 1;
  return dominant(counts);
}

const hhmm = (ms: number) => {
  const minutes = Math.floor(ms / MINUTE);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};
