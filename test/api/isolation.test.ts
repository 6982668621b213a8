import { expect, it } from 'vitest';
import { joe, seedSummit, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

/** A key of one account never reads, changes or even learns of another account's data: 404, not 403. */
describeEachStore('tenant isolation', (store) => {
  const api = useApi(store);

  it('seeds Acme with one of everything', async () => {
    await seedSummit(api.acme);
    expect((await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'registered', attendeeType: 'SPK' }))).status).toBe(201);
    expect((await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'registered' })).status).toBe(201);
    expect((await api.acme.put('/v1/profiles/P-solo', { firstName: 'Solo' })).status).toBe(201);
  });

  it.each([
    '/v1/tags/Roadshow',
    '/v1/events/SUMMIT',
    '/v1/events/SUMMIT/attendee-types',
    '/v1/events/SUMMIT/attendee-types/SPK',
    '/v1/events/SUMMIT/registration-statuses/confirmed',
    '/v1/events/SUMMIT/registration-properties/vip_dinner',
    '/v1/events/SUMMIT/questions/diet',
    '/v1/events/SUMMIT/sessions/KEYNOTE',
    '/v1/event-custom-fields/industry',
    '/v1/profile-custom-fields/tshirt',
    '/v1/profiles/P-solo',
    '/v1/profiles/P-R-1',
    '/v1/registrations/R-1',
    '/v1/registrations/R-1/sessions',
    '/v1/registrations/R-1/sessions/KEYNOTE',
  ])('answers 404 to another account reading %s', async (url) => {
    expect((await api.acme.get(url)).status).toBe(200);
    const r = await api.rival.get(url);
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toMatch(/Summit 2026|Joe|Solo/);
  });

  it('shows another account none of the lists', async () => {
    const lists = await Promise.all(['/v1/events', '/v1/registrations', '/v1/profiles', '/v1/changes'].map((u) => api.rival.get(u)));
    expect(lists.map((l) => Object.values(l.body)[0])).toEqual([[], [], [], []]);
    const tags = (await api.rival.get('/v1/tags')).body.tags.map((t: any) => t.name);
    expect(tags).not.toContain('Roadshow');
    const statuses = (await api.rival.get('/v1/registration-statuses')).body.entries;
    expect(statuses.find((s: any) => s.code === 'registered').tags).toEqual([]);
  });

  it("cannot change another account's data through event-scoped routes", async () => {
    expect((await api.rival.put('/v1/events/SUMMIT/attendee-types/SPK', { name: 'Hijacked' })).status).toBe(404);
    expect((await api.rival.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'cancelled' })).status).toBe(404);
    expect((await api.acme.get('/v1/events/SUMMIT/attendee-types/SPK')).body.name).toBe('Speaker');
  });

  it("cannot point a registration at another account's event, nor learn it exists", async () => {
    const r = await api.rival.put('/v1/registrations/R-1', joe('R-1'));
    expect(r.status).toBe(422);
    expect(r.body.message).toBe("eventCode: event 'SUMMIT' does not exist");
    const bulk = await api.rival.post('/v1/registrations/bulk', { registrations: [{ code: 'R-1', ...joe('R-1') }] });
    expect(bulk.body.results[0].error.message).toBe("eventCode: event 'SUMMIT' does not exist");
  });

  it('keeps the same codes apart in two accounts', async () => {
    await api.rival.put('/v1/tags/Roadshow', { objects: ['events'] });
    await api.rival.put('/v1/events/SUMMIT', { name: 'Rival Summit', tags: ['Roadshow'] });
    expect((await api.rival.put('/v1/registrations/R-1', { ...joe('R-1'), profile: { code: 'P-R-1', firstName: 'Rita' } })).status).toBe(201);
    expect((await api.acme.get('/v1/events/SUMMIT')).body.name).toBe('Summit 2026');
    expect((await api.acme.get('/v1/registrations/R-1')).body.profile.firstName).toBe('Joe');
    expect((await api.rival.get('/v1/registrations/R-1')).body.profile.firstName).toBe('Rita');
    const rivalChanges = (await api.rival.get('/v1/changes')).body.changes.map((c: any) => c.kind);
    expect(rivalChanges).toEqual(['event.created', 'registration.created']);
  });

  it("cannot see or revoke another account's API keys", async () => {
    const acmeKeys = (await api.acme.get('/v1/api-keys')).body.apiKeys;
    expect((await api.rival.delete(`/v1/api-keys/${acmeKeys[0].id}`)).status).toBe(404);
    expect((await api.acme.get('/v1/events')).status).toBe(200);
  });
});
