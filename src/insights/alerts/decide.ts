import type { AlertFinding, AlertKind, UnresolvedAlert } from '../../domain/alert.js';

/** What the store knows of an account's alerts, and of its connections' recovery. */
export interface Known {
  unresolved: readonly UnresolvedAlert[];
  /** Alerts resolved lately (by a person or because their cause cleared). */
  resolved: readonly { kind: AlertKind; connection: string; resolvedAt: string }[];
  /** When each connection last delivered, within the recent window. */
  lastDelivered: ReadonlyMap<string, string>;
}

export interface Decision {
  open: AlertFinding[];
  /** Unresolved alerts whose cause goes on: their evidence (and affected deliveries) brought up to date. */
  refresh: { alert: UnresolvedAlert; finding: AlertFinding }[];
  /** Unresolved alerts whose cause cleared. */
  resolve: UnresolvedAlert[];
}

const key = (kind: AlertKind, connection: string) => `${kind}/${connection}`;

/**
 * Pure: which alerts to open, bring up to date or resolve, given what holds now.
 * - A finding with an unresolved alert of its kind and connection refreshes it; otherwise it opens
 *   one, unless nothing happened since the last one was resolved (a person resolving an alert is
 *   not undone by the failures they already saw; a recovery is not a new alert).
 * - A spike is not opened beside every delivery failing on its connection: the latter says more.
 * - An alert whose finding is gone is resolved once its cause has cleared: for failures, a
 *   delivery got through after its last failure (a connection that went quiet has not recovered);
 *   stuck deliveries and recurrences are judged afresh at every evaluation, so their absence is enough.
 */
export function decide(findings: readonly AlertFinding[], known: Known): Decision {
  const unresolved = new Map(known.unresolved.map((a) => [key(a.kind, a.connection), a]));
  const lastResolved = new Map<string, string>();
  for (const r of known.resolved) {
    const k = key(r.kind, r.connection);
    if ((lastResolved.get(k) ?? '') < r.resolvedAt) lastResolved.set(k, r.resolvedAt);
  }
  const found = new Map(findings.map((f) => [key(f.evidence.kind, f.connection), f]));
  const decision: Decision = { open: [], refresh: [], resolve: [] };
  for (const [k, finding] of found) {
    const alert = unresolved.get(k);
    if (alert) decision.refresh.push({ alert, finding });
    else if (isNew(finding, lastResolved.get(k)) && !outdone(finding, found, unresolved, lastResolved)) decision.open.push(finding);
  }
  for (const [k, alert] of unresolved) if (!found.has(k) && cleared(alert, known.lastDelivered)) decision.resolve.push(alert);
  return decision;
}

/** Evidence no older than the last resolution of its kind and connection is that alert's. */
const isNew = (f: AlertFinding, resolvedAt: string | undefined) => resolvedAt === undefined || f.latestAt >= resolvedAt;

/** A spike on a connection every delivery to which fails, or failed until a recovery since: that alert tells it. */
function outdone(f: AlertFinding, found: ReadonlyMap<string, AlertFinding>, unresolved: ReadonlyMap<string, UnresolvedAlert>, lastResolved: ReadonlyMap<string, string>) {
  if (f.evidence.kind !== 'failure_spike') return false;
  const allFailing = key('all_failing', f.connection);
  return found.has(allFailing) || unresolved.has(allFailing) || !isNew(f, lastResolved.get(allFailing));
}

function cleared(alert: UnresolvedAlert, lastDelivered: ReadonlyMap<string, string>) {
  if (alert.kind === 'stuck_processing' || alert.kind === 'recurring_daily') return true;
  const delivered = lastDelivered.get(alert.connection);
  return delivered !== undefined && delivered > alert.lastSeenAt;
}
