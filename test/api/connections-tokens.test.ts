import { expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

/** Saving a connection with replacement tokens and custom headers: what is kept, and what is refused by name. */
describeEachStore('connection tokens and custom headers', (store) => {
  const api = useApi(store);
  const put = (name: string, body: unknown) => api.acme.put(`/v1/connections/${name}`, body);

  it('keeps a URL with tokens and custom headers as written, and reads them back', async () => {
    const body = {
      url: 'https://crm.example/leads/[registration.code]?email=[profile.email]&filter[status]=open',
      headers: { 'X-Lead': '[profile.firstName] [profile.lastName]', 'X-Source': 'hookflow' },
      auth: { type: 'none' },
    };
    expect((await put('Tokens', body)).status).toBe(201);
    const read = await api.acme.get('/v1/connections/Tokens');
    expect(read.body).toMatchObject({ url: body.url, headers: body.headers });
    // An update without headers keeps them; headers given replace the set as a whole.
    expect((await put('Tokens', { timeoutMs: 2000 })).body.headers).toEqual(body.headers);
    expect((await put('Tokens', { headers: { 'X-Only': '1' } })).body.headers).toEqual({ 'X-Only': '1' });
  });

  it('shows a connection saved without headers as having none', async () => {
    expect((await put('Plain', { url: 'https://crm.example/hook' })).body.headers).toEqual({});
  });

  it.each([
    [{ url: 'https://crm.example/leads/[registration.nope]' }, 'body/url', 'body/url: unknown token [registration.nope]'],
    [{ url: 'https://crm.example/', headers: { 'X-Lead': '[profile.mail]' } }, 'body/headers/X-Lead', 'body/headers/X-Lead: unknown token [profile.mail]'],
    [{ url: 'https://[profile.custom.host]/leads' }, 'body/url', 'body/url: a token cannot choose the scheme or host: [profile.custom.host]'],
    [{ url: 'https://crm.example/', headers: { 'Content-Type': 'text/plain' } }, 'body/headers/Content-Type', 'body/headers/Content-Type is written by Hookflow itself'],
  ])('refuses %j on save, naming the token and its field', async (body, field, message) => {
    const r = await put('Refused', { auth: { type: 'none' }, ...body });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: 'HF_BAD_REQUEST', field });
    expect(r.body.message).toContain(message);
    expect((await api.acme.get('/v1/connections/Refused')).status).toBe(404);
  });

  it('refuses a line break in a custom header, and a header name HTTP does not allow', async () => {
    const broken = await put('Refused', { url: 'https://crm.example/', headers: { 'X-A': 'one\r\nX-B: two' } });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toContain('body/headers/X-A must match pattern');
    expect((await put('Refused', { url: 'https://crm.example/', headers: { 'X A': '1' } })).status).toBe(400);
  });

  it('refuses an update that would leave a token unknown, and keeps the stored connection', async () => {
    const r = await put('Tokens', { url: 'https://crm.example/[registration.codes]' });
    expect(r.body.message).toContain('unknown token [registration.codes]');
    expect((await api.acme.get('/v1/connections/Tokens')).body.url).toBe('https://crm.example/leads/[registration.code]?email=[profile.email]&filter[status]=open');
  });
});
