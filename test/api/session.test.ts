import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { LOOPBACK } from '../../src/config.js';
import { createAccount } from '../../src/store/accounts.js';
import { useContract } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { checkAnswers } from '../support/contract.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

const HOUR = 3_600_000;
const FROM_DASHBOARD = { 'x-requested-by': 'hookflow' };

describeEachStore('dashboard sessions', (store) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let key: string;
  const clock = new TestClock(undefined, false);
  beforeAll(async () => {
    database = await openTestDatabase(store);
    app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: LOOPBACK }, database, clock, beforeRoutes: checkAnswers });
    key = (await createAccount(database.db, 'Acme Events', clock.now().toISOString())).apiKey;
  });
  useContract(() => app);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const logIn = (apiKey: string, headers: Record<string, string> = FROM_DASHBOARD) => app.inject({ method: 'POST', url: '/v1/session', headers, payload: { apiKey } });
  const sessionOf = (res: LightMyRequestResponse) => {
    const cookie = res.cookies.find((c) => c.name === 'hookflow_session');
    if (!cookie) throw new Error(`no session cookie: ${res.statusCode} ${res.body}`);
    return { hookflow_session: cookie.value };
  };
  const account = (cookies: Record<string, string>) => app.inject({ method: 'GET', url: '/v1/session', cookies });

  it('exchanges a key for an HttpOnly, SameSite=Strict cookie that opens the API, and never returns the key', async () => {
    const res = await logIn(key);
    expect(res.statusCode).toBe(201);
    const [cookie] = res.cookies;
    expect(cookie).toMatchObject({ name: 'hookflow_session', httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value).not.toContain(key);
    expect(res.body).not.toContain(key);
    expect(res.json()).toMatchObject({ account: { code: 'acme-events', name: 'Acme Events' } });
    const flows = await app.inject({ method: 'GET', url: '/v1/flows', cookies: sessionOf(res) });
    expect(flows.statusCode).toBe(200);
  });

  it('refuses an unknown key naming the field, and a login from another site', async () => {
    const wrong = await logIn('hf_nope');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'HF_UNAUTHORIZED', field: 'apiKey' });
    expect(wrong.cookies).toEqual([]);
    const crossSite = await logIn(key, {});
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().message).toContain('x-requested-by');
  });

  it("refuses a session's change without the dashboard's header (CSRF), and makes it with it", async () => {
    const cookies = sessionOf(await logIn(key));
    const tag = { objects: ['registration_statuses'] };
    const forged = await app.inject({ method: 'PUT', url: '/v1/tags/Forged', cookies, payload: tag });
    expect(forged.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/v1/tags/Forged', cookies })).statusCode).toBe(404);
    const made = await app.inject({ method: 'PUT', url: '/v1/tags/Made', cookies, headers: FROM_DASHBOARD, payload: tag });
    expect(made.statusCode).toBe(201);
  });

  it('ends at logout, at its twelfth hour, and when its key is revoked', async () => {
    const loggedOut = sessionOf(await logIn(key));
    expect((await app.inject({ method: 'DELETE', url: '/v1/session', cookies: loggedOut, headers: FROM_DASHBOARD })).statusCode).toBe(204);
    expect((await account(loggedOut)).statusCode).toBe(401);

    const expiring = sessionOf(await logIn(key));
    clock.advance(12 * HOUR - 1000);
    expect((await account(expiring)).statusCode).toBe(200);
    clock.advance(2000);
    expect((await account(expiring)).json()).toMatchObject({ error: 'HF_UNAUTHORIZED', message: 'the session has ended: log in again' });

    const extra = await app.inject({ method: 'POST', url: '/v1/api-keys', headers: { authorization: `Bearer ${key}` }, payload: { name: 'laptop' } });
    const onRevoked = sessionOf(await logIn(extra.json().key));
    expect((await account(onRevoked)).statusCode).toBe(200);
    await app.inject({ method: 'DELETE', url: `/v1/api-keys/${extra.json().id}`, headers: { authorization: `Bearer ${key}` } });
    expect((await account(onRevoked)).statusCode).toBe(401);
  });
});
