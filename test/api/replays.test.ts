import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Client, joe, seedSummit } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { CODE_MAPPING, registeredFlowFor } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const REGISTRATIONS = ['ID-1', 'ID-2', 'ID-3'];
const SCOPE = { eventCode: 'SUMMIT' };

/**
 * Waits until no replay of the flow runs and the sink has every delivery they queued, then tells
 * how many times the sink got each registration.
 */
async function sentPerRegistration(c: Client, sink: Sink) {
  await eventually(async () => (await c.get('/v1/flows/CRM/replays')).body.replays.every((r: { status: string }) => r.status !== 'running'));
  await eventually(async () => {
    const { deliveries } = (await c.get('/v1/deliveries?flow=CRM&limit=1000')).body;
    return deliveries.every((d: { status: string }) => d.status === 'delivered') && deliveries.length === sink.received.length;
  });
  const counts: Record<string, number> = {};
  for (const { registration } of sink.received.map((r) => JSON.parse(r.body))) counts[registration] = (counts[registration] ?? 0) + 1;
  return counts;
}

describeEachStore('repeating a replay request', (store) => {
  const p = usePipeline(store);
  const sink = new Sink(() => ({ status: 200, body: '{}' }));
  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await p.acme.put('/v1/connections/sink', { url: sink.url, auth: { type: 'none' } });
    await p.acme.put('/v1/mappings/Code', CODE_MAPPING);
    // The registrations are made while the flow sends nothing, so only replays reach the sink.
    await p.acme.put('/v1/flows/CRM', registeredFlowFor('NOBODY'));
    for (const c of REGISTRATIONS) await p.acme.put(`/v1/registrations/${c}`, joe(c, { status: 'registered' }));
    await eventually(async () => (await p.acme.get('/v1/flow-outcomes?flow=CRM&limit=1000')).body.outcomes.length === REGISTRATIONS.length);
    await p.acme.put('/v1/flows/CRM', registeredFlowFor('SUMMIT'));
  });
  afterAll(() => sink.stop());
  let firstId: number;

  it('starts one replay for two identical requests at the same moment, and sends each registration once', async () => {
    const answers = await Promise.all([p.acme.post('/v1/flows/CRM/replays', SCOPE), p.acme.post('/v1/flows/CRM/replays', SCOPE)]);
    const started = answers.find((a) => a.status === 201);
    const other = answers.find((a) => a !== started);
    firstId = started?.body.id;
    // The other one is answered while the replay runs (the same replay), or, when its few changes
    // were already replayed, as a repeat of it that was not asked for.
    if (other?.status === 200) expect(other.body.id).toBe(firstId);
    else expect(other?.body.message).toMatch(`an identical replay (${firstId}) has completed`);
    expect(await sentPerRegistration(p.acme, sink)).toEqual({ 'ID-1': 1, 'ID-2': 1, 'ID-3': 1 });
    expect((await p.acme.get('/v1/flows/CRM/replays')).body.replays).toHaveLength(1);
  });

  it('refuses an identical request once the replay completed, naming the replay and force', async () => {
    const again = await p.acme.post('/v1/flows/CRM/replays', SCOPE);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'HF_CONFLICT', field: 'force' });
    expect(again.body.message).toBe(`an identical replay (${firstId}) has completed; send "force": true to replay these changes again`);
    expect((await p.acme.get('/v1/flows/CRM/replays')).body.replays).toHaveLength(1);
  });

  it('runs an identical request again with force, and sends again', async () => {
    const forced = await p.acme.post('/v1/flows/CRM/replays', { ...SCOPE, force: true });
    expect(forced.status).toBe(201);
    expect(forced.body.id).not.toBe(firstId);
    expect(await sentPerRegistration(p.acme, sink)).toEqual({ 'ID-1': 2, 'ID-2': 2, 'ID-3': 2 });
  });

  it('takes a request with another scope as a new replay, not as the completed one', async () => {
    const scopes = [{}, { eventCode: 'SUMMIT', from: '2000-01-01T00:00:00Z' }, { eventCode: 'SUMMIT', to: '2999-01-01T00:00:00Z' }];
    for (const scope of scopes) {
      const started = await p.acme.post('/v1/flows/CRM/replays', scope);
      expect(started.status, JSON.stringify(scope)).toBe(201);
      await sentPerRegistration(p.acme, sink);
    }
    // The same scope written another way is the same scope.
    expect((await p.acme.post('/v1/flows/CRM/replays', { eventCode: 'SUMMIT', from: '2000-01-01T00:00:00.000Z' })).status).toBe(409);
  });

  it("lists the account's replays of every flow, newest first, each with its flow, and none of another account's", async () => {
    const ofFlow = (await p.acme.get('/v1/flows/CRM/replays')).body.replays;
    const { body } = await p.acme.get('/v1/replays?limit=2');
    expect(body.replays).toEqual(ofFlow.slice(0, 2));
    expect(body.replays.map((r: { flow: string }) => r.flow)).toEqual(['CRM', 'CRM']);
    expect(body.replays[0].id).toBeGreaterThan(body.replays[1].id);
    expect((await p.rival.get('/v1/replays')).body).toEqual({ replays: [] });
  });
});
