import { afterAll, beforeAll, expect, it } from 'vitest';
import { prune } from '../../src/evaluation/retention.js';
import { joe, seedSummit } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describeEachStore('retention', (store) => {
  const p = usePipeline(store);
  const sink = new Sink();
  const config = { payloadRetentionDays: 7, historyRetentionDays: 30 };
  let deliveryId: number;
  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await setUpStatusFlow(p.acme, sink.url);
    await p.acme.put('/v1/registrations/OLD-1', joe('OLD-1', { status: 'registered' }));
    const [d] = await eventually(async () => {
      const { deliveries } = (await p.acme.get('/v1/deliveries?status=delivered')).body;
      return deliveries.length === 1 && deliveries;
    });
    deliveryId = d.id;
  });
  afterAll(() => sink.stop());

  it('keeps payloads for 7 days, then reads them as "expired", never as an empty body', async () => {
    expect((await prune(p.database.db, config, new Date())).payloadsExpired).toBe(0);
    await p.database.db.updateTable('attempts').set({ started_at: daysAgo(8) }).execute();
    expect((await prune(p.database.db, config, new Date())).payloadsExpired).toBe(1);
    const { attempts, status } = (await p.acme.get(`/v1/deliveries/${deliveryId}`)).body;
    expect(status).toBe('delivered');
    expect(attempts[0]).toMatchObject({ outcome: 'delivered', request: 'expired', response: 'expired' });
  });

  it('keeps the rest of the history for 30 days, then prunes finished work only', async () => {
    await p.database.db.updateTable('deliveries').set({ updated_at: daysAgo(31) }).execute();
    await p.database.db.updateTable('flow_outcomes').set({ created_at: daysAgo(31) }).execute();
    await p.database.db.updateTable('changes').set({ created_at: daysAgo(31) }).execute();
    // Due tomorrow: the running worker must not take it meanwhile (its attempt would make it recent).
    await p.database.db.updateTable('deliveries').set({ status: 'retrying', next_attempt_at: daysAgo(-1) }).where('id', '=', deliveryId).execute();
    const kept = await prune(p.database.db, config, new Date());
    expect(kept.deliveriesDeleted).toBe(0);
    expect((await p.acme.get(`/v1/deliveries/${deliveryId}`)).status).toBe(200);

    await p.database.db.updateTable('deliveries').set({ status: 'delivered' }).where('id', '=', deliveryId).execute();
    const pruned = await prune(p.database.db, config, new Date());
    expect(pruned).toMatchObject({ deliveriesDeleted: 1, attemptsDeleted: 1 });
    expect(pruned.changesDeleted).toBeGreaterThan(0);
    expect((await p.acme.get(`/v1/deliveries/${deliveryId}`)).status).toBe(404);
    expect((await p.acme.get('/v1/flow-outcomes')).body.outcomes).toEqual([]);
  });
});
