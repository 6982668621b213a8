import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { type FreeSlots, claimDeliveries } from '../../src/queue/claim.js';
import { markDelivered } from '../../src/queue/complete.js';
import { type NewDelivery, enqueueDeliveries } from '../../src/queue/enqueue.js';
import { type FailedAttempt, markFailures } from '../../src/queue/fail.js';
import { releaseClaims } from '../../src/queue/release.js';
import { listDeliveries } from '../../src/store/deliveries.js';
import type { Db } from '../../src/store/schema.js';
import { TestClock } from '../support/clock.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

const T0 = '2026-11-24T10:00:00.000Z';
const MINUTE = 60_000;
const later = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
const action = (changeId: number, recordCode: string, connection = 'crm'): NewDelivery => ({
  accountId: 1, changeId, changeKind: 'registration.status_changed', recordCode, flowId: 1, destination: 'CRM', connection,
  eventCode: 'SUMMIT', isTest: false, receivedAt: T0,
});

const markRetrying = (db: Db, id: number, worker: string, failed: FailedAttempt, at: string) => markFailures(db, worker, [{ id, failed, next: { status: 'retrying', at } }]);
const markFailed = (db: Db, id: number, worker: string, failed: FailedAttempt, abandoned: boolean) => markFailures(db, worker, [{ id, failed, next: { status: 'failed', abandoned } }]);

describeEachStore('delivery queue', (store) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(store);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.db.deleteFrom('deliveries').execute();
  });
  /** A claim as a worker makes it most of the time (on PostgreSQL, one statement); `takeOver` as it does now and then. */
  const claim = (worker: string, limit: number, now = T0, { freeSlots, takeOver = false }: { freeSlots?: FreeSlots; takeOver?: boolean } = {}) =>
    claimDeliveries(database.db, { dialect: database.dialect, worker, limit, now, leaseUntil: later(30), takeOverExpired: takeOver, freeSlots }).then((c) => c.deliveries);

  it("holds a registration's later change while an earlier one is unfinished, and lets others through", async () => {
    await enqueueDeliveries(database.db, [action(1, 'R-1'), action(2, 'R-1'), action(3, 'R-2')], T0);
    const first = await claim('w1', 10);
    expect(first.map((d) => d.changeId)).toEqual([1, 3]);
    const [r1, r2] = first;
    await markDelivered(database.db, 'w1', T0, [{ id: r2!.id, targetRecordId: null }]);
    await markRetrying(database.db, r1!.id, 'w1', { category: 'connection', message: '503', at: T0 }, later(60));
    expect(await claim('w1', 10)).toEqual([]);
    const retried = await claim('w1', 10, later(61));
    expect(retried.map((d) => d.changeId)).toEqual([1]);
    await markDelivered(database.db, 'w1', later(61), [{ id: retried[0]!.id, targetRecordId: 'crm-42' }]);
    expect((await claim('w1', 10, later(62))).map((d) => d.changeId)).toEqual([2]);
  });

  it('moves on once an earlier delivery is abandoned', async () => {
    await enqueueDeliveries(database.db, [action(1, 'R-1'), action(2, 'R-1')], T0);
    const [d1] = await claim('w1', 1);
    await markFailed(database.db, d1!.id, 'w1', { category: 'connection', message: '503', at: T0 }, true);
    expect((await claim('w1', 10)).map((d) => d.changeId)).toEqual([2]);
  });

  it("takes over a dead worker's claim once its lease runs out, and refuses the dead worker's late result", async () => {
    await enqueueDeliveries(database.db, [action(1, 'R-1')], T0);
    const [mine] = await claim('dead', 1);
    expect(await claim('alive', 1, later(10), { takeOver: true })).toEqual([]);
    expect(await claim('alive', 1, later(31))).toEqual([]);
    const [taken] = await claim('alive', 1, later(31), { takeOver: true });
    expect(taken?.id).toBe(mine?.id);
    await markDelivered(database.db, 'dead', later(32), [{ id: mine!.id, targetRecordId: null }]);
    const row = await database.db.selectFrom('deliveries').selectAll().executeTakeFirstOrThrow();
    expect([row.status, row.leased_by]).toEqual(['processing', 'alive']);
  });

  it('shares a batch fairly between connections and respects their free slots', async () => {
    await enqueueDeliveries(database.db, [...Array.from({ length: 6 }, (_, i) => action(i + 1, `S-${i}`, 'slow')), action(10, 'F-1', 'fast'), action(11, 'F-2', 'fast')], T0);
    const batch = await claim('w1', 4, T0, { freeSlots: { byConnection: new Map([['1/slow', 2]]), otherwise: 10 } });
    expect(batch.map((d) => d.connection).sort()).toEqual(['fast', 'fast', 'slow', 'slow']);
    const paused = await claim('w2', 4, T0, { freeSlots: { byConnection: new Map([['1/slow', 0]]), otherwise: 10 } });
    expect(paused).toEqual([]); // the fast ones are taken, the slow ones wait for a free slot
    const rest = await claim('w2', 4, T0, { freeSlots: { byConnection: new Map(), otherwise: 3 } });
    expect(rest.map((d) => d.connection)).toEqual(['slow', 'slow', 'slow']);
  });

  it('gives a claim back untouched on shutdown', async () => {
    await enqueueDeliveries(database.db, [action(1, 'R-1')], T0);
    const [d] = await claim('w1', 1);
    await releaseClaims(database.db, [d!.id], 'w1', T0);
    const [again] = await claim('w2', 1);
    expect(again).toMatchObject({ id: d!.id, status: 'processing', attempts: 0 });
  });
});

describeEachStore('stuck deliveries', (store) => {
  it('flags a delivery processing for more than 15 minutes, and finds it by filter', async () => {
    const database = await openTestDatabase(store);
    const clock = new TestClock(Date.parse(T0));
    await enqueueDeliveries(database.db, [action(1, 'R-1'), action(2, 'R-2')], T0);
    const processingFromNow = (changeId: number) =>
      database.db.updateTable('deliveries').set({ status: 'processing', updated_at: clock.now().toISOString() }).where('change_id', '=', changeId).execute();
    await processingFromNow(1);
    clock.advance(2 * MINUTE);
    await processingFromNow(2);
    clock.advance(14 * MINUTE);
    const all = await listDeliveries(database.db, 1, {}, clock.now());
    expect(all.map((d) => [d.changeId, d.stuck])).toEqual([[1, true], [2, false]]);
    expect((await listDeliveries(database.db, 1, { stuck: true }, clock.now())).map((d) => d.changeId)).toEqual([1]);
    clock.advance(2 * MINUTE);
    expect((await listDeliveries(database.db, 1, { stuck: true }, clock.now())).map((d) => d.changeId)).toEqual([1, 2]);
    await database.close();
  });
});
