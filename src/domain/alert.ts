import { CAUSE_ADVICE, type FailureCause } from './failure-cause.js';

/**
 * An alert: a pattern of trouble on one connection that is worth a person's look, opened by
 * Hookflow itself (Hookdeck calls them issues), in the monitoring guide's cases:
 * - failure_spike: "a spike in failures" against the connection's recent baseline;
 * - all_failing: "all events failing": no delivery to the connection gets through;
 * - stuck_processing: "events stuck in Processing for more than 15 minutes";
 * - recurring_daily: "a pattern of failures at the same time every day".
 * At most one alert per connection and kind is unresolved at a time.
 */
export const ALERT_KINDS = ['failure_spike', 'all_failing', 'stuck_processing', 'recurring_daily'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Open until someone acknowledges it (they are on it); resolved when its cause clears, or by a person. */
export const ALERT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** Who resolved an alert: its cause cleared (Hookflow saw it), or a person said so. */
export type ResolvedBy = 'cleared' | 'person';

/** What the detector saw, by kind: the figures the alert's words quote. */
export type AlertEvidence =
  | { kind: 'failure_spike'; deliveries: number; failing: number; rate: number; baselineRate: number }
  | { kind: 'all_failing'; failing: number }
  | { kind: 'stuck_processing'; stuck: number }
  | { kind: 'recurring_daily'; timeOfDay: string; days: number; over: number };

/**
 * A condition that holds now on one connection: an alert of its kind (`evidence.kind`) should be
 * open. `latestAt` is its newest evidence (the last failure, the last delivery to become stuck, the
 * last recurrence): a finding no newer than an alert's resolution was that alert's, and does not
 * open another.
 */
export interface AlertFinding {
  connection: string;
  cause: FailureCause;
  latestAt: string;
  evidence: AlertEvidence;
  /** A recurring pattern's: the alerts it recurred as (their deliveries are its). */
  recurrences?: number[];
}

interface AlertOf<S extends AlertState> {
  id: number;
  accountId: number;
  kind: AlertKind;
  connection: string;
  cause: FailureCause;
  state: S;
  evidence: AlertEvidence;
  openedAt: string;
  /** The latest evidence of its cause: the last failure, the newest stuck delivery, the last recurrence. */
  lastSeenAt: string;
  /** Deliveries it lists as affected. */
  affected: number;
  acknowledgedAt: string | null;
}

export type UnresolvedAlert = AlertOf<'open'> | AlertOf<'acknowledged'>;
export type ResolvedAlert = AlertOf<'resolved'> & { resolvedAt: string; resolvedBy: ResolvedBy };
export type Alert = UnresolvedAlert | ResolvedAlert;

export interface AlertWords {
  title: string;
  likely: string;
  whatToDo: string;
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** The alert in plain words: what is happening, its likely cause and what to do (the guide's, per cause). */
export function alertWords(a: Pick<Alert, 'connection' | 'cause' | 'evidence'>): AlertWords {
  const e = a.evidence;
  const advice = CAUSE_ADVICE[a.cause];
  switch (e.kind) {
    case 'failure_spike':
      return {
        title: `Failures to '${a.connection}' spiked: ${e.failing} of ${e.deliveries} deliveries (${percent(e.rate)}) against ${percent(e.baselineRate)} before.`,
        ...advice,
      };
    case 'all_failing':
      return { title: `Every delivery to '${a.connection}' is failing (${e.failing} in a row, none delivered).`, ...advice };
    case 'stuck_processing':
      return {
        title: `${e.stuck} ${e.stuck === 1 ? 'delivery has' : 'deliveries have'} been Processing for '${a.connection}' for more than 15 minutes.`,
        likely: 'Hookflow itself is having an issue: a worker stopped, or holds deliveries it no longer works on.',
        whatToDo: 'Check that the Hookflow workers are running and their logs; deliveries of a stopped worker are taken over once its lease runs out.',
      };
    case 'recurring_daily':
      return {
        title: `Deliveries to '${a.connection}' fail around ${e.timeOfDay} UTC every day (${e.days} of the last ${e.over} days).`,
        likely: `Something runs on the target's side at that time (maintenance, a nightly job, a quota reset). ${advice.likely}`,
        whatToDo: `Ask the target's administrator what runs around ${e.timeOfDay} UTC. ${advice.whatToDo}`,
      };
  }
}

const CLEARED: Record<AlertKind, string> = {
  failure_spike: 'deliveries get through again',
  all_failing: 'deliveries get through again',
  stuck_processing: 'no delivery is stuck in Processing any more',
  recurring_daily: 'the failures did not come back at that time of day',
};

/** When and how an alert was resolved, in a sentence; null while it is not. */
export function resolution(a: Alert): string | null {
  if (a.state !== 'resolved') return null;
  return a.resolvedBy === 'cleared' ? `Resolved automatically at ${a.resolvedAt}: ${CLEARED[a.kind]}.` : `Resolved by a person at ${a.resolvedAt}.`;
}
