import { once } from 'node:events';
import { expect, it } from 'vitest';
import { createAccount } from '../../src/store/accounts.js';
import { CLOCK_START } from '../support/clock.js';
import { serve, useStoreAndSink } from '../support/process.js';
import { remote, setUpStatusFlow } from '../support/remote.js';
import { Sink } from '../support/sink.js';
import { childDatabaseUrl, describeEachStore } from '../support/stores.js';

/** SIGTERM: stop taking work, let what is in flight finish and be recorded, then exit. */
describeEachStore('graceful shutdown', (store) => {
  const sink = new Sink(() => ({ status: 200, body: '{}', delayMs: 700 }));
  const f = useStoreAndSink(store, sink);

  it('finishes and records the deliveries in flight before exiting', async () => {
    const { apiKey } = await createAccount(f.database.db, 'Acme Events', CLOCK_START);
    const served = await serve({ HOOKFLOW_DATABASE_URL: childDatabaseUrl(f.database), HOOKFLOW_LOG_LEVEL: 'warn', HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8' });
    const api = remote(served.url, apiKey);
    await setUpStatusFlow(api, `${sink.url}/slow`);
    for (const code of ['S-1', 'S-2', 'S-3']) await api.put(`/v1/registrations/${code}`, { eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}` } });
    await sink.until((got) => got.length === 3);

    const exited = once(served.child, 'exit');
    served.child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    const rows = await f.database.db.selectFrom('deliveries').select(['status', 'attempts']).execute();
    expect(rows).toEqual([
      { status: 'delivered', attempts: 1 },
      { status: 'delivered', attempts: 1 },
      { status: 'delivered', attempts: 1 },
    ]);
  }, 30_000);
});
