import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERTS } from '../../../src/config.js';
import { type AccountStats, type ConnectionWindow, type Opening, detect, recurring } from '../../../src/insights/alerts/detect.js';

const NOW = '2026-12-01T10:00:00.000Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.parse(NOW) - ms).toISOString();

const window = (w: Partial<ConnectionWindow>): ConnectionWindow => ({
  connection: 'crm',
  deliveries: 0,
  delivered: 0,
  lastFailureAt: ago(MINUTE),
  lastDeliveredAt: null,
  causes: {},
  ...w,
});
const stats = (s: Partial<AccountStats>): AccountStats => ({ now: NOW, recent: [], baseline: new Map(), stuck: [], openings: [], ...s });
const kinds = (s: Partial<AccountStats>) => detect(stats(s), DEFAULT_ALERTS).map((f) => [f.evidence.kind, f.connection, f.cause]);

describe('the alert detector', () => {
  it.each([
    ['two failing deliveries and nothing else: not enough to judge', { deliveries: 2, causes: { credentials: 2 } }, []],
    ['every delivery refused with 401/403: credentials', { deliveries: 3, causes: { credentials: 5 } }, [['all_failing', 'crm', 'credentials'], ['failure_spike', 'crm', 'credentials']]],
    ['every delivery answered 404 or not resolving: the URL changed', { deliveries: 4, causes: { url_changed: 4 } }, [['all_failing', 'crm', 'url_changed'], ['failure_spike', 'crm', 'url_changed']]],
    ['every delivery refused, timed out or 5xx: the target is down', { deliveries: 3, causes: { target_down: 9, credentials: 1 } }, [['all_failing', 'crm', 'target_down'], ['failure_spike', 'crm', 'target_down']]],
    ['a rise of 422s among successes: the target’s API changed (a spike, not all failing)', { deliveries: 10, delivered: 6, causes: { target_api_changed: 4 } }, [['failure_spike', 'crm', 'target_api_changed']]],
    ['a few failures among many successes: normal', { deliveries: 40, delivered: 36, causes: { target_down: 4 } }, []],
    ['no failure attempt at all: nothing, whatever the count', { deliveries: 5, delivered: 5, lastFailureAt: null }, []],
  ] as const)('%s', (_name, w, expected) => {
    expect(kinds({ recent: [window(w)] })).toEqual(expected);
  });

  it('judges a spike against the connection’s own baseline: a target that always fails a third of the time is not spiking at 40%', () => {
    const recent = [window({ deliveries: 10, delivered: 6, causes: { target_down: 4 } })];
    expect(kinds({ recent, baseline: new Map([['crm', { deliveries: 30, delivered: 20 }]]) })).toEqual([]);
    expect(kinds({ recent, baseline: new Map([['crm', { deliveries: 30, delivered: 29 }]]) })).toEqual([['failure_spike', 'crm', 'target_down']]);
    // A baseline too small to say anything counts as no failures.
    expect(kinds({ recent, baseline: new Map([['crm', { deliveries: 3, delivered: 0 }]]) })).toEqual([['failure_spike', 'crm', 'target_down']]);
  });

  it('quotes its figures and dates a finding by its last failure', () => {
    const [spike] = detect(stats({ recent: [window({ deliveries: 8, delivered: 4, lastFailureAt: ago(2 * MINUTE), causes: { target_api_changed: 4 } })] }), DEFAULT_ALERTS);
    expect(spike).toEqual({
      connection: 'crm',
      cause: 'target_api_changed',
      latestAt: ago(2 * MINUTE),
      evidence: { kind: 'failure_spike', deliveries: 8, failing: 4, rate: 0.5, baselineRate: 0 },
    });
  });

  it('names the cause most failed attempts ran into, the catalogue’s first on a tie', () => {
    expect(kinds({ recent: [window({ deliveries: 3, causes: { target_down: 2, credentials: 2, internal: 1 } })] })[0]).toEqual(['all_failing', 'crm', 'credentials']);
  });

  it('finds deliveries stuck in Processing, Hookflow’s own issue', () => {
    const [stuck] = detect(stats({ stuck: [{ connection: 'crm', count: 2, becameStuckAt: ago(MINUTE) }] }), DEFAULT_ALERTS);
    expect(stuck).toEqual({ connection: 'crm', cause: 'internal', latestAt: ago(MINUTE), evidence: { kind: 'stuck_processing', stuck: 2 } });
  });

  it('judges each connection apart', () => {
    const recent = [window({ connection: 'crm', deliveries: 3, causes: { credentials: 3 } }), window({ connection: 'slack', deliveries: 9, delivered: 9, lastFailureAt: null })];
    expect(kinds({ recent }).map(([, connection]) => connection)).toEqual(['crm', 'crm']);
  });
});

