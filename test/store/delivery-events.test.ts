import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { TailCursor } from '../../src/domain/tail-cursor.js';
import { deliveryQueue } from '../../src/queue/delivery-queue.js';
import { type NewDelivery, enqueueDeliveries } from '../../src/queue/enqueue.js';
import { type TailFilter, readEvents, tailStart } from '../../src/store/delivery-events.js';
import type { Db } from '../../src/store/schema.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

const T0 = '2026-11-24T10:00:00.000Z';
const NOW = new Date(T0);
const action = (changeId: number, accountId = 1, flowId = 1): NewDelivery => ({
  accountId, changeId, changeKind: 'registration.status_changed', recordCode: `R-${changeId}`, flowId, destination: 'CRM', connection: 'crm',
  eventCode: 'SUMMIT', isTest: false, receivedAt: T0,
});

describeEachStore('reading status changes for the live tail', (store) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(store);
    for (const name of ['CRM', 'Other']) {
      await database.db.insertInto('flows').values({ account_id: 1, name, version: 1, active: 1, definition: '{}', created_at: T0, updated_at: T0 }).execute();
    }
  });
  afterAll(() => database.close());
  let start: TailCursor;
  beforeEach(async () => {
    for (const table of ['attempts', 'deliveries'] as const) await database.db.deleteFrom(table).execute();
    start = await tailStart(database.db, database.dialect);
  });
  const read = (cursor: TailCursor, filter: TailFilter = {}, limit = 100, db: Db = database.db) => readEvents(db, database.dialect, 1, filter, cursor, limit, NOW);
  /** Claims and finishes every due delivery: delivered, or failed for good with a validation failure. */
  async function attempt(outcome: 'delivered' | 'failed') {
    const queue = deliveryQueue(database);
    const { deliveries } = await queue.claim({ worker: 'w', limit: 100, now: T0, leaseUntil: T0, takeOverExpired: false });
    const record = { startedAt: T0, durationMs: 5 };
    await queue.finish(
      'w',
      T0,
      deliveries.map((delivery) =>
        outcome === 'delivered'
          ? { attempt: { delivery, number: 1, report: { outcome, targetRecordId: null, lead: null, record } }, status: 'delivered', targetRecordId: null }
          : {
              attempt: { delivery, number: 1, report: { outcome, failure: { category: 'validation', message: 'no' }, record } },
              status: 'failed',
              failed: { category: 'validation', message: 'no', at: T0 },
              next: { status: 'failed', abandoned: false },
            },
      ),
    );
  }

  it("tells each delivery's Received before its attempt's outcome, and resumes after any cursor it gave, with exactly what follows", async () => {
    await enqueueDeliveries(database.db, [action(1), action(2)], T0);
    await attempt('delivered');
    await enqueueDeliveries(database.db, [action(3), action(4, 2)], '2026-11-24T10:00:01.000Z');
    const all = await read(start);
    expect(all.events.map((e) => [e.event.changeId, e.event.status])).toEqual([[1, 'received'], [2, 'received'], [1, 'delivered'], [2, 'delivered'], [3, 'received']]);
    expect(all.events[2]!.event).toMatchObject({ attempt: 1, flow: 'CRM', connection: 'crm', at: '2026-11-24T10:00:00.005Z' });
    expect(all.more).toBe(false);
    for (const [i, { cursor }] of all.events.entries()) expect((await read(cursor)).events).toEqual(all.events.slice(i + 1));
    // Nothing new: the cursor stays.
    expect(await read(all.cursor)).toEqual({ events: [], cursor: all.cursor, more: false });
  });

  it('reads in bounded steps, an attempt never ahead of its Received', async () => {
    await enqueueDeliveries(database.db, [action(11), action(12), action(13)], T0);
    await attempt('failed');
    const steps = [];
    let cursor = start;
    for (;;) {
      const r = await read(cursor, {}, 1);
      steps.push(...r.events.map((e) => [e.event.changeId, e.event.status]));
      cursor = r.cursor;
      if (!r.more) break;
    }
    expect(steps.filter(([, s]) => s === 'received')).toEqual([[11, 'received'], [12, 'received'], [13, 'received']]);
    for (const id of [11, 12, 13]) expect(steps.findIndex(([c, s]) => c === id && s === 'received')).toBeLessThan(steps.findIndex(([c, s]) => c === id && s === 'failed'));
    expect(steps).toHaveLength(6);
  });

  it("filters by the delivery's flow and by the change's status, and moves on past what it leaves out", async () => {
    await enqueueDeliveries(database.db, [action(21), action(22, 1, 2)], T0);
    await attempt('failed');
    const crm = await read(start, { flow: 'CRM' });
    expect(crm.events.map((e) => [e.event.changeId, e.event.status, e.event.flow])).toEqual([[21, 'received', 'CRM'], [21, 'failed', 'CRM']]);
    expect(crm.cursor).toEqual((await read(start)).cursor);
    const failed = await read(start, { queue: 'Error', category: 'validation' });
    expect(failed.events.map((e) => [e.event.changeId, e.event.status])).toEqual([[21, 'failed'], [22, 'failed']]);
    expect(failed.events[0]!.event).toMatchObject({ failure: { category: 'validation', message: 'no' }, abandoned: false });
    expect((await read(start, { status: 'delivered' })).events).toEqual([]);
  });

  it.runIf(store === 'postgres')('waits for a transaction still open rather than skip the delivery it commits after a later one', async () => {
    let commit = () => {};
    const open = new Promise<void>((resolve) => (commit = resolve));
    let inserted = () => {};
    const written = new Promise<void>((resolve) => (inserted = resolve));
    const slow = database.db.transaction().execute(async (trx) => {
      await enqueueDeliveries(trx, [action(31)], T0);
      inserted();
      await open;
    });
    await written;
    await enqueueDeliveries(database.db, [action(32)], T0);
    const meanwhile = await read(start);
    expect(meanwhile.events).toEqual([]);
    commit();
    await slow;
    const after = await read(meanwhile.cursor);
    expect(after.events.map((e) => e.event.changeId)).toEqual([31, 32]);
  });
});
