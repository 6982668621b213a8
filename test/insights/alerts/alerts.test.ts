import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedSummit } from '../../support/api.js';
import { TestClock } from '../../support/clock.js';
import { closedPort } from '../../connections/target.js';
import { usePipeline } from '../../support/pipeline.js';
import { scenario } from '../../support/scenario.js';
import { type Behaviour, Sink, eventually } from '../../support/sink.js';
import { describeEachStore } from '../../support/stores.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describeEachStore('alerts', (store) => {
  /** The real retry schedule on a clock the tests move: a retry happens only when a test moves time to it. */
  const clock = new TestClock();
  const p = usePipeline(store, 1, undefined, clock);
  const sinks: Sink[] = [];
  const target = async (behaviour: Behaviour) => {
    const sink = await new Sink(behaviour).start();
    sinks.push(sink);
    return sink;
  };
  const alertsOf = async (connection: string) => (await p.acme.get(`/v1/alerts?connection=${connection}`)).body.alerts as any[];
  /** Evaluates the alerts now, as the workers do every minute. */
  const tick = () => p.workers.alerts.tick();
  /** Moves the clock on until every retry of the connection is due, and lets the worker take them. */
  const retryDue = async (connection: string) => {
    const { deliveries } = (await p.acme.get(`/v1/deliveries?connection=${connection}&status=retrying`)).body;
    const due = Math.max(...deliveries.map((d: any) => Date.parse(d.nextAttemptAt)));
    clock.advance(Math.max(0, due - clock.now().getTime()));
    p.workers.deliveries();
  };

  beforeAll(() => seedSummit(p.acme));
  afterAll(() => Promise.all(sinks.map((s) => s.stop())));

  it('opens "every delivery failing" with credentials as the cause when the target answers 401, and resolves it, saying when, once it delivers again', async () => {
    let status = 401;
    const sink = await target(() => ({ status, body: '{"error":"invalid api key"}' }));
    const s = await scenario(p, 'auth401', sink.url);
    await s.register(3);
    await s.settled(3);
    await tick();
    const [alert, ...others] = await alertsOf('auth401');
    expect(others).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'all_failing',
      cause: 'credentials',
      state: 'open',
      affected: 3,
      evidence: { kind: 'all_failing', failing: 3 },
      title: "Every delivery to 'auth401' is failing (3 in a row, none delivered).",
      likely: 'The target refused our credentials: someone changed the API key or revoked access.',
      resolvedAt: null,
      resolution: null,
    });
    // Judged again a minute later, it is the same alert.
    clock.advance(10 * SECOND);
    await tick();
    expect((await alertsOf('auth401')).map((a) => a.id)).toEqual([alert.id]);

    status = 200;
    await retryDue('auth401');
    await eventually(async () => (await s.settled(3)).every((d) => d.status === 'delivered'));
    await tick();
    const [resolved] = await alertsOf('auth401');
    const now = clock.now().toISOString();
    expect(resolved).toMatchObject({ id: alert.id, state: 'resolved', resolvedBy: 'cleared', resolvedAt: now, resolution: `Resolved automatically at ${now}: deliveries get through again.` });
    // The failures it resolved on do not open it again.
    await tick();
    expect(await alertsOf('auth401')).toHaveLength(1);
  });

  it.each([
    ['404', 'url_changed', async () => (await target(() => ({ status: 404, body: 'no such route' }))).url],
    ['refused', 'target_down', async () => `http://127.0.0.1:${await closedPort()}`],
    ['500', 'target_down', async () => (await target(() => ({ status: 500, body: 'boom' }))).url],
  ])('names the likely cause of every delivery failing: %s is %s', async (name, cause, url) => {
    const s = await scenario(p, `fail${name}`, await url());
    await s.register(3);
    await s.settled(3);
    await tick();
    expect((await alertsOf(`fail${name}`)).map((a) => [a.kind, a.cause, a.affected])).toEqual([['all_failing', cause, 3]]);
  });

  it('opens a failure spike, the target’s API changed, when 422s rise after successes', async () => {
    const sink = await target((_req, n) => (n < 6 ? { status: 200, body: '{}' } : { status: 422, body: '{"error":"unknown field registration"}' }));
    const s = await scenario(p, 'api422', sink.url);
    await s.register(6);
    await s.settled(6);
    await tick();
    expect(await alertsOf('api422')).toEqual([]);
    clock.advance(MINUTE);
    await s.register(4);
    await s.settled(10);
    await tick();
    const alerts = await alertsOf('api422');
    expect(alerts.map((a) => [a.kind, a.cause, a.affected])).toEqual([['failure_spike', 'target_api_changed', 4]]);
    expect(alerts[0].evidence).toEqual({ kind: 'failure_spike', deliveries: 10, failing: 4, rate: 0.4, baselineRate: 0 });
    expect(alerts[0].title).toBe("Failures to 'api422' spiked: 4 of 10 deliveries (40%) against 0% before.");
  });

  it('lists its affected deliveries a page at a time, and resubmits those that failed in one go', async () => {
    let status = 503;
    const sink = await target(() => ({ status }));
    const s = await scenario(p, 'resubmit', sink.url);
    await s.register(3);
    const failed = await s.settled(3);
    await tick();
    const [alert] = await alertsOf('resubmit');
    const first = (await p.acme.get(`/v1/alerts/${alert.id}?limit=2`)).body;
    expect(first.deliveries.map((d: any) => d.id)).toEqual(failed.map((d) => d.id).sort((a, b) => a - b).slice(0, 2));
    expect(first.deliveries[0]).toMatchObject({ connection: 'resubmit', status: 'retrying', queueStatus: 'Retry', failureCategory: 'connection', eventCode: 'resubmit', flow: 'resubmit' });
    const rest = (await p.acme.get(`/v1/alerts/${alert.id}?limit=2&after=${first.nextAfter}`)).body;
    expect(rest.deliveries).toHaveLength(1);
    expect(rest.nextAfter).toBeNull();

    status = 200;
    const before = sink.received.length;
    expect((await p.acme.post(`/v1/alerts/${alert.id}/resubmit`)).body).toEqual({ resubmitted: 3 });
    await eventually(async () => (await s.settled(3)).every((d) => d.status === 'delivered'));
    expect(sink.received.length - before).toBe(3);
    expect((await p.acme.post(`/v1/alerts/${alert.id}/resubmit`)).body).toEqual({ resubmitted: 0 });
  });

  it('is acknowledged and resolved by a person, and opens anew only on failures after that', async () => {
    const sink = await target(() => ({ status: 404 }));
    const s = await scenario(p, 'byhand', sink.url);
    await s.register(3);
    await s.settled(3);
    await tick();
    const [alert] = await alertsOf('byhand');
    clock.advance(SECOND);
    const acknowledged = (await p.acme.post(`/v1/alerts/${alert.id}/acknowledge`)).body;
    expect(acknowledged).toMatchObject({ state: 'acknowledged', acknowledgedAt: clock.now().toISOString() });
    expect((await p.acme.post(`/v1/alerts/${alert.id}/acknowledge`)).body).toEqual(acknowledged);
    expect((await p.acme.get('/v1/alerts?state=acknowledged')).body.alerts.map((a: any) => a.id)).toContain(alert.id);
    await tick();
    expect((await alertsOf('byhand')).map((a) => a.state)).toEqual(['acknowledged']);

    clock.advance(SECOND);
    const resolved = (await p.acme.post(`/v1/alerts/${alert.id}/resolve`)).body;
    expect(resolved).toMatchObject({ state: 'resolved', resolvedBy: 'person', resolution: `Resolved by a person at ${clock.now().toISOString()}.` });
    expect((await p.acme.post(`/v1/alerts/${alert.id}/resolve`)).body).toEqual(resolved);
    expect(await p.acme.post(`/v1/alerts/${alert.id}/acknowledge`)).toMatchObject({ status: 409, body: { error: 'HF_CONFLICT' } });
    await tick();
    expect(await alertsOf('byhand')).toHaveLength(1);

    clock.advance(SECOND);
    await s.register(1);
    await s.settled(4);
    await tick();
    expect((await alertsOf('byhand')).map((a) => [a.state, a.affected])).toEqual([
      ['resolved', 3],
      ['open', 4],
    ]);
  });

  it('opens "stuck in Processing" for a delivery held past 15 minutes, with it as affected, and resolves it once it moves', async () => {
    const sink = await target(() => ({ status: 200 }));
    const s = await scenario(p, 'stuck', sink.url);
    await s.register(1);
    const [delivery] = await s.settled(1);
    // A worker that claimed it and went silent, its lease far off (no other worker takes it over).
    const held = clock.now().toISOString();
    await p.database.db.updateTable('deliveries').set({ status: 'processing', leased_by: 'gone', lease_until: '2999-01-01T00:00:00.000Z', updated_at: held }).where('id', '=', delivery.id).execute();
    clock.advance(14 * MINUTE);
    await tick();
    expect(await alertsOf('stuck')).toEqual([]);
    clock.advance(2 * MINUTE);
    await tick();
    const [alert] = await alertsOf('stuck');
    expect(alert).toMatchObject({ kind: 'stuck_processing', cause: 'internal', affected: 1, evidence: { kind: 'stuck_processing', stuck: 1 } });
    expect((await p.acme.get(`/v1/alerts/${alert.id}`)).body.deliveries.map((d: any) => [d.id, d.status])).toEqual([[delivery.id, 'processing']]);

    await p.database.db.updateTable('deliveries').set({ status: 'delivered', lease_until: null, updated_at: clock.now().toISOString() }).where('id', '=', delivery.id).execute();
    await tick();
    expect((await alertsOf('stuck')).map((a) => [a.state, a.resolvedBy])).toEqual([['resolved', 'cleared']]);
  });

  it('keeps alerts within their account', async () => {
    const [alert] = await alertsOf('fail404');
    expect((await p.rival.get('/v1/alerts')).body.alerts).toEqual([]);
    for (const path of ['', '/acknowledge', '/resolve', '/resubmit']) {
      const reply = path ? await p.rival.post(`/v1/alerts/${alert.id}${path}`) : await p.rival.get(`/v1/alerts/${alert.id}`);
      expect(reply.status).toBe(404);
    }
    expect((await alertsOf('fail404'))[0].state).toBe('open');
  });

  it('names the field of a bad filter', async () => {
    expect(await p.acme.get('/v1/alerts?state=closed')).toMatchObject({ status: 400, body: { message: expect.stringContaining('state') } });
  });
});
