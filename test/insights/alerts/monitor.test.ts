import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_ALERTS } from '../../../src/config.js';
import type { FailureCause } from '../../../src/domain/failure-cause.js';
import { AlertMonitor } from '../../../src/insights/alerts/monitor.js';
import { createAccount } from '../../../src/store/accounts.js';
import { listAlerts } from '../../../src/store/alerts.js';
import { putNotificationSettings } from '../../../src/store/notification-settings.js';
import { CLOCK_START, TestClock } from '../../support/clock.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../../support/stores.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The monitor over rows written as the pipeline writes them: several processes at once, and patterns over days. */
describeEachStore('the alert monitor', (store) => {
  let database: TestDatabase;
  let accountId: number;
  const clock = new TestClock(Date.parse(CLOCK_START), false);
  /** `processes` monitors evaluating at once, as that many worker processes would. */
  const evaluate = async (processes = 1) => {
    const monitors = Array.from({ length: processes }, () => new AlertMonitor({ db: database.db, clock, options: DEFAULT_ALERTS }));
    for (const m of monitors) m.start();
    await Promise.all(monitors.map((m) => m.tick()));
    await Promise.all(monitors.map((m) => m.stop()));
  };
  const iso = (t: number) => new Date(t).toISOString();

  /** A delivery to `connection` whose one attempt failed with `cause` at `at`. */
  async function failedDelivery(connection: string, cause: FailureCause, at: number) {
    const { id } = await database.db
      .insertInto('deliveries')
      .values({
        ...{ account_id: accountId, change_id: 1, flow_id: 1, destination: 'D', connection, ordering_key: `${connection}/${at}/${Math.random()}`, status: 'failed' },
        ...{ priority: 100, attempts: 1, retries: 0, next_attempt_at: iso(at), lease_until: null, leased_by: null, failure_category: 'config', failure_message: 'x' },
        ...{ abandoned: 1, delivered_at: null, target_record_id: null, received_at: iso(at), created_at: iso(at), updated_at: iso(at) },
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('attempts')
      .values({
        ...{ account_id: accountId, delivery_id: id, number: 1, started_at: iso(at), duration_ms: 5, request: null, response: null, outcome: 'failed' },
        ...{ failure_category: 'config', failure_message: 'x', http_status: 401, cause, result: 'abandoned', lead: null },
      })
      .execute();
    return id;
  }

  beforeAll(async () => {
    database = await openTestDatabase(store);
    accountId = (await createAccount(database.db, 'Acme Events', CLOCK_START)).account.id;
    await putNotificationSettings(database.db, accountId, { connection: 'ops', events: ['alert.opened', 'alert.resolved'] }, CLOCK_START);
  });
  afterAll(() => database.close());

  it('opens one alert, and tells of it once, when several processes evaluate at the same moment', async () => {
    for (let i = 0; i < 3; i++) await failedDelivery('crm', 'credentials', clock.now().getTime() - i * MINUTE);
    await evaluate(3);
    const alerts = await listAlerts(database.db, accountId, { connection: 'crm' });
    expect(alerts.map((a) => [a.kind, a.state, a.affected])).toEqual([['all_failing', 'open', 3]]);
    const told = await database.db.selectFrom('operational_events').select(['type', 'connection']).execute();
    expect(told).toEqual([{ type: 'alert.opened', connection: 'ops' }]);
  });

  it('opens "failures recurring at the same time of day" from failure alerts opened around it on three days, with their deliveries, and resolves it once a day passes without', async () => {
    const now = clock.now().getTime();
    const recurrences: number[] = [];
    for (const daysAgo of [1, 2, 4]) {
      const at = now - daysAgo * DAY + 5 * MINUTE;
      const delivery = await failedDelivery('nightly', 'target_down', at);
      const { id } = await database.db
        .insertInto('alerts')
        .values({
          ...{ account_id: accountId, kind: 'all_failing', connection: 'nightly', cause: 'target_down', state: 'resolved', evidence: JSON.stringify({ kind: 'all_failing', failing: 3 }) },
          ...{ opened_at: iso(at), last_seen_at: iso(at), affected: 1, acknowledged_at: null, resolved_at: iso(at + HOUR), resolved_by: 'cleared', updated_at: iso(at + HOUR) },
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await database.db.insertInto('alert_deliveries').values({ alert_id: id, delivery_id: delivery }).execute();
      recurrences.push(delivery);
    }
    await evaluate();
    const [recurring] = await listAlerts(database.db, accountId, { connection: 'nightly', kind: 'recurring_daily' });
    expect(recurring).toMatchObject({ state: 'open', cause: 'target_down', affected: 3, evidence: { kind: 'recurring_daily', timeOfDay: '10:05', days: 3, over: 7 } });

    clock.advance(DAY);
    await evaluate();
    expect((await listAlerts(database.db, accountId, { connection: 'nightly', kind: 'recurring_daily' }))[0]?.state).toBe('resolved');
  });
});
