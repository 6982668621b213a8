import { expect, it } from 'vitest';
import { client, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('API keys', (store) => {
  const api = useApi(store);

  it('refuses a request without a key, or with an unknown one', async () => {
    const none = await api.app.inject({ method: 'GET', url: '/v1/events' });
    expect(none.statusCode).toBe(401);
    expect(none.json().message).toBe('an API key is required: Authorization: Bearer <key>');
    expect((await client(api.app, 'hf_not-a-key').get('/v1/events')).status).toBe(401);
  });

  it('issues several keys per account, shows each secret once, and stores only its hash', async () => {
    const created = await api.acme.post('/v1/api-keys', { name: 'ci' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^hf_/);
    const second = client(api.app, created.body.key);
    expect((await second.get('/v1/events')).status).toBe(200);
    const listed = (await api.acme.get('/v1/api-keys')).body.apiKeys;
    expect(listed.map((k: any) => k.name)).toEqual(['default', 'ci']);
    expect(JSON.stringify(listed)).not.toContain(created.body.key);
    const stored = await api.database.db.selectFrom('api_keys').select('key_hash').execute();
    expect(stored.some((k) => k.key_hash.includes(created.body.key))).toBe(false);
  });

  it('revokes a key at once', async () => {
    const { body } = await api.acme.post('/v1/api-keys', { name: 'temp' });
    expect((await api.acme.delete(`/v1/api-keys/${body.id}`)).status).toBe(204);
    expect((await client(api.app, body.key).get('/v1/events')).status).toBe(401);
    expect((await api.acme.delete(`/v1/api-keys/${body.id}`)).status).toBe(404);
  });
});
