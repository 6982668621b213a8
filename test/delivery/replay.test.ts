import { afterAll, beforeAll, expect, it } from 'vitest';
import { joe, seedSummit, useApi } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { CODE_MAPPING, registeredFlowFor } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';


describeEachStore('replaying a flow', (store) => {
  const p = usePipeline(store);
  const sink = new Sink(() => ({ status: 200, body: '{}' }));
  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await p.acme.put('/v1/events/OTHER', { name: 'Other' });
    await p.acme.put('/v1/connections/sink', { url: sink.url, auth: { type: 'none' } });
    await p.acme.put('/v1/mappings/Code', CODE_MAPPING);
  });
  afterAll(() => sink.stop());

  it('sends past changes again with the flow as it is now, for one event, with progress', async () => {
    await p.acme.put('/v1/flows/CRM', registeredFlowFor('NOBODY'));
    for (const c of ['RP-1', 'RP-2', 'RP-3']) await p.acme.put(`/v1/registrations/${c}`, joe(c, { status: 'registered' }));
    await p.acme.put('/v1/registrations/RP-X', { ...joe('RP-X', { status: 'registered' }), eventCode: 'OTHER' });
    await eventually(async () => (await p.acme.get('/v1/flow-outcomes?flow=CRM&limit=1000')).body.outcomes.length === 4);
    expect(sink.received).toHaveLength(0);

    await p.acme.put('/v1/flows/CRM', registeredFlowFor('SUMMIT'));
    const started = await p.acme.post('/v1/flows/CRM/replays', { eventCode: 'SUMMIT' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ flow: 'CRM', eventCode: 'SUMMIT', total: 3 });
    const done = await eventually(async () => {
      const r = (await p.acme.get(`/v1/replays/${started.body.id}`)).body;
      return r.status === 'done' && r;
    });
    expect(done).toMatchObject({ processed: 3, triggered: 3 });
    await sink.until((got) => got.length === 3);
    expect(sink.received.map((r) => JSON.parse(r.body).registration).sort()).toEqual(['RP-1', 'RP-2', 'RP-3']);
  });

  it('replays a date range only', async () => {
    const before = sink.received.length;
    const { body } = await p.acme.post('/v1/flows/CRM/replays', { from: '2000-01-01T00:00:00Z', to: '2000-12-31T00:00:00Z' });
    expect(body.total).toBe(0);
    await eventually(async () => (await p.acme.get(`/v1/replays/${body.id}`)).body.status === 'done');
    expect(sink.received.length).toBe(before);
    const bad = await p.acme.post('/v1/flows/CRM/replays', { from: '2026-12-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(bad.body.message).toBe('to: must not be before from');
  });
});

describeEachStore('replay requests', (store) => {
  const api = useApi(store);
  it('does not double an identical request while it runs, and can be cancelled', async () => {
    await seedSummit(api.acme);
    await api.acme.put('/v1/connections/sink', { url: 'http://127.0.0.1:9/', auth: { type: 'none' } });
    await api.acme.put('/v1/mappings/Code', CODE_MAPPING);
    await api.acme.put('/v1/flows/CRM', registeredFlowFor('SUMMIT'));
    const first = await api.acme.post('/v1/flows/CRM/replays', { eventCode: 'SUMMIT' });
    const second = await api.acme.post('/v1/flows/CRM/replays', { eventCode: 'SUMMIT' });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.id).toBe(first.body.id);
    expect((await api.acme.get('/v1/flows/CRM/replays')).body.replays).toHaveLength(1);
    expect((await api.acme.post(`/v1/replays/${first.body.id}/cancel`)).body.status).toBe('cancelled');
    expect((await api.acme.post(`/v1/replays/${first.body.id}/cancel`)).status).toBe(409);
    expect((await api.acme.post('/v1/flows/CRM/replays', { eventCode: 'SUMMIT' })).status).toBe(201);
    expect((await api.rival.get(`/v1/replays/${first.body.id}`)).status).toBe(404);
    expect((await api.rival.post('/v1/flows/CRM/replays', {})).status).toBe(404);
  });
});
