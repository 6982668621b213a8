import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConfigCache } from '../../src/evaluation/config-cache.js';
import { createAccount } from '../../src/store/accounts.js';
import { upsertEntry } from '../../src/store/catalog.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { upsertEvent } from '../../src/store/events.js';
import { deleteMapping, putMapping } from '../../src/store/mappings.js';
import { upsertTag } from '../../src/store/tags.js';
import { inTransaction } from '../../src/store/transaction.js';
import { CLOCK_START } from '../support/clock.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

/** A worker keeps each account's configuration in memory; an edit made anywhere applies to the very next change. */
describeEachStore('configuration cache', (store) => {
  let worker: TestDatabase;
  /** Another process's connection to the same store: the API where a person edits the configuration. */
  let api: Database;
  let acme: number;
  let rival: number;
  beforeAll(async () => {
    worker = await openTestDatabase(store);
    api = await openDatabase(worker.options);
    acme = (await createAccount(api.db, 'Acme', CLOCK_START)).account.id;
    rival = (await createAccount(api.db, 'Rival', CLOCK_START)).account.id;
    await inTransaction(api.db, (trx) => upsertEvent(trx, acme, 'SUMMIT', { name: 'Summit 2026' }, CLOCK_START));
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
  });

  it('reads the configuration once while nobody edits it', async () => {
    const configs = new ConfigCache();
    const first = await configs.get(worker.db, acme);
    expect(await configs.get(worker.db, acme)).toBe(first);
  });

  it('sees an edit made through another connection at once: events, tags, statuses, mappings', async () => {
    const configs = new ConfigCache();
    const before = await configs.get(worker.db, acme);
    expect((await before.event(worker.db, 'SUMMIT'))?.name).toBe('Summit 2026');

    await inTransaction(api.db, (trx) => upsertEvent(trx, acme, 'SUMMIT', { name: 'Summit 2027' }, CLOCK_START));
    const renamed = await configs.get(worker.db, acme);
    expect(renamed).not.toBe(before);
    expect((await renamed.event(worker.db, 'SUMMIT'))?.name).toBe('Summit 2027');

    await inTransaction(api.db, (trx) => upsertTag(trx, acme, 'Tracked', { label: 'Tracked', objects: ['registration_statuses'] }, CLOCK_START));
    await inTransaction(api.db, (trx) => upsertEntry(trx, acme, 'registration_status', null, 'registered', { tags: ['Tracked'] }, CLOCK_START));
    const tagged = await configs.get(worker.db, acme);
    expect(tagged.entries.find((e) => e.kind === 'registration_status' && e.code === 'registered' && e.eventCode === null)?.tags).toEqual(['Tracked']);

    await putMapping(api.db, acme, 'Attendee', { root: 'object', fields: [{ name: 'email', type: 'string', value: [{ kind: 'source', source: 'profile.email' }] }] }, CLOCK_START);
    expect((await configs.get(worker.db, acme)).known.mappings.has('Attendee')).toBe(true);
    await deleteMapping(api.db, acme, 'Attendee');
    expect((await configs.get(worker.db, acme)).known.mappings.has('Attendee')).toBe(false);
  });

  it("keeps one account's configuration when another account is edited", async () => {
    const configs = new ConfigCache();
    const first = await configs.get(worker.db, acme);
    await inTransaction(api.db, (trx) => upsertEvent(trx, rival, 'EXPO', { name: 'Expo' }, CLOCK_START));
    expect(await configs.get(worker.db, acme)).toBe(first);
  });
});
