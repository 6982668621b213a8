import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { usePipeline, useStatusFlowOnClock } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { TestClock } from '../support/clock.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('per-connection limits and the circuit breaker', (store) => {
  const p = usePipeline(store, 0.0005, { failures: 3, sustained: 0, probeEvery: 300 });
  const sink = new Sink();
  let n = 0;
  const register = (count: number) =>
    Promise.all(Array.from({ length: count }, () => `L-${++n}`).map((c) => p.acme.put(`/v1/registrations/${c}`, joe(c, { status: 'registered' }))));
  /** All deliveries, once there are `count` of them and every one has settled. */
  const settledAll = (count: number) =>
    eventually(async () => {
      const { deliveries } = (await p.acme.get('/v1/deliveries?limit=1000')).body;
      return deliveries.length >= count && deliveries.every((d: any) => d.status === 'delivered' || d.status === 'failed') && deliveries;
    }, 20_000);

  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await setUpStatusFlow(p.acme, sink.url);
  });
  afterAll(() => sink.stop());
  beforeEach(() => {
    sink.received.length = 0;
    sink.behaviour = () => ({ status: 200, body: '{}' });
  });

  it("holds a new connection's maxConcurrent from its very first delivery", async () => {
    const solo = await new Sink(() => 'hang').start();
    try {
      await p.acme.put('/v1/connections/solo', { url: solo.url, auth: { type: 'none' }, maxConcurrent: 1 });
      await p.acme.put('/v1/flows/Solo', { mode: 'live', source: 'registration_status_change', activateFor: { registrationStatusTags: ['Registered'] }, destinations: [{ name: 'Solo', connection: 'solo', payloadMapping: 'Code' }] });
      await register(3);
      for (let answered = 0; answered < 3; answered++) {
        await solo.until((r) => r.length === answered + 1 && solo.holding === 1);
        solo.release();
      }
      expect(solo.maxHanging).toBe(1);
    } finally {
      await p.acme.delete('/v1/flows/Solo');
      await solo.stop();
    }
  });

  it('takes the number of retries from the connection', async () => {
    await p.acme.put('/v1/connections/sink', { maxRetries: 1 });
    sink.behaviour = () => ({ status: 502 });
    const before = (await p.acme.get('/v1/deliveries?limit=1000')).body.deliveries.length;
    await register(1);
    const all = await settledAll(before + 1);
    const [mine] = all.slice(before);
    expect(mine).toMatchObject({ status: 'failed', abandoned: true, attempts: 2, retries: 1 });
    await p.acme.put('/v1/connections/sink', { maxRetries: 3 });
  });

  it('pauses a target that keeps failing and probes it, without burning the retries of what waits', async () => {
    const before = (await p.acme.get('/v1/deliveries?limit=1000')).body.deliveries.length;
    sink.behaviour = () => ({ status: 503 });
    await register(10);
    await new Promise((r) => setTimeout(r, 1500));
    // Open after 3 failures: from then on one probe every 300 ms, not 10 deliveries retrying on their own.
    expect(sink.received.length).toBeLessThan(20);
    const waiting = (await p.acme.get('/v1/deliveries?limit=1000')).body.deliveries.slice(before);
    expect(waiting.filter((d: any) => d.status === 'failed')).toEqual([]);
    sink.behaviour = () => ({ status: 200, body: '{}' });
    const all = await settledAll(before + 10);
    expect(all.slice(before).every((d: any) => d.status === 'delivered')).toBe(true);
  });
});

describeEachStore('pacing by the clock', (store) => {
  const clock = new TestClock();
  const { p, sink } = useStatusFlowOnClock(store, clock);

  it('paces requests to a connection with a requests-per-second limit', async () => {
    expect((await p.acme.put('/v1/connections/sink', { requestsPerSecond: 20 })).body.requestsPerSecond).toBe(20);
    await Promise.all(Array.from({ length: 8 }, (_, i) => p.acme.put(`/v1/registrations/P-${i}`, joe(`P-${i}`, { status: 'registered' }))));
    await sink.until((r) => r.length === 8);
    // Received is not yet recorded: read the attempts once every delivery's outcome is.
    const deliveries = await eventually(async () => {
      const all = (await p.acme.get('/v1/deliveries?limit=100')).body.deliveries;
      return all.length === 8 && all.every((d: any) => d.status === 'delivered') && all;
    });
    const starts: number[] = [];
    for (const d of deliveries) starts.push(Date.parse((await p.acme.get(`/v1/deliveries/${d.id}`)).body.attempts[0].startedAt));
    starts.sort((a, b) => a - b);
    // 8 requests at 20 a second: each starts 50 ms after the one before, by the clock the worker keeps.
    expect(starts.slice(1).map((t, i) => t - (starts[i] as number))).toEqual(Array(7).fill(50));
  });
});
