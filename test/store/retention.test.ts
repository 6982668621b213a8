import { type Kysely, sql } from 'kysely';
import type { DeliveryStatus } from '../../src/domain/delivery.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Schema } from '../../src/store/schema.js';
import { prune, scheduleRetention } from '../../src/store/retention.js';
import { joe, seedSummit } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

const DAY = 24 * 3600 * 1000;
const config = { payloadRetentionDays: 7, historyRetentionDays: 30 };

describeEachStore('retention', (store) => {
  describe('of a delivery made through the pipeline', () => {
    const p = usePipeline(store);
    const sink = new Sink();
    // The pipeline writes on the real clock; pruning looks at its history from later on.
    const later = (days: number) => new Date(Date.now() + days * DAY);
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
      expect((await prune(p.database.db, config, later(6))).payloadsExpired).toBe(0);
      expect((await prune(p.database.db, config, later(8))).payloadsExpired).toBe(1);
      const { attempts, status } = (await p.acme.get(`/v1/deliveries/${deliveryId}`)).body;
      expect(status).toBe('delivered');
      expect(attempts[0]).toMatchObject({ outcome: 'delivered', request: 'expired', response: 'expired' });
    });

    it('keeps the rest of the history for 30 days, then prunes finished work only, and the insights’ buckets but not their totals', async () => {
      const grains = async () => (await p.database.db.selectFrom('insight_counts').select('grain').distinct().execute()).map((r) => r.grain).sort();
      expect(await grains()).toEqual(['day', 'hour', 'minute', 'total']);
      expect(await prune(p.database.db, config, later(29))).toMatchObject({ deliveriesDeleted: 0, rollupsDeleted: 0 });
      // Due tomorrow: the running worker must not take it meanwhile (its attempt would make it recent).
      await p.database.db.updateTable('deliveries').set({ status: 'retrying', next_attempt_at: later(1).toISOString() }).where('id', '=', deliveryId).execute();
      const kept = await prune(p.database.db, config, later(31));
      expect(kept.deliveriesDeleted).toBe(0);
      expect((await p.acme.get(`/v1/deliveries/${deliveryId}`)).status).toBe(200);

      await p.database.db.updateTable('deliveries').set({ status: 'delivered' }).where('id', '=', deliveryId).execute();
      const pruned = await prune(p.database.db, config, later(31));
      expect(pruned).toMatchObject({ deliveriesDeleted: 1, attemptsDeleted: 1 });
      expect(pruned.changesDeleted).toBeGreaterThan(0);
      expect((await p.acme.get(`/v1/deliveries/${deliveryId}`)).status).toBe(404);
      expect((await p.acme.get('/v1/flow-outcomes')).body.outcomes).toEqual([]);
      expect(kept.rollupsDeleted).toBeGreaterThan(0);
      expect(await grains()).toEqual(['total']);
      expect(await p.database.db.selectFrom('insight_registrations').selectAll().execute()).toEqual([]);
    });
  });

  describe('of a large history', () => {
    const NOW = new Date('2025-06-01T00:00:00.000Z');
    const OLD = new Date(NOW.getTime() - 40 * DAY).toISOString();
    const FINISHED = 20_500;
    const BATCH = 500;
    let database: TestDatabase;
    let db: Kysely<Schema>;
    let fresh: number;
    let pending: number;
    let retrying: { changeId: number; deliveryId: number };
    beforeAll(async () => {
      database = await openTestDatabase(store);
      db = database.db;
      ({ fresh, pending, retrying } = await seedHistory(db, FINISHED, OLD, NOW.toISOString()));
    });
    afterAll(() => database?.close());

    const finishedLeft = async () =>
      Number((await db.selectFrom('deliveries').select((eb) => eb.fn.countAll().as('n')).where('status', 'in', ['delivered', 'failed']).executeTakeFirstOrThrow()).n);

    it('prunes 20,500 finished deliveries in batches of at most 500 rows, while writes go on between them', async () => {
      let pruning = true;
      const written: { finishedLeft: number; beforeThePruneEnded: boolean }[] = [];
      const writes = (async () => {
        while (pruning) {
          await db.insertInto('deliveries').values(newDelivery(fresh, 'received', NOW.toISOString())).execute();
          written.push({ finishedLeft: await finishedLeft(), beforeThePruneEnded: pruning });
        }
      })();
      const report = await prune(db, config, NOW, { batchSize: BATCH });
      pruning = false;
      await writes;

      expect(report).toMatchObject({
        payloadsExpired: 2 * FINISHED + 1,
        attemptsDeleted: 2 * FINISHED,
        deliveriesDeleted: FINISHED,
        outcomesDeleted: FINISHED,
        changesDeleted: FINISHED,
      });
      // No statement touched more than BATCH rows: every kind took at least its count / BATCH batches.
      const fewest = [2 * FINISHED + 1, 2 * FINISHED, FINISHED, FINISHED].reduce((sum, rows) => sum + Math.ceil(rows / BATCH), 0);
      expect(report.batches).toBeGreaterThanOrEqual(fewest);
      // Writes finished while the prune was halfway through the deliveries, not only before or after it.
      const midway = written.filter((w) => w.beforeThePruneEnded && w.finishedLeft > 0 && w.finishedLeft < FINISHED);
      expect(midway.length).toBeGreaterThan(0);
      // What was written meanwhile is pending, and stays.
      const received = await db.selectFrom('deliveries').select('id').where('status', '=', 'received').execute();
      expect(received).toHaveLength(written.length);
    });

    it('keeps a change still pending, and a change and attempts still referred to by a delivery, however old', async () => {
      expect(await finishedLeft()).toBe(0);
      const changes = (await db.selectFrom('changes').select('id').orderBy('id').execute()).map((c) => c.id);
      expect(changes).toEqual([fresh, pending, retrying.changeId].sort((a, b) => a - b));
      const attempts = await db.selectFrom('attempts').select(['delivery_id', 'request']).execute();
      expect(attempts).toEqual([{ delivery_id: retrying.deliveryId, request: JSON.stringify('expired') }]);
    });
  });

  describe('on a schedule', () => {
    // The history is young on the real clock and old on the one the schedule is given.
    const NOW = new Date(Date.now() + 60 * DAY);
    const OLD = new Date(Date.now() + 20 * DAY).toISOString();
    let database: TestDatabase;
    const finished = () => database.db.selectFrom('deliveries').select('id').where('status', 'in', ['delivered', 'failed']).execute();
    beforeAll(async () => {
      database = await openTestDatabase(store);
      await seedHistory(database.db, 3, OLD, NOW.toISOString());
    });
    afterAll(() => database?.close());
    afterEach(() => vi.useRealTimers());

    it('prunes 10 seconds after start and then every hour, by the clock it is given, until stopped', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
      const now = vi.fn(() => NOW);
      const stop = scheduleRetention(database.db, config, { now });
      await vi.advanceTimersByTimeAsync(9_000);
      expect(now).not.toHaveBeenCalled();
      expect(await finished()).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(async () => expect(await finished()).toHaveLength(0));

      await seedHistory(database.db, 1, OLD, NOW.toISOString());
      await vi.advanceTimersByTimeAsync(3600_000 - 10_000);
      await vi.waitFor(async () => expect(await finished()).toHaveLength(0));

      // Each run reads the clock as it starts: none starts once stopped.
      stop();
      await vi.advanceTimersByTimeAsync(2 * 3600_000);
      expect(now).toHaveBeenCalledTimes(2);
    });
  });
});

