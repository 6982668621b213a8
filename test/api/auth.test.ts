import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { KeyCache } from '../../src/api/auth.js';
import { accountForKey, createAccount } from '../../src/store/accounts.js';
import { CLOCK_START } from '../support/clock.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

/** Counts the statements that read `api_keys`, as PostgreSQL or SQLite receives them. */
class KeyLookups implements KyselyPlugin {
  count = 0;
  transformQuery({ node }: { node: RootOperationNode }) {
    if (JSON.stringify(node).includes('"api_keys"')) this.count++;
    return node;
  }
  async transformResult<R>({ result }: { result: R }) {
    return result;
  }
}

describeEachStore('API key cache', (store) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(store);
  });
  afterEach(() => database.close());

  it('lets the requests that arrive together after an expiry share one lookup', async () => {
    const { account, apiKey } = await createAccount(database.db, 'Acme', CLOCK_START);
    const lookups = new KeyLookups();
    const cache = new KeyCache((key) => accountForKey(database.db.withPlugin(lookups), key), 0); // every entry expires at once
    const first = await Promise.all(Array.from({ length: 32 }, () => cache.account(apiKey)));
    expect(first.every((a) => a?.id === account.id)).toBe(true);
    expect(lookups.count).toBe(1);
    await cache.account(apiKey);
    expect(lookups.count).toBe(2);
  });

  it('asks again about an unknown key, and forgets a revoked account at once', async () => {
    const { account, apiKey } = await createAccount(database.db, 'Acme', CLOCK_START);
    const lookups = new KeyLookups();
    const cache = new KeyCache((key) => accountForKey(database.db.withPlugin(lookups), key));
    expect(await cache.account('hf_unknown')).toBeNull();
    expect(await cache.account('hf_unknown')).toBeNull();
    expect(lookups.count).toBe(2);
    await cache.account(apiKey);
    await cache.account(apiKey);
    expect(lookups.count).toBe(3);
    cache.forgetAccount(account.id);
    await cache.account(apiKey);
    expect(lookups.count).toBe(4);
  });
});
