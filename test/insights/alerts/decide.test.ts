import { describe, expect, it } from 'vitest';
import type { AlertEvidence, AlertFinding, UnresolvedAlert } from '../../../src/domain/alert.js';
import { type Known, decide } from '../../../src/insights/alerts/decide.js';

const t = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute)).toISOString();

const evidence: Record<AlertEvidence['kind'], AlertEvidence> = {
  all_failing: { kind: 'all_failing', failing: 3 },
  failure_spike: { kind: 'failure_spike', deliveries: 4, failing: 3, rate: 0.75, baselineRate: 0 },
  stuck_processing: { kind: 'stuck_processing', stuck: 1 },
  recurring_daily: { kind: 'recurring_daily', timeOfDay: '02:00', days: 3, over: 7 },
};
const finding = (kind: AlertEvidence['kind'], latest: number, connection = 'crm'): AlertFinding => ({ connection, cause: 'target_down', latestAt: t(latest), evidence: evidence[kind] });
let id = 0;
const alert = (kind: AlertEvidence['kind'], lastSeen: number, connection = 'crm'): UnresolvedAlert => ({
  id: ++id,
  accountId: 1,
  kind,
  connection,
  cause: 'target_down',
  state: 'open',
  evidence: evidence[kind],
  openedAt: t(0),
  lastSeenAt: t(lastSeen),
  affected: 1,
  acknowledgedAt: null,
});
const known = (k: Partial<Known>): Known => ({ unresolved: [], resolved: [], lastDelivered: new Map(), ...k });
const summary = (findings: AlertFinding[], k: Partial<Known>) => {
  const d = decide(findings, known(k));
  return {
    open: d.open.map((f) => `${f.evidence.kind}/${f.connection}`),
    refresh: d.refresh.map((r) => `${r.alert.kind}/${r.finding.latestAt === r.alert.lastSeenAt ? 'same' : 'newer'}`),
    resolve: d.resolve.map((a) => `${a.kind}/${a.connection}`),
  };
};

describe('deciding what becomes of alerts', () => {
  it('opens an alert for a finding with none unresolved, and refreshes the one there is', () => {
    expect(summary([finding('all_failing', 5)], {})).toEqual({ open: ['all_failing/crm'], refresh: [], resolve: [] });
    expect(summary([finding('all_failing', 5)], { unresolved: [alert('all_failing', 3)] })).toEqual({ open: [], refresh: ['all_failing/newer'], resolve: [] });
  });

  it('does not open a spike beside every delivery failing, found now or already open', () => {
    expect(summary([finding('all_failing', 5), finding('failure_spike', 5)], {}).open).toEqual(['all_failing/crm']);
    expect(summary([finding('failure_spike', 5)], { unresolved: [alert('all_failing', 5)] }).open).toEqual([]);
    expect(summary([finding('failure_spike', 5, 'slack')], { unresolved: [alert('all_failing', 5)] }).open).toEqual(['failure_spike/slack']);
  });

  it('keeps a failure alert open while the connection is quiet: no delivery got through since its last failure', () => {
    expect(summary([], { unresolved: [alert('all_failing', 5)] }).resolve).toEqual([]);
    expect(summary([], { unresolved: [alert('all_failing', 5)], lastDelivered: new Map([['crm', t(4)]]) }).resolve).toEqual([]);
  });

  it('resolves a failure alert once a delivery got through after its last failure and the failures are gone', () => {
    const lastDelivered = new Map([['crm', t(6)]]);
    expect(summary([], { unresolved: [alert('all_failing', 5), alert('failure_spike', 5)], lastDelivered }).resolve).toEqual(['all_failing/crm', 'failure_spike/crm']);
    // Still failing enough for its finding: it stays, whatever got through.
    expect(summary([finding('failure_spike', 7)], { unresolved: [alert('failure_spike', 5)], lastDelivered }).resolve).toEqual([]);
  });

  it('resolves stuck and recurring alerts as soon as their finding is gone', () => {
    expect(summary([], { unresolved: [alert('stuck_processing', 5), alert('recurring_daily', 5)] }).resolve).toEqual(['stuck_processing/crm', 'recurring_daily/crm']);
  });

  it('does not reopen what was resolved from the same evidence, by a person or by a recovery, but opens on anything newer', () => {
    const resolved = [{ kind: 'all_failing' as const, connection: 'crm', resolvedAt: t(10) }];
    expect(summary([finding('all_failing', 8)], { resolved }).open).toEqual([]);
    expect(summary([finding('all_failing', 10)], { resolved }).open).toEqual(['all_failing/crm']);
    expect(summary([finding('all_failing', 12)], { resolved: [...resolved, { kind: 'all_failing', connection: 'crm', resolvedAt: t(2) }] }).open).toEqual(['all_failing/crm']);
  });

  it('does not take the failures an all-failing alert resolved on for a new spike', () => {
    const resolved = [{ kind: 'all_failing' as const, connection: 'crm', resolvedAt: t(10) }];
    expect(summary([finding('failure_spike', 8)], { resolved }).open).toEqual([]);
    expect(summary([finding('failure_spike', 11)], { resolved }).open).toEqual(['failure_spike/crm']);
  });
});
