import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { LOOPBACK } from '../../src/config.js';
import { RequestInspector } from '../../src/inspector/request-inspector.js';
import { createAccount } from '../../src/store/accounts.js';
import { type Client, client, useApi, useContract } from '../support/api.js';
import { checkAnswers } from '../support/contract.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

describeEachStore('the request inspector', (store) => {
  describe('where none runs (hookflow serve)', () => {
    const api = useApi(store);

    it('answers the list with a 404 that says where the inspector comes from, and receives nothing', async () => {
      const listed = await api.acme.get('/v1/inspector/requests');
      expect(listed.status).toBe(404);
      expect(listed.body.message).toBe('no request inspector runs here: it comes with `hookflow demo`');
      expect((await api.app.inject({ method: 'POST', url: '/inspector/crm', payload: {} })).statusCode).toBe(404);
    });
  });

  describe('in the demo', () => {
    const inspector = new RequestInspector();
    let database: TestDatabase;
    let app: FastifyInstance;
    let acme: Client;
    let rival: Client;
    beforeAll(async () => {
      database = await openTestDatabase(store);
      app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: LOOPBACK }, database, inspector, beforeRoutes: checkAnswers });
      const mine = await createAccount(database.db, 'Acme Events', app.clock.now().toISOString());
      const theirs = await createAccount(database.db, 'Rival Events', app.clock.now().toISOString());
      [acme, rival] = [client(app, mine.apiKey), client(app, theirs.apiKey)];
      inspector.open('crm', mine.account.id);
      inspector.open('slack', mine.account.id);
      inspector.open('theirs', theirs.account.id);
    });
    useContract(() => app);
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    it("keeps what each bin received and what it answered, newest first, for the bins' account only", async () => {
      const json = await app.inject({ method: 'POST', url: '/inspector/crm', headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1' }, payload: '{"email":"joe@example.com"}' });
      expect(json.statusCode).toBe(200);
      inspector.setFailing('slack', true);
      const form = await app.inject({ method: 'POST', url: '/inspector/slack', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a%5Bb%5D=1' });
      expect(form.statusCode).toBe(503);
      expect((await app.inject({ method: 'GET', url: '/inspector/crm?email=joe%40example.com' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/inspector/nobody', payload: {} })).statusCode).toBe(404);

      const { requests } = (await acme.get('/v1/inspector/requests')).body;
      expect(requests.map((r: any) => [r.bin, r.method, r.path, r.status])).toEqual([
        ['crm', 'GET', '/inspector/crm?email=joe%40example.com', 200],
        ['slack', 'POST', '/inspector/slack', 503],
        ['crm', 'POST', '/inspector/crm', 200],
      ]);
      expect(requests[2]).toMatchObject({ body: '{"email":"joe@example.com"}', headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1' } });
      expect(requests[1].body).toBe('a%5Bb%5D=1');
      expect((await acme.get('/v1/inspector/requests?bin=slack&limit=5')).body.requests.map((r: any) => r.bin)).toEqual(['slack']);
      expect((await acme.get('/v1/inspector/requests?limit=1')).body.requests).toHaveLength(1);
      expect((await rival.get('/v1/inspector/requests')).body.requests).toEqual([]);
    });
  });
});