function newDelivery(changeId: number, status: DeliveryStatus, at: string) {
  return { account_id: 1, change_id: changeId, flow_id: 1, destination: 'hook', connection: 'sink', ordering_key: `k-${changeId}`, status, priority: 0, attempts: 1, retries: 0, next_attempt_at: at, abandoned: 0, created_at: at, updated_at: at };
}

/**
 * `count` old changes, each with its outcome and one finished delivery of two attempts, written
 * by the database itself (a statement per table); beside them, what must stay however old.
 */
async function seedHistory(db: Kysely<Schema>, count: number, old: string, now: string) {
  await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${count})
    insert into changes (account_id, kind, subject_code, event_code, after, is_test, created_at)
    select 1, 'registration.created', 'R-' || i, 'SUMMIT', '{}', 0, ${old} from n`.execute(db);
  await db.deleteFrom('pending_changes').execute();
  await sql`insert into flow_outcomes (account_id, change_id, flow_id, flow_version, triggered, detail, created_at)
    select 1, id, 1, 1, 1, '{}', ${old} from changes`.execute(db);
  await sql`insert into deliveries (account_id, change_id, flow_id, destination, connection, ordering_key, status, priority, attempts, retries, next_attempt_at, abandoned, created_at, updated_at)
    select 1, id, 1, 'hook', 'sink', 'k-' || id, case when id % 2 = 0 then 'delivered' else 'failed' end, 0, 2, 0, ${old}, 0, ${old}, ${old} from changes`.execute(db);
  await sql`insert into attempts (account_id, delivery_id, number, started_at, duration_ms, request, response, outcome)
    select 1, d.id, k.number, ${old}, 5, '{}', '{}', 'delivered' from deliveries d cross join (select 1 as number union all select 2) k`.execute(db);

  const change = async (at: string) =>
    (await db.insertInto('changes').values({ account_id: 1, kind: 'registration.created', subject_code: 'R-X', event_code: 'SUMMIT', after: '{}', is_test: 0, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  const fresh = await change(now);
  const pending = await change(old);
  const retryingChange = await change(old);
  await db.deleteFrom('pending_changes').where('change_id', '!=', pending).execute();
  const { id } = await db.insertInto('deliveries').values(newDelivery(retryingChange, 'retrying', old)).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('attempts').values({ account_id: 1, delivery_id: id, number: 1, started_at: old, duration_ms: 5, request: '{}', response: '{}', outcome: 'failed' }).execute();
  return { fresh, pending, retrying: { changeId: retryingChange, deliveryId: id } };
}
