import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Signal, openSignals } from '../../src/store/signals.js';
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
