import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConnection } from '../../src/store/connections.js';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';
import { type Target, closedPort, json, oauthProvider, startTarget } from '../connections/target.js';

const PASSWORD = 'open-sesame-4321';
const API_KEY = 'sk_live_0123456789abcdef';
const CLIENT_SECRET = 'client-secret-abcdefgh';

describeEachStore('connections', (store) => {
  const api = useApi(store);
  let target: Target;
  let provider: Target;
  let hung: Target;

  beforeAll(async () => {
    // Answers 200 only to the right credentials for the path's auth type.
    target = await startTarget((req, res) => {
      const url = new URL(req.url, 'http://x');
      const good =
        (url.pathname === '/none') ||
        (url.pathname === '/basic' && req.headers.authorization === `Basic ${Buffer.from(`joe:${PASSWORD}`).toString('base64')}`) ||
        (url.pathname === '/header' && req.headers['x-api-key'] === API_KEY) ||
        (url.pathname === '/query' && url.searchParams.get('api_key') === API_KEY);
      if (url.pathname === '/broken') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        return res.end('Internal Server Error\ntrace line 1\ntrace line 2\ntrace line 3\ntrace line 4\ntrace line 5\n');
      }
      return good ? json(res, 200, { received: true }) : json(res, 401, { error: 'bad credentials' });
    });
    provider = await startTarget(oauthProvider({ clientId: 'hookflow', clientSecret: CLIENT_SECRET, refreshToken: 'rt-first', rotateTo: 'rt-second' }));
    hung = await startTarget(() => {}); // never answers
  });
  afterAll(async () => {
    await Promise.all([target, provider, hung].map((t) => t?.close()));
  });

  const oauth = (extra: Record<string, unknown> = {}) => ({
    type: 'oauth2',
    grantType: 'client_credentials',
    clientId: 'hookflow',
    clientSecret: CLIENT_SECRET,
    authorizationUrl: `${provider.url}/authorize`,
    accessTokenUrl: `${provider.url}/token`,
    refreshTokenUrl: `${provider.url}/token`,
    scope: 'crm.write',
    testConnectionUrl: `${provider.url}/me`,
    ...extra,
  });

  const put = (name: string, body: unknown) => api.acme.put(`/v1/connections/${name}`, body);
  const test = async (name: string) => {
    const r = await api.acme.post(`/v1/connections/${name}/test`);
    expect(r.status).toBe(200);
    return r.body;
  };

  it('creates a Basic Authentication connection and reads it back with its secrets masked', async () => {
    const created = await put('CRM', { target: 'advanced_webhook', url: `${target.url}/basic`, auth: { type: 'basic', username: 'joe', password: PASSWORD } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'CRM',
      target: 'advanced_webhook',
      url: `${target.url}/basic`,
      contentType: 'application/json',
      method: 'POST',
      timeoutMs: 10000,
      followRedirects: false,
      maxConcurrent: 8,
      requestsPerSecond: null,
      maxRetries: 3,
      hasSigningSecret: true,
      auth: { type: 'basic', username: 'joe', password: '********4321', hasPassword: true },
    });
    expect(created.body.signingSecret).toMatch(/^\*{8}.{4}$/);
    const read = await api.acme.get('/v1/connections/CRM');
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect(JSON.stringify(read.body)).not.toContain(PASSWORD);
  });

  it('creates Open, API key (header and query) and OAuth2 connections, each masked', async () => {
    expect((await put('Open', { url: `${target.url}/none`, auth: { type: 'none' } })).body.auth).toEqual({ type: 'none' });
    const header = await put('Header', { url: `${target.url}/header`, auth: { type: 'api_key', key: API_KEY, placement: 'header', name: 'X-API-Key' } });
    expect(header.status).toBe(201);
    expect(header.body.auth).toEqual({ type: 'api_key', key: '********cdef', hasKey: true, placement: 'header', name: 'X-API-Key' });
    expect((await put('Query', { url: `${target.url}/query`, auth: { type: 'api_key', key: API_KEY, placement: 'query', name: 'api_key' } })).status).toBe(201);
    const o = await put('Sales', { url: `${target.url}/none`, auth: oauth() });
    expect(o.status).toBe(201);
    expect(o.body.auth).toEqual({ ...oauth(), clientSecret: '********efgh', hasClientSecret: true, hasRefreshToken: false, hasAccessToken: false });
    const list = await api.acme.get('/v1/connections');
    expect(list.body.connections.map((c: any) => c.name)).toEqual(['CRM', 'Header', 'Open', 'Query', 'Sales']);
    expect(JSON.stringify(list.body)).not.toMatch(new RegExp(`${PASSWORD}|${API_KEY}|${CLIENT_SECRET}|whsec_`));
  });

  it('stores the secrets sealed: the row holds no plaintext secret, and loadConnection opens them', async () => {
    const row = await api.database.db.selectFrom('connections').selectAll().where('name', '=', 'CRM').executeTakeFirstOrThrow();
    expect(row.sealed_secrets).toMatch(/^v1:/);
    expect(row.sealed_secrets).not.toContain(PASSWORD);
    expect(row.settings).not.toContain(PASSWORD);
    expect(row.settings).not.toContain('whsec_');
    expect(JSON.parse(row.settings).auth).toEqual({ type: 'basic', username: 'joe' });
    const full = await loadConnection(api.database.db, api.app.secretBox, row.account_id, 'CRM');
    expect(full.auth).toEqual({ type: 'basic', username: 'joe', password: PASSWORD });
    expect(full.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  });

  it('keeps the stored secrets on an update that leaves them out or sends the mask back', async () => {
    const before = await loadConnection(api.database.db, api.app.secretBox, (await accountId()), 'CRM');
    const updated = await put('CRM', { timeoutMs: 5000, auth: { type: 'basic', username: 'joe' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ timeoutMs: 5000, target: 'advanced_webhook', auth: { hasPassword: true } });
    const masked = (await api.acme.get('/v1/connections/CRM')).body;
    expect((await put('CRM', { signingSecret: masked.signingSecret, auth: { type: 'basic', username: 'joe', password: masked.auth.password } })).status).toBe(200);
    const after = await loadConnection(api.database.db, api.app.secretBox, (await accountId()), 'CRM');
    expect(after.auth).toEqual(before.auth);
    expect(after.signingSecret).toBe(before.signingSecret);
    expect(after.timeoutMs).toBe(5000);
  });

  it.each([
    ['CRM', 'basic credentials'],
    ['Open', 'no auth'],
    ['Header', 'an API key header'],
    ['Query', 'an API key query parameter'],
  ])('Save & Test succeeds for %s (%s), the target checking the credentials', async (name) => {
    const result = await test(name);
    expect(result).toEqual({ ok: true, status: 200, durationMs: expect.any(Number), request: { method: 'POST', url: expect.stringContaining(target.url) } });
    // The request is named as made, a query API key redacted.
    expect(result.request.url).not.toContain(API_KEY);
    if (name === 'Query') expect(new URL(result.request.url).searchParams.get('api_key')).toBe('[redacted]');
    expect(target.received.at(-1)!.body).toBe('{}');
  });

  it('Save & Test succeeds for OAuth2 client credentials: form-encoded token request, then the bearer token', async () => {
    expect(await test('Sales')).toMatchObject({ ok: true, status: 200 });
    const [token, me] = provider.received.slice(-2);
    expect(token!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'hookflow',
      client_secret: CLIENT_SECRET,
      scope: 'crm.write',
    });
    expect(me).toMatchObject({ method: 'GET', url: '/me', headers: { authorization: 'Bearer at-123' } });
    expect((await api.acme.get('/v1/connections/Sales')).body.auth.hasAccessToken).toBe(true);
  });

  it('Save & Test for OAuth2 authorization code needs the authorization step, then uses and rotates the refresh token', async () => {
    await put('Code', { url: `${target.url}/none`, auth: oauth({ grantType: 'authorization_code' }) });
    const missing = await test('Code');
    expect(missing).toMatchObject({ ok: false, failure: { kind: 'oauth' } });
    expect(missing.failure.message).toContain('the authorization step is needed');
    await put('Code', { auth: oauth({ grantType: 'authorization_code', clientSecret: '********efgh', refreshToken: 'rt-first' }) });
    expect(await test('Code')).toMatchObject({ ok: true, status: 200 });
    expect(new URLSearchParams(provider.received.at(-2)!.body).get('refresh_token')).toBe('rt-first');
    const stored = await loadConnection(api.database.db, api.app.secretBox, await accountId(), 'Code');
    expect(stored.auth).toMatchObject({ refreshToken: 'rt-second', clientSecret: CLIENT_SECRET, accessToken: 'at-123' });
  });

  it.each([
    ['dns', () => 'http://hookflow-test.invalid/', /does not resolve \((ENOTFOUND|EAI_AGAIN)\)/],
    ['refused', async () => `http://127.0.0.1:${await closedPort()}/`, /refused/],
    ['tls', () => `${target.url.replace('http:', 'https:')}/none`, /TLS with 127\.0\.0\.1:\d+ failed/],
    ['timeout', () => `${hung.url}/slow`, /did not answer within 300 ms/],
  ])('Save & Test reports a %s failure', async (kind, url, message) => {
    await put(`Bad-${kind}`, { url: await url(), timeoutMs: 300, auth: { type: 'none' } });
    const result = await test(`Bad-${kind}`);
    expect(result).toEqual({ ok: false, failure: { kind, message: expect.stringMatching(message) }, durationMs: expect.any(Number), request: { method: 'POST', url: (await api.acme.get(`/v1/connections/Bad-${kind}`)).body.url } });
  });

  it('creates a connection given no auth as Open / No Auth, stored and tested as such', async () => {
    const created = await put('No-auth-given', { url: `${target.url}/none` });
    expect(created.status).toBe(201);
    expect(created.body.auth).toEqual({ type: 'none' });
    expect((await loadConnection(api.database.db, api.app.secretBox, await accountId(), 'No-auth-given')).auth).toEqual({ type: 'none' });
    expect(await test('No-auth-given')).toMatchObject({ ok: true, status: 200 });
    expect(target.received.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('Save & Test reports an http failure with the status and the first five lines of the body', async () => {
    await put('Broken', { url: `${target.url}/broken`, auth: { type: 'none' } });
    const result = await test('Broken');
    expect(result.failure).toEqual({
      kind: 'http',
      status: 500,
      body: 'Internal Server Error\ntrace line 1\ntrace line 2\ntrace line 3\ntrace line 4',
      message: expect.stringMatching(/^127\.0\.0\.1:\d+ answered 500: Internal Server Error\ntrace line 1/),
    });
  });

  it('Save & Test reports an oauth failure when the token endpoint answers 401', async () => {
    await put('WrongSecret', { url: `${target.url}/none`, auth: oauth({ clientSecret: 'not-the-secret' }) });
    const result = await test('WrongSecret');
    expect(result.failure).toMatchObject({ kind: 'oauth', status: 401, body: '{"error":"invalid_client","error_description":"bad client credentials"}' });
    expect(result.failure.message).toMatch(/^the token endpoint 127\.0\.0\.1:\d+ answered 401/);
  });

  it.each([
    [{ auth: { type: 'none' } }, 'body/url is required'],
    [{ url: 'http://x', auth: { type: 'basic', username: 'joe' } }, 'body/auth/password is required'],
    [{ url: 'http://x', auth: { type: 'basic', password: 'p' } }, 'body/auth/username is required'],
    [{ url: 'http://x', auth: { type: 'api_key', placement: 'header', name: 'X-Key' } }, 'body/auth/key is required'],
    [{ url: 'http://x', auth: { type: 'oauth2', grantType: 'client_credentials', clientId: 'c', clientSecret: 's', accessTokenUrl: 'http://t' } }, 'body/auth/testConnectionUrl is required'],
    [{ url: 'http://x', auth: { type: 'kerberos' } }, 'body/auth/type must be one of none, basic, api_key, oauth2'],
    [{ url: 'http://x', auth: {} }, 'body/auth/type is required'],
    [{ url: 'http://x', method: 'PUT', auth: { type: 'none' } }, 'body/method must be one of POST, GET'],
    [{ url: 'http://x', contentType: 'text/xml', auth: { type: 'none' } }, 'body/contentType must be one of application/json, application/x-www-form-urlencoded'],
    [{ url: 'http://x', auth: { type: 'api_key', key: 'k', placement: 'cookie', name: 'k' } }, 'body/auth/placement must be one of header, query'],
    [{ url: 'http://x', timeoutMs: 50, auth: { type: 'none' } }, 'body/timeoutMs must be >= 100'],
    [{ url: 'http://x', timeoutMs: 60001, auth: { type: 'none' } }, 'body/timeoutMs must be <= 60000'],
    [{ url: 'ftp://x', auth: { type: 'none' } }, 'body/url must match pattern'],
    [{ url: 'http://x', colour: 'red', auth: { type: 'none' } }, 'body/colour is not a known field'],
    [{ url: 'http://x', auth: { type: 'none', username: 'joe' } }, 'body/auth/username is not a known field'],
    [{ url: 'http://x', signingSecret: 'secret', auth: { type: 'none' } }, 'body/signingSecret must match pattern'],
    [{ url: 'http://x', auth: { type: 'basic', username: 'joe', password: '********' } }, 'body/auth/password is a mask, not a secret'],
  ])('refuses bad input %j, naming the field', async (body, message) => {
    const r = await put('Bad-input', body);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('HF_BAD_REQUEST');
    expect(r.body.message).toContain(message);
    expect(r.body.message).not.toContain('password: ');
  });

  it('accepts a signing secret given, and shows only its mask', async () => {
    const secret = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;
    const r = await put('Signed', { url: 'http://x', signingSecret: secret, auth: { type: 'none' } });
    expect(r.body.signingSecret).toBe(`********${secret.slice(-4)}`);
    expect((await loadConnection(api.database.db, api.app.secretBox, await accountId(), 'Signed')).signingSecret).toBe(secret);
  });

  it('deletes a connection: 204, then 404', async () => {
    expect((await api.acme.delete('/v1/connections/Signed')).status).toBe(204);
    expect((await api.acme.get('/v1/connections/Signed')).status).toBe(404);
    expect((await api.acme.delete('/v1/connections/Signed')).status).toBe(404);
    expect((await api.acme.post('/v1/connections/Signed/test')).status).toBe(404);
  });

  it("answers 404 to every connection route with another account's key, and changes nothing", async () => {
    expect((await api.rival.get('/v1/connections/CRM')).status).toBe(404);
    expect((await api.rival.post('/v1/connections/CRM/test')).status).toBe(404);
    expect((await api.rival.delete('/v1/connections/CRM')).status).toBe(404);
    expect((await api.rival.get('/v1/connections')).body).toEqual({ connections: [] });
    // A PUT creates the rival's own connection of that name, never touching Acme's.
    expect((await api.rival.put('/v1/connections/CRM', { auth: { type: 'basic', username: 'eve' } })).body.message).toBe('body/url is required');
    const own = await api.rival.put('/v1/connections/CRM', { url: 'http://evil.invalid/', auth: { type: 'none' } });
    expect(own.status).toBe(201);
    const acme = await api.acme.get('/v1/connections/CRM');
    expect(acme.body.url).toBe(`${target.url}/basic`);
    expect(acme.body.auth.username).toBe('joe');
  });

  async function accountId() {
    return (await api.database.db.selectFrom('connections').select('account_id').where('name', '=', 'CRM').orderBy('id').executeTakeFirstOrThrow()).account_id;
  }
});
