import { afterAll, beforeAll, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { Sink } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

/** The README's curl helper: `content-type: application/json` on every call, `-d` only when there is a body. */
describeEachStore('JSON request bodies', (store) => {
  const api = useApi(store);
  const sink = new Sink();
  beforeAll(() => sink.start());
  afterAll(() => sink.stop());

  const bodiless = (method: 'POST' | 'PUT', url: string) =>
    api.app.inject({ method, url, headers: { authorization: `Bearer ${api.acme.key}`, 'content-type': 'application/json' } });

  it("takes the README's Save & Test, a POST with a JSON content type and no body", async () => {
    await api.acme.put('/v1/connections/crm', { url: sink.url, auth: { type: 'basic', username: 'u', password: 'p' } });
    const r = await bodiless('POST', '/v1/connections/crm/test');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, status: 200 });
    expect(sink.received).toHaveLength(1);
  });

  it('treats an empty JSON body as none on routes that take no body', async () => {
    expect((await bodiless('POST', '/v1/deliveries/999/resubmit')).json()).toMatchObject({ error: 'HF_NOT_FOUND' });
    expect((await bodiless('POST', '/v1/replays/999/cancel')).json()).toMatchObject({ error: 'HF_NOT_FOUND' });
  });

  it('names the missing body on routes that need one', async () => {
    const r = await bodiless('POST', '/v1/mappings/parse-sample');
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({ error: 'HF_BAD_REQUEST', message: 'body must be object' });
  });
});
