import { expect, it } from 'vitest';
import { joe, seedSummit, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

/** Every write route, with a body it accepts. */
const WRITES: [method: 'PUT' | 'POST', url: string, body: Record<string, unknown>][] = [
  ['PUT', '/v1/tags/Fresh', { objects: ['events'] }],
  ['PUT', '/v1/registration-statuses/new', { tags: [] }],
  ['PUT', '/v1/session-registration-statuses/registered', { tags: [] }],
  ['PUT', '/v1/event-statuses/open', { tags: [] }],
  ['PUT', '/v1/event-custom-fields/size', { attributes: { type: 'select', options: ['S'] } }],
  ['PUT', '/v1/profile-custom-fields/size', { attributes: { type: 'text' } }],
  ['PUT', '/v1/events/SUMMIT', { name: 'Summit' }],
  ['PUT', '/v1/events/SUMMIT/registration-statuses/waiting', { name: 'Waiting' }],
  ['PUT', '/v1/events/SUMMIT/registration-properties/parking', { name: 'Parking' }],
  ['PUT', '/v1/events/SUMMIT/attendee-types/STAFF', { name: 'Staff' }],
  ['PUT', '/v1/events/SUMMIT/questions/q2', { attributes: { text: 'Why?', type: 'text' } }],
  ['PUT', '/v1/events/SUMMIT/sessions/PANEL', { name: 'Panel', startsAt: '2026-12-01T10:00:00Z' }],
  ['PUT', '/v1/profiles/P-9', { firstName: 'Ann' }],
  ['PUT', '/v1/registrations/R-9', joe('R-9')],
  ['POST', '/v1/registrations/bulk', { registrations: [{ code: 'R-8', ...joe('R-8') }] }],
  ['PUT', '/v1/registrations/R-9/sessions/KEYNOTE', { status: 'registered' }],
  ['POST', '/v1/api-keys', { name: 'k' }],
];

const READS = ['/v1/tags', '/v1/events', '/v1/profiles', '/v1/registrations', '/v1/changes', '/v1/api-keys', '/v1/registration-statuses'];

/** A small deterministic generator, so a failing case can be replayed. */
function* garbage(seed: number): Generator<unknown> {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values: unknown[] = [null, true, 0, -1, 1e308, '', ' ', 'x'.repeat(5000), '<script>', '../..', '\u0000', [], [null], {}, { a: { b: [1] } }, 'NOPE'];
  for (;;) yield values[Math.floor(next() * values.length)];
}

describeEachStore('bad input', (store) => {
  const api = useApi(store, 64 * 1024);
  const send = (method: string, url: string, payload: string | object, contentType = 'application/json') =>
    api.app.inject({ method: method as 'PUT', url, payload, headers: { authorization: `Bearer ${api.acme.key}`, 'content-type': contentType } });

  it('seeds the guide setup', async () => seedSummit(api.acme));

  it.each(WRITES)('%s %s accepts its valid body', async (method, url, body) => {
    const r = await send(method, url, body);
    expect(r.statusCode, r.body).toBeLessThan(300);
  });

  it.each(WRITES)('%s %s answers malformed JSON with 400', async (method, url) => {
    const r = await send(method, url, '{"name": ');
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toBe('HF_BAD_REQUEST');
  });

  it.each(WRITES)('%s %s names an unknown field', async (method, url, body) => {
    const r = await send(method, url, { ...body, surprise: 1 });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toBe('body/surprise is not a known field');
  });

  it.each(WRITES)('%s %s refuses a body that is not JSON', async (method, url) => {
    const r = await send(method, url, 'name=x', 'application/x-www-form-urlencoded');
    expect(r.statusCode).toBe(415);
    expect(r.json().error).toBe('HF_UNSUPPORTED_MEDIA_TYPE');
  });

  it.each(WRITES)('%s %s answers a body over the configured size with 413', async (method, url, body) => {
    const r = await send(method, url, { ...body, padding: 'x'.repeat(70 * 1024) });
    expect(r.statusCode).toBe(413);
    expect(r.json().message).toBe('the request body is larger than this server accepts');
  });

  it.each(WRITES)('%s %s never answers 5xx or leaks a stack, whatever the fields hold', async (method, url, body) => {
    const values = garbage(url.length);
    for (let round = 0; round < 25; round++) {
      const mutated = Object.fromEntries(Object.keys(body).map((k) => [k, values.next().value]));
      const r = await send(method, url, mutated);
      expect(r.statusCode, `${JSON.stringify(mutated)} -> ${r.body}`).toBeLessThan(500);
      if (r.statusCode >= 400) {
        expect(r.json()).toMatchObject({ error: expect.stringMatching(/^HF_/), message: expect.any(String) });
        expect(r.body).not.toMatch(/at .*\.(ts|js):\d+/);
      }
    }
  });

  it('names the field and the problem for wrong types', async () => {
    const r = await send('PUT', '/v1/registrations/R-9', { ...joe('R-9'), isTest: 'yes', properties: { complete: 'no' } });
    expect(r.json().message).toBe('body/isTest must be boolean; body/properties/complete must be boolean');
    const tag = await send('PUT', '/v1/tags/X', { objects: ['planets'] });
    expect(tag.json().message).toMatch(/^body\/objects\/0 must be one of registration_statuses, /);
    const missing = await send('PUT', '/v1/registrations/R-10', { profile: { code: 'P' } });
    expect(missing.json().message).toBe("registration 'R-10' is new: eventCode is required");
  });

  it('refuses codes with characters a code cannot hold', async () => {
    const r = await send('PUT', '/v1/events/bad%20code', { name: 'x' });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/^params\/code must match pattern/);
  });

  it.each(READS)('GET %s refuses unknown or malformed query parameters', async (url) => {
    const r = await api.acme.get(`${url}?limit=zero`);
    expect([200, 400]).toContain(r.status);
    if (url !== '/v1/tags' && url !== '/v1/api-keys' && url !== '/v1/events' && url !== '/v1/registration-statuses') {
      expect(r.status).toBe(400);
      expect(r.body.message).toBe('querystring/limit must be integer');
    }
  });

  it('answers an unknown route with a 404 in the same shape', async () => {
    const r = await api.acme.get('/v1/planets');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: 'HF_NOT_FOUND', message: 'no route GET /v1/planets' });
  });
});
