import { afterAll, beforeAll, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

/** A target that hangs until its timeout holds only its own slots; the others go on at full speed. */
describeEachStore('isolation between targets', (store) => {
  const p = usePipeline(store);
  const hanging = new Sink(() => 'hang');
  const fast = new Sink(() => ({ status: 200, body: '{}' }));
  const mapping = { fields: [{ name: 'registration', type: 'string', value: [{ kind: 'source', source: 'registration.code' }] }] };

  beforeAll(async () => {
    await Promise.all([hanging.start(), fast.start()]);
    await seedSummit(p.acme);
    await p.acme.put('/v1/mappings/Code', mapping);
    for (const [name, sink] of [['hangs', hanging], ['fast', fast]] as const) {
      await p.acme.put(`/v1/connections/${name}`, { url: sink.url, auth: { type: 'none' }, timeoutMs: 5000 });
      await p.acme.put(`/v1/flows/${name}`, {
        mode: 'live',
        source: 'registration_status_change',
        activateFor: { registrationStatusTags: ['Registered'] },
        destinations: [{ name: 'D', connection: name, payloadMapping: 'Code' }],
      });
    }
  });
  afterAll(async () => Promise.all([hanging.stop(), fast.stop()]));

  it("delivers everything to a healthy target while another one hangs on every request", async () => {
    const codes = Array.from({ length: 30 }, (_, i) => `ISO-${i}`);
    await Promise.all(codes.map((c) => p.acme.put(`/v1/registrations/${c}`, joe(c, { status: 'registered' }))));
    await fast.until((got) => got.length === codes.length);
    const hungBack = await eventually(async () => {
      const { deliveries } = (await p.acme.get('/v1/deliveries?flow=hangs&limit=1000')).body;
      return deliveries.length === codes.length && deliveries;
    });
    // The hanging target holds its own slots only (8 per connection): nothing of it has finished yet.
    expect(hanging.received.length).toBe(8);
    expect(hungBack.filter((d: any) => d.status === 'processing')).toHaveLength(8);
    expect(hungBack.every((d: any) => d.attempts === 0)).toBe(true);
    await eventually(async () => {
      const { deliveries } = (await p.acme.get('/v1/deliveries?flow=fast&limit=1000')).body;
      return deliveries.filter((d: any) => d.status === 'delivered').length === codes.length;
    });
  });
});
