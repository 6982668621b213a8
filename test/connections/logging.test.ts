import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { createAccount } from '../../src/store/accounts.js';
import { CLOCK_START } from '../support/clock.js';
import { describeEachStore, openTestDatabase } from '../support/stores.js';

/** Secrets travel in request bodies and sealed columns only: never into the log, never into the API description. */
describeEachStore('connection secrets and the log', (store) => {
  it('logs no secret, even at trace level, on success and on a refused body', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await openTestDatabase(store);
    const app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: [] }, database, logger: { level: 'trace', stream } });
    try {
      const { apiKey } = await createAccount(database.db, 'Logged', CLOCK_START);
      const headers = { authorization: `Bearer ${apiKey}` };
      const ok = await app.inject({
        method: 'PUT',
        url: '/v1/connections/CRM',
        headers,
        payload: { url: 'http://127.0.0.1:1/', auth: { type: 'basic', username: 'joe', password: 'pw-LOGGED-NEVER' } },
      });
      expect(ok.statusCode).toBe(201);
      const bad = await app.inject({ method: 'PUT', url: '/v1/connections/CRM', headers, payload: { auth: { type: 'api_key', key: 'key-LOGGED-NEVER' } } });
      expect(bad.statusCode).toBe(400);
      await app.inject({ method: 'POST', url: '/v1/connections/CRM/test', headers });
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('')).not.toContain('LOGGED-NEVER');
      const spec = await app.inject({ method: 'GET', url: '/openapi.json' });
      expect(spec.statusCode).toBe(200);
      expect(spec.json().paths['/v1/connections/{name}/test']).toBeDefined();
    } finally {
      await app.close();
      await database.close();
    }
  });
});
