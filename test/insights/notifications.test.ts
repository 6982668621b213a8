import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPERATIONAL_EVENT_TYPES } from '../../src/domain/operational-event.js';
import { seedSummit } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { usePipeline } from '../support/pipeline.js';
import { type Scenario, scenario } from '../support/scenario.js';
import { type Received, Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const SIGNING_SECRET = `whsec_${randomBytes(32).toString('base64')}`;

/** The request as a Standard Webhooks receiver checks it: its signature over id, timestamp and body. */
function verified(r: Received) {
  const id = String(r.headers['webhook-id']);
  const timestamp = String(r.headers['webhook-timestamp']);
  const expected = createHmac('sha256', Buffer.from(SIGNING_SECRET.slice('whsec_'.length), 'base64')).update(`${id}.${timestamp}.${r.body}`).digest('base64');
  expect(r.headers['webhook-signature']).toBe(`v1,${expected}`);
  return { id, timestamp: Number(timestamp), body: JSON.parse(r.body) as { type: string; timestamp: string; data: any } };
}

describeEachStore('operational webhooks', (store) => {
  const clock = new TestClock();
  // A breaker that opens on three failures in a row, at once, and probes every 5 seconds.
  const p = usePipeline(store, 1, { failures: 3, sustained: 0, probeEvery: 5 * SECOND }, clock);
  let opsStatus = 200;
  const ops = new Sink(() => ({ status: opsStatus }));
  let goneStatus = 500;
  const gone = new Sink(() => ({ status: goneStatus, body: 'down for maintenance' }));
  const fine = new Sink(() => ({ status: 200 }));
  const events = async (type?: string) => ((await p.acme.get('/v1/notifications/events?limit=1000')).body.events as any[]).filter((e) => !type || e.type === type);
  let goneFlow: Scenario;
  const sent = (type: string) => ops.received.map(verified).filter((r) => r.body.type === type);

  beforeAll(async () => {
    await Promise.all([ops.start(), gone.start(), fine.start()]);
    await seedSummit(p.acme);
    await p.acme.put('/v1/connections/ops', { url: `${ops.url}/hookflow-events`, auth: { type: 'basic', username: 'ops', password: 'ops-password' }, signingSecret: SIGNING_SECRET });
  });
  afterAll(() => Promise.all([ops.stop(), gone.stop(), fine.stop()]));

  it('records nothing for an account that chose no connection', async () => {
    const s = await scenario(p, 'quiet', gone.url, { maxRetries: 0 });
    await s.register(1);
    expect((await s.settled(1))[0]).toMatchObject({ status: 'failed', abandoned: true });
    expect(await events()).toEqual([]);
  });

  it('keeps the settings: a connection of the account and which events, all by default', async () => {
    expect((await p.acme.get('/v1/notifications')).body).toEqual({ connection: null, events: [...OPERATIONAL_EVENT_TYPES] });
    expect(await p.acme.put('/v1/notifications', { connection: 'nowhere' })).toMatchObject({ status: 422, body: { error: 'HF_UNKNOWN_REFERENCE', field: 'connection' } });
    expect(await p.acme.put('/v1/notifications', { connection: 'ops', events: ['telepathy'] })).toMatchObject({ status: 400 });
    expect((await p.acme.put('/v1/notifications', { connection: 'ops', events: ['replay.finished', 'alert.opened'] })).body).toEqual({ connection: 'ops', events: ['alert.opened', 'replay.finished'] });
    expect((await p.rival.get('/v1/notifications')).body.connection).toBeNull();
    expect((await p.acme.put('/v1/notifications', { connection: 'ops' })).body).toEqual({ connection: 'ops', events: [...OPERATIONAL_EVENT_TYPES] });
    expect((await p.acme.get('/v1/notifications')).body).toEqual({ connection: 'ops', events: [...OPERATIONAL_EVENT_TYPES] });
  });

  it('tells of abandoned deliveries, the breaker pausing the target and the alert it opened, signed the Standard Webhooks way', async () => {
    goneFlow = await scenario(p, 'gone', gone.url, { maxRetries: 0 });
    await goneFlow.register(3);
    const abandoned = await goneFlow.settled(3);
    await eventually(async () => (await events('endpoint.disabled')).length === 1);
    await p.workers.alerts.tick();
    await p.workers.notifications.tick();

    const exhausted = sent('message.attempt.exhausted');
    expect(exhausted.map((r) => r.body.data.deliveryId).sort()).toEqual(abandoned.map((d) => d.id).sort());
    expect(exhausted[0]?.body.data).toMatchObject({
      msgId: `msg_${exhausted[0]?.body.data.deliveryId}`,
      connection: 'gone',
      eventCode: 'gone',
      isTest: false,
      lastAttempt: { number: 1, httpStatus: 500, category: 'connection', cause: 'target_down', message: `${new URL(gone.url).host} answered 500: down for maintenance` },
    });
    const [disabled] = sent('endpoint.disabled');
    expect(disabled?.body.data).toMatchObject({ connection: 'gone', trigger: 'automatic' });
    const [opened] = sent('alert.opened');
    expect(opened?.body).toMatchObject({
      type: 'alert.opened',
      timestamp: clock.now().toISOString(),
      data: { kind: 'all_failing', connection: 'gone', cause: 'target_down', affected: 3, title: "Every delivery to 'gone' is failing (3 in a row, none delivered)." },
    });
    const [request] = ops.received;
    expect(request).toMatchObject({ method: 'POST', url: '/hookflow-events', headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('ops:ops-password').toString('base64')}` } });
    const ids = ops.received.map((r) => verified(r).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^evt_\d+$/.test(id))).toBe(true);
    expect(verified(request as Received).timestamp).toBe(Math.floor(clock.now().getTime() / 1000));
    expect((await events()).every((e) => e.status === 'sent' && e.attempts === 1 && e.finishedAt === clock.now().toISOString())).toBe(true);
  });

  it('tells of the breaker resuming the target once a probe gets through, and of a person resolving the alert', async () => {
    goneStatus = 200;
    await goneFlow.register(1);
    clock.advance(5 * SECOND);
    p.workers.deliveries();
    await eventually(async () => (await events('endpoint.enabled')).length === 1);
    const [alert] = (await p.acme.get('/v1/alerts?connection=gone')).body.alerts;
    await p.acme.post(`/v1/alerts/${alert.id}/resolve`);
    await p.workers.notifications.tick();
    expect(sent('endpoint.enabled').map((r) => r.body.data)).toEqual([{ connection: 'gone', trigger: 'automatic', at: clock.now().toISOString() }]);
    expect(sent('alert.resolved').map((r) => r.body.data)).toEqual([
      expect.objectContaining({ alertId: alert.id, resolvedBy: 'person', resolvedAt: clock.now().toISOString(), resolution: `Resolved by a person at ${clock.now().toISOString()}.` }),
    ]);
  });

  it('tells of a replay finished', async () => {
    const s = await scenario(p, 'replayed', fine.url);
    await s.register(2);
    await s.settled(2);
    const replay = (await p.acme.post('/v1/flows/replayed/replays', { eventCode: 'replayed' })).body;
    await eventually(async () => (await events('replay.finished')).length === 1);
    await p.workers.notifications.tick();
    expect(sent('replay.finished').map((r) => r.body.data)).toEqual([
      { replayId: replay.id, flow: 'replayed', status: 'done', total: 2, processed: 2, triggered: 2, from: null, to: null, eventCode: 'replayed' },
    ]);
  });

  it('tries a failing notification target a few times with backoff, then drops the event, recorded, and nothing of it loops back', async () => {
    opsStatus = 503;
    goneStatus = 500;
    const s = await scenario(p, 'gone2', gone.url, { maxRetries: 0 });
    await s.register(1);
    await s.settled(1);
    const before = await events();
    const event = before.at(-1);
    expect(event).toMatchObject({ type: 'message.attempt.exhausted', body: { data: { connection: 'gone2' } } });
    const sends = () => ops.received.filter((r) => r.headers['webhook-id'] === `evt_${event.id}`).length;
    // The sender's own poll may take a turn meanwhile: what counts is when each send fell due.
    for (const wait of [0, 10 * SECOND, MINUTE, 10 * MINUTE, HOUR]) {
      clock.advance(wait);
      await p.workers.notifications.tick();
    }
    expect(sends()).toBe(5);
    const after = await events();
    expect(after.at(-1)).toMatchObject({ id: event.id, status: 'dropped', attempts: 5, nextAttemptAt: null, lastError: expect.stringContaining('answered 503') });
    clock.advance(HOUR);
    await p.workers.notifications.tick();
    expect(sends()).toBe(5);
    // The notification target's failures are no deliveries: no attempts, no alerts, no events of their own.
    await p.workers.alerts.tick();
    expect(await events()).toHaveLength(after.length);
    expect((await p.acme.get('/v1/alerts?connection=ops')).body.alerts).toEqual([]);
    expect((await p.acme.get('/v1/deliveries?connection=ops')).body.deliveries).toEqual([]);
    expect((await p.acme.get('/v1/notifications/events?status=dropped')).body.events.map((e: any) => e.id)).toEqual([event.id]);
    expect((await p.rival.get('/v1/notifications/events')).body.events).toEqual([]);
  });
});
