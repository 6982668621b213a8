import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/event.js';
import { createAccount } from '../../src/store/accounts.js';
import { appendChanges } from '../../src/store/changes.js';
import { type NewDelivery, enqueueDeliveries } from '../../src/queue/enqueue.js';
import { type Signal, openSignals } from '../../src/queue/signals.js';
import { inTransaction } from '../../src/store/transaction.js';
import { CLOCK_START } from '../support/clock.js';
import { STORES, type TestDatabase, openTestDatabase } from '../support/stores.js';
import { eventually } from '../support/sink.js';

describe.runIf(STORES.includes('postgres'))('signals between processes (PostgreSQL)', () => {
  let mine: TestDatabase;
  let other: TestDatabase;
  beforeAll(async () => {
    mine = await openTestDatabase('postgres');
    other = await openTestDatabase('postgres');
  });
  afterAll(async () => {
    await mine.close();
    await other.close();
  });

  it('wakes the listeners of the same schema, once per burst, and no one else', async () => {
    const heard: Signal[] = [];
    const heardElsewhere: Signal[] = [];
    const listener = await openSignals(mine, (s) => heard.push(s));
    const stranger = await openSignals(other, (s) => heardElsewhere.push(s));
    const sender = await openSignals(mine);
    for (let i = 0; i < 10; i++) sender.send('changes');
    sender.send('deliveries');
    await eventually(async () => heard.length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(heard.sort()).toEqual(['changes', 'deliveries']);
    expect(heardElsewhere).toEqual([]);
    await Promise.all([listener.close(), stranger.close(), sender.close()]);
  });

  it('wakes the listeners when a transaction that appended changes commits, not before', async () => {
    const heard: Signal[] = [];
    const listener = await openSignals(mine, (s) => heard.push(s));
    const { account } = await createAccount(mine.db, 'Acme', CLOCK_START);
    const change = { kind: 'event.created' as const, subjectCode: 'SUMMIT', eventCode: 'SUMMIT', before: null, after: applyEvent(null, 'SUMMIT', {}), isTest: false };
    await inTransaction(mine.db, async (trx) => {
      await appendChanges(trx, account.id, [change, change], CLOCK_START);
      await new Promise((r) => setTimeout(r, 100));
      expect(heard).toEqual([]);
    });
    await eventually(async () => heard.length >= 1);
    expect(heard).toEqual(['changes']);
    const pending = await mine.db.selectFrom('pending_changes').select('change_id').execute();
    expect(pending).toHaveLength(2);
    await listener.close();
  });

  it('wakes the delivery workers for queued deliveries, not for those handed already claimed', async () => {
    const heard: Signal[] = [];
    const listener = await openSignals(mine, (s) => heard.push(s));
    const { account } = await createAccount(mine.db, 'Handed', CLOCK_START);
    const delivery = (n: number): NewDelivery => ({ accountId: account.id, changeId: n, changeKind: 'registration.created', recordCode: `R${n}`, flowId: 1, destination: 'CRM', connection: 'crm', eventCode: 'SUMMIT', isTest: false, receivedAt: CLOCK_START });
    const now = new Date().toISOString();
    const handed = await enqueueDeliveries(mine.db, [delivery(1), delivery(2)], now, { worker: 'w1', leaseUntil: now, take: () => true, settle() {} });
    expect(handed).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 150));
    expect(heard).toEqual([]);
    await enqueueDeliveries(mine.db, [delivery(3)], now);
    await eventually(async () => heard.length >= 1);
    expect(heard).toEqual(['deliveries']);
    await listener.close();
  });
});

describe('signals on SQLite', () => {
  it('are a no-op: one process has nobody to tell', async () => {
    const db = await openTestDatabase('sqlite');
    const signals = await openSignals(db, () => {
      throw new Error('nothing should be heard');
    });
    signals.send('changes');
    await new Promise((r) => setTimeout(r, 20));
    await signals.close();
    await db.close();
  });
});
