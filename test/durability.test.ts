import { expect, it } from 'vitest';
import { createAccount } from '../src/store/accounts.js';
import { CLOCK_START } from './support/clock.js';
import { serve, stop } from './support/process.js';
import { childDatabaseUrl, describeEachStore, openTestDatabase } from './support/stores.js';


describeEachStore('durability', (store) => {
  it('keeps every write the API acknowledged, and its change, when the process is killed -9 under load', async () => {
    const database = await openTestDatabase(store);
    const { apiKey } = await createAccount(database.db, 'Acme Events', CLOCK_START);
    const served = await serve({ HOOKFLOW_DATABASE_URL: childDatabaseUrl(database), HOOKFLOW_LOG_LEVEL: 'warn' });
    const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    const put = (path: string, body: unknown) => fetch(`${served.url}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
    expect((await put('/v1/events/SUMMIT', { name: 'Summit' })).status).toBe(201);

    const acknowledged: string[] = [];
    const KILL_AFTER = 150;
    const writer = async (w: number) => {
      for (let i = 0; i < 1000; i++) {
        const code = `R-${w}-${i}`;
        try {
          const res = await put(`/v1/registrations/${code}`, { eventCode: 'SUMMIT', profile: { code: `P-${code}`, firstName: 'Joe' } });
          if (res.status === 201) acknowledged.push(code);
        } catch {
          return; // the server is gone
        }
        if (acknowledged.length === KILL_AFTER) served.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, w) => writer(w)));
    await stop(served, 'SIGKILL');

    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    const stored = new Set((await database.db.selectFrom('registrations').select('code').execute()).map((r) => r.code));
    const changed = new Set((await database.db.selectFrom('changes').select('subject_code').where('kind', '=', 'registration.created').execute()).map((r) => r.subject_code));
    expect(acknowledged.filter((c) => !stored.has(c))).toEqual([]);
    expect(acknowledged.filter((c) => !changed.has(c))).toEqual([]);
    await database.close();
  }, 60_000);
});