describe('a daily pattern of failures', () => {
  const o = DEFAULT_ALERTS.recurring;
  let id = 0;
  const opened = (at: number, cause: Opening['cause'] = 'target_down', connection = 'crm'): Opening => ({ alertId: ++id, connection, openedAt: ago(at), cause });
  const now = Date.parse(NOW);

  it('is found when failure alerts opened around one time of day on three days of the last seven', () => {
    // 09:50 yesterday, 10:15 two days ago, 09:40 four days ago, and 07:00 today (now is 10:00).
    const openings = [opened(DAY + 10 * MINUTE), opened(2 * DAY - 15 * MINUTE, 'credentials'), opened(4 * DAY + 20 * MINUTE), opened(3 * HOUR)];
    const [found] = recurring(openings, now, o);
    expect(found).toEqual({
      connection: 'crm',
      cause: 'target_down',
      latestAt: ago(DAY + 10 * MINUTE),
      evidence: { kind: 'recurring_daily', timeOfDay: '09:50', days: 3, over: 7 },
      recurrences: [openings[0]?.alertId, openings[1]?.alertId, openings[2]?.alertId],
    });
  });

  it('is not found on two days, nor when the times of day are far apart, nor from alerts older than the seven days', () => {
    expect(recurring([opened(DAY), opened(2 * DAY)], now, o)).toEqual([]);
    expect(recurring([opened(DAY), opened(2 * DAY + 2 * HOUR), opened(3 * DAY + 4 * HOUR)], now, o)).toEqual([]);
    expect(recurring([opened(DAY), opened(2 * DAY), opened(8 * DAY)], now, o)).toEqual([]);
  });

  it('counts alerts of one episode once: two openings of the same day are one day', () => {
    expect(recurring([opened(DAY), opened(DAY + 10 * MINUTE), opened(2 * DAY)], now, o)).toEqual([]);
  });

  it('holds across midnight: 23:50 and 00:10 are the same time of day', () => {
    const at = (daysAgo: number, hh: number, mm: number) => now - (Date.parse(NOW) % DAY) - daysAgo * DAY + hh * HOUR + mm * MINUTE;
    const openings = [at(1, 23, 50), at(2, 0, 10), at(4, 23, 55)].map((t) => ({ alertId: ++id, connection: 'crm', openedAt: new Date(t).toISOString(), cause: 'target_down' as const }));
    expect(recurring(openings, now, o).map((f) => f.evidence)).toEqual([{ kind: 'recurring_daily', timeOfDay: '23:50', days: 3, over: 7 }]);
  });

  it('clears once that time of day passed a day without a recurrence', () => {
    const openings = [opened(DAY), opened(2 * DAY), opened(3 * DAY)];
    expect(recurring(openings, now + HOUR, o)).toHaveLength(0);
    expect(recurring(openings, now + 20 * MINUTE, o)).toHaveLength(1);
  });

  it('keeps connections apart', () => {
    expect(recurring([opened(DAY), opened(2 * DAY, 'target_down', 'slack'), opened(3 * DAY)], now, o)).toEqual([]);
  });
});
