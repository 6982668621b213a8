import { expect, it } from 'vitest';
import { seedSummit, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('catalogue: statuses, properties, attendee types, questions, custom fields', (store) => {
  const api = useApi(store);
  it('seeds the guide setup', async () => seedSummit(api.acme));

  it('has the eight standard registration statuses in every account, tagged at account level', async () => {
    const { entries } = (await api.acme.get('/v1/registration-statuses')).body;
    expect(entries.map((e: any) => e.name)).toEqual([
      'New', 'Requested Invitation', 'Waitlist Hold', 'Invited', 'Request Denied', 'Invitation Sent', 'Registered', 'Cancelled',
    ]);
    expect(entries.find((e: any) => e.code === 'registered').tags).toEqual(['Registered']);
    expect(entries.every((e: any) => e.standard && e.eventCode === null)).toBe(true);
  });

  it('lets a standard status change its tags but not its name', async () => {
    expect((await api.acme.put('/v1/registration-statuses/invited', { tags: ['Invited'] })).body.tags).toEqual(['Invited']);
    const renamed = await api.acme.put('/v1/registration-statuses/invited', { name: 'Asked' });
    expect(renamed.status).toBe(422);
    expect(renamed.body.message).toBe("registration status 'invited' is standard: only its tags can change");
  });

  it('defines custom statuses per event, tagged there', async () => {
    const { entries } = (await api.acme.get('/v1/events/SUMMIT/registration-statuses')).body;
    expect(entries).toEqual([
      { kind: 'registration_status', code: 'confirmed', name: 'Confirmed', eventCode: 'SUMMIT', standard: false, tags: ['Registered'], attributes: {} },
    ]);
    const clash = await api.acme.put('/v1/events/SUMMIT/registration-statuses/registered', { name: 'Mine' });
    expect(clash.status).toBe(409);
  });

  it('rejects a tag that is not set up for the object, naming both', async () => {
    const r = await api.acme.put('/v1/events/SUMMIT/attendee-types/GUEST', { name: 'Guest', tags: ['Roadshow'] });
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      error: 'HF_TAG_NOT_APPLICABLE',
      field: 'tags/0',
      message: "tags/0: tag 'Roadshow' cannot be applied to attendee type 'GUEST': it is set up for events, not attendee types",
    });
  });

  it('rejects an unknown tag by name', async () => {
    const r = await api.acme.put('/v1/events/SUMMIT/registration-properties/parking', { tags: ['Nope'] });
    expect(r.status).toBe(422);
    expect(r.body.message).toBe("tags/0: tag 'Nope' does not exist");
  });

  it('takes at most one tag on a question, and says why', async () => {
    const r = await api.acme.put('/v1/events/SUMMIT/questions/shirt', { tags: ['Diet', 'Shirt'], attributes: { type: 'text' } });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('HF_TOO_MANY_TAGS');
    expect(r.body.message).toContain('more would send its data downstream more than once');
  });

  it('requires the allowed values of an enumerated question or custom field', async () => {
    const r = await api.acme.put('/v1/events/SUMMIT/questions/size', { attributes: { text: 'Size?', type: 'select' } });
    expect(r.status).toBe(422);
    expect(r.body.field).toBe('attributes/options');
    const ok = await api.acme.put('/v1/events/SUMMIT/questions/size', { attributes: { text: 'Size?', type: 'select', options: ['S', 'M'] } });
    expect(ok.status).toBe(201);
  });

  it('has session registration statuses and event statuses to tag', async () => {
    await api.acme.put('/v1/tags/Attending', { objects: ['session_registration_statuses'] });
    await api.acme.put('/v1/tags/Live', { objects: ['event_statuses'] });
    expect((await api.acme.put('/v1/session-registration-statuses/registered', { tags: ['Attending'] })).status).toBe(200);
    expect((await api.acme.put('/v1/event-statuses/open', { tags: ['Live'] })).body.tags).toEqual(['Live']);
    expect((await api.acme.get('/v1/session-registration-statuses')).body.entries.length).toBe(4);
  });

  it('answers 404 for entries of an event that does not exist', async () => {
    expect((await api.acme.get('/v1/events/NOPE/attendee-types')).status).toBe(404);
    expect((await api.acme.put('/v1/events/NOPE/attendee-types/SPK', { name: 'x' })).status).toBe(404);
  });

  it('reads single entries back', async () => {
    const r = await api.acme.get('/v1/events/SUMMIT/questions/diet');
    expect(r.body).toMatchObject({ kind: 'question', code: 'diet', name: 'Diet', eventCode: 'SUMMIT' });
    expect((await api.acme.get('/v1/events/SUMMIT/questions/NONE')).status).toBe(404);
  });
});
