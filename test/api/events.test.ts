import { expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('events', (store) => {
  const api = useApi(store);

  it('creates an event with standard fields, custom fields, tags and a status', async () => {
    await api.acme.put('/v1/tags/Roadshow', { objects: ['events'] });
    await api.acme.put('/v1/event-custom-fields/region', { attributes: { type: 'multi_select', options: ['EMEA', 'APAC', 'AMER'] } });
    await api.acme.put('/v1/event-custom-fields/notes', { attributes: { type: 'text' } });
    const r = await api.acme.put('/v1/events/RS-LON', {
      name: 'Roadshow London',
      isTest: false,
      status: 'open',
      startDate: '2026-03-01',
      endDate: '2026-03-02',
      location: 'London',
      timezone: 'Europe/London',
      customFields: { region: ['EMEA'], notes: '<a href="https://x.io">Agenda</a>' },
      tags: ['Roadshow'],
    });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      code: 'RS-LON', name: 'Roadshow London', isTest: false, status: 'open', startDate: '2026-03-01', endDate: '2026-03-02',
      location: 'London', timezone: 'Europe/London', description: null,
      customFields: { region: ['EMEA'], notes: '<a href="https://x.io">Agenda</a>' }, tags: ['Roadshow'],
    });
  });

  it('keeps fields left out of an update, and clears those sent as null', async () => {
    const r = await api.acme.put('/v1/events/RS-LON', { location: null, name: 'Roadshow: London' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'Roadshow: London', location: null, startDate: '2026-03-01', tags: ['Roadshow'] });
  });

  it('keeps the custom fields a partial update leaves out', async () => {
    const r = await api.acme.put('/v1/events/RS-LON', { customFields: { region: ['APAC', 'AMER'] } });
    expect(r.body.customFields).toEqual({ region: ['APAC', 'AMER'], notes: '<a href="https://x.io">Agenda</a>' });
    expect((await api.acme.get('/v1/events/RS-LON')).body.customFields).toEqual({ region: ['APAC', 'AMER'], notes: '<a href="https://x.io">Agenda</a>' });
    const cleared = await api.acme.put('/v1/events/RS-LON', { customFields: { notes: null } });
    expect(cleared.body.customFields).toEqual({ region: ['APAC', 'AMER'], notes: null });
    await api.acme.put('/v1/events/RS-LON', { customFields: { region: ['EMEA'], notes: '<a href="https://x.io">Agenda</a>' } });
  });

  it('starts a new event as live, in planning, named by its code', async () => {
    const r = await api.acme.put('/v1/events/BARE', {});
    expect(r.body).toMatchObject({ code: 'BARE', name: 'BARE', isTest: false, status: 'planning', tags: [] });
  });

  it('checks custom field values against their definitions', async () => {
    const bad = await api.acme.put('/v1/events/RS-LON', { customFields: { region: ['MARS'] } });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toBe("customFields/region: 'MARS' is not one of the allowed values (EMEA, APAC, AMER)");
    const single = await api.acme.put('/v1/events/RS-LON', { customFields: { region: 'EMEA' } });
    expect(single.body.message).toBe('customFields/region: a multi_select field takes a list of values');
    const unknown = await api.acme.put('/v1/events/RS-LON', { customFields: { budget: '1' } });
    expect(unknown.body).toMatchObject({ error: 'HF_UNKNOWN_REFERENCE', field: 'customFields/budget' });
  });

  it('rejects an unknown event status by name', async () => {
    const r = await api.acme.put('/v1/events/RS-LON', { status: 'postponed' });
    expect(r.status).toBe(422);
    expect(r.body.message).toBe("status: event status 'postponed' does not exist");
  });

  it('lists and reads events', async () => {
    expect((await api.acme.get('/v1/events')).body.events.map((e: any) => e.code)).toEqual(['RS-LON', 'BARE']);
    expect((await api.acme.get('/v1/events/NOPE')).status).toBe(404);
  });
});
