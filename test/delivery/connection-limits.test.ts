import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
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

  it('paces requests to a connection with a requests-per-second limit', async () => {
    expect((await p.acme.put('/v1/connections/sink', { requestsPerSecond: 20 })).body.requestsPerSecond).toBe(20);
    await new Promise((r) => setTimeout(r, 1100)); // limits are re-read within a second
    await register(8);
    const got = await sink.until((r) => r.length === 8);
    // 8 requests at 20 a second span at least 7 intervals of 50 ms.
    expect((got.at(-1)?.at ?? 0) - (got[0]?.at ?? 0)).toBeGreaterThanOrEqual(7 * 50 * 0.9);
    await p.acme.put('/v1/connections/sink', { requestsPerSecond: null });
    await new Promise((r) => setTimeout(r, 1100));
  });

  it('takes the number of retries from the connection', async () => {
    await p.acme.put('/v1/connections/sink', { maxRetries: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    sink.behaviour = () => ({ status: 502 });
    const before = (await p.acme.get('/v1/deliveries?limit=1000')).body.deliveries.length;
    await register(1);
    const all = await settledAll(before + 1);
    const [mine] = all.slice(before);
    expect(mine).toMatchObject({ status: 'failed', abandoned: true, attempts: 2, retries: 1 });
    await p.acme.put('/v1/connections/sink', { maxRetries: 3 });
    await new Promise((r) => setTimeout(r, 1100));
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
