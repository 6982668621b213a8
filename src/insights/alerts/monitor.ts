import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AlertOptions } from '../../config.js';
import type { AlertFinding } from '../../domain/alert.js';
import type { Clock } from '../../domain/clock.js';
import { type OperationalEvent, alertOpened, alertResolved } from '../../domain/operational-event.js';
import { LoopRunner } from '../../queue/coalescing-loop.js';
import { type StuckCount, failureCauses, stuckCounts, windowCounts } from '../../store/alert-stats.js';
import { type AffectedSource, addAffected, failureAlertsOpenedSince, openAlert, refreshAlert, resolveAlert, resolvedSince, unresolvedAlerts } from '../../store/alerts.js';
import { STUCK_AFTER_MINUTES } from '../../store/deliveries.js';
import { recordOperationalEvents } from '../../store/operational-events.js';
import type { Db, Schema } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { type Decision, decide } from './decide.js';
import { detect } from './detect.js';

export interface AlertMonitorOptions {
  db: Kysely<Schema>;
  clock: Clock;
  options: AlertOptions;
  log?: Pick<Logger, 'error'>;
  /** Operational events were recorded (an alert opened or resolved): the sender may go at once. */
  recorded?: () => void;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const STUCK_AFTER = STUCK_AFTER_MINUTES * MINUTE;
const iso = (t: number) => new Date(t).toISOString();

/**
 * Evaluates every account's alerts, every `options.every` or when asked: reads what its
 * connections did lately (bounded windows of attempts, the stuck deliveries), lets the detector
 * and the decision say what holds, then opens, refreshes and resolves alerts and lists their
 * affected deliveries, with their operational events, in one transaction per account. Several
 * processes may evaluate at once: the store keeps one unresolved alert per kind and connection,
 * and only the process that opened or resolved one tells of it.
 */
export class AlertMonitor extends LoopRunner {
  constructor(private readonly o: AlertMonitorOptions) {
    super({ every: o.options.every, failed: 'evaluating alerts failed; will try again', log: o.log });
  }

  protected pass() {
    return this.evaluate();
  }

  private async evaluate() {
    const now = this.o.clock.now().getTime();
    const stuck = await stuckCounts(this.o.db, iso(now - STUCK_AFTER));
    const accounts = await this.o.db.selectFrom('accounts').select('id').orderBy('id').execute();
    let recorded = 0;
    for (const { id } of accounts) {
      recorded += await this.evaluateAccount(
        id,
        now,
        stuck.filter((s) => s.accountId === id),
      );
    }
    if (recorded > 0) this.o.recorded?.();
  }

  /** One account: the number of operational events it recorded. */
  private async evaluateAccount(accountId: number, now: number, stuck: StuckCount[]): Promise<number> {
    const { db, options } = this.o;
    const windowStart = iso(now - options.window);
    const recent = await windowCounts(db, accountId, windowStart);
    // Only connections failing enough to be judged need their causes and a baseline.
    const judged = recent.filter((w) => w.deliveries - w.delivered >= options.minFailing).map((w) => w.connection);
    const [causes, baseline, openings, unresolved, resolved] = await Promise.all([
      judged.length ? failureCauses(db, accountId, windowStart) : new Map(),
      judged.length ? windowCounts(db, accountId, iso(now - options.window - options.baseline), windowStart, judged) : [],
      failureAlertsOpenedSince(db, accountId, iso(now - options.recurring.over * DAY)),
      unresolvedAlerts(db, accountId),
      resolvedSince(db, accountId, iso(now - options.recurring.over * DAY)),
    ]);
    const findings = detect(
      {
        now: iso(now),
        recent: recent.map((w) => ({ ...w, causes: causes.get(w.connection) ?? {} })),
        baseline: new Map(baseline.map((b) => [b.connection, b])),
        stuck: stuck.map((s) => ({ connection: s.connection, count: s.count, becameStuckAt: iso(Date.parse(s.newest) + STUCK_AFTER) })),
        openings,
      },
      options,
    );
    if (findings.length === 0 && unresolved.length === 0) return 0;
    const lastDelivered = new Map(recent.flatMap((w) => (w.lastDeliveredAt ? [[w.connection, w.lastDeliveredAt] as const] : [])));
    const decision = decide(findings, { unresolved, resolved, lastDelivered });
    return inTransaction(db, (trx) => apply(trx, accountId, decision, { at: iso(now), windowStart, stuckBefore: iso(now - STUCK_AFTER) }));
  }
}

interface Moment {
  at: string;
  windowStart: string;
  stuckBefore: string;
}

/** Where a finding's affected deliveries are. */
function affectedBy(f: AlertFinding, m: Moment): AffectedSource {
  switch (f.evidence.kind) {
    case 'failure_spike':
    case 'all_failing':
      return { failedSince: m.windowStart };
    case 'stuck_processing':
      return { stuckBefore: m.stuckBefore };
    case 'recurring_daily':
      return { alerts: f.recurrences ?? [] };
  }
}

async function apply(db: Db, accountId: number, d: Decision, m: Moment): Promise<number> {
  const events: OperationalEvent[] = [];
  for (const finding of d.open) {
    const alert = await openAlert(db, accountId, finding, m.at);
    if (!alert) continue; // another process opened it a moment ago
    events.push(alertOpened({ ...alert, affected: await addAffected(db, alert, affectedBy(finding, m)) }));
  }
  for (const { alert, finding } of d.refresh) {
    await refreshAlert(db, alert.id, finding, m.at);
    await addAffected(db, alert, affectedBy(finding, m));
  }
  for (const alert of d.resolve) {
    const resolved = await resolveAlert(db, accountId, alert.id, 'cleared', m.at);
    if (resolved) events.push(alertResolved(resolved));
  }
  return recordOperationalEvents(db, events, m.at);
}
