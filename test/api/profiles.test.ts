import { expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('profiles', (store) => {
  const api = useApi(store);

  it('creates a profile with standard and custom fields, and merges later updates', async () => {
    await api.acme.put('/v1/profile-custom-fields/tshirt', { attributes: { type: 'radio', options: ['S', 'M', 'L'] } });
    const created = await api.acme.put('/v1/profiles/P-1', { firstName: 'Joe', lastName: 'Citizen', email: 'joe@example.com', customFields: { tshirt: 'M' } });
    expect(created.status).toBe(201);
    const updated = await api.acme.put('/v1/profiles/P-1', { position: 'CTO' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ code: 'P-1', firstName: 'Joe', position: 'CTO', organization: null, customFields: { tshirt: 'M' } });
  });

  it('checks custom profile fields', async () => {
    const r = await api.acme.put('/v1/profiles/P-1', { customFields: { tshirt: 'XXL' } });
    expect(r.status).toBe(422);
    expect(r.body.field).toBe('body/customFields/tshirt');
  });

  it('pages through profiles by code', async () => {
    await api.acme.put('/v1/profiles/P-2', { firstName: 'Ann' });
    await api.acme.put('/v1/profiles/P-3', { firstName: 'Bo' });
    const first = (await api.acme.get('/v1/profiles?limit=2')).body.profiles.map((p: any) => p.code);
    expect(first).toEqual(['P-1', 'P-2']);
    const next = (await api.acme.get('/v1/profiles?limit=2&after=P-2')).body.profiles.map((p: any) => p.code);
    expect(next).toEqual(['P-3']);
  });
});
