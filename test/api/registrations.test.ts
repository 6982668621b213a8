import { expect, it } from 'vitest';
import { joe, seedSummit, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('registrations', (store) => {
  const api = useApi(store);
  it('seeds the guide setup', async () => seedSummit(api.acme));

  it('creates a registration with its profile, status New by default', async () => {
    const r = await api.acme.put('/v1/registrations/R-1', joe('R-1', { attendeeType: 'SPK', answers: { diet: 'Vegan' }, properties: { vip_dinner: true } }));
    expect(r.status).toBe(201);
    expect(r.body.outcome).toBe('created');
    expect(r.body.registration).toMatchObject({
      code: 'R-1', eventCode: 'SUMMIT', status: 'new', attendeeType: 'SPK', isTest: false,
      properties: { vip_dinner: true }, answers: { diet: 'Vegan' },
      profile: { code: 'P-R-1', firstName: 'Joe', email: 'joe@example.com', organization: 'Initech' },
    });
    expect(typeof (await api.acme.get('/v1/registrations/R-1')).body.createdAt).toBe('string');
  });

  it('is idempotent: the same upsert twice leaves it unchanged', async () => {
    const body = joe('R-1', { attendeeType: 'SPK', answers: { diet: 'Vegan' }, properties: { vip_dinner: true } });
    const r = await api.acme.put('/v1/registrations/R-1', body);
    expect(r.status).toBe(200);
    expect(r.body.outcome).toBe('unchanged');
  });

  it('moves to a standard or an event custom status', async () => {
    expect((await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'registered' }))).body.registration.status).toBe('registered');
    expect((await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'confirmed' }))).body.registration.status).toBe('confirmed');
  });

  it('names unknown references: event, status, attendee type, property, question', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ eventCode: 'NOPE' }, "eventCode: event 'NOPE' does not exist"],
      [{ status: 'gone' }, "status: registration status 'gone' does not exist"],
      [{ attendeeType: 'CEO' }, "attendeeType: attendee type 'CEO' does not exist"],
      [{ properties: { parking: true } }, "properties/parking: registration property 'parking' does not exist"],
      [{ answers: { age: '42' } }, "answers/age: question 'age' does not exist"],
    ];
    for (const [extra, message] of cases) {
      const r = await api.acme.put('/v1/registrations/R-9', { ...joe('R-9'), ...extra });
      expect(r.status, message).toBe(422);
      expect(r.body.message).toBe(message);
    }
    expect((await api.acme.get('/v1/registrations/R-9')).status).toBe(404);
  });

  it('knows the standard registration properties', async () => {
    const r = await api.acme.put('/v1/registrations/R-1', joe('R-1', { properties: { complete: true, badge_printed: true, on_to_do_list: false, invoice_generated: true } }));
    expect(r.body.registration.properties).toEqual({ vip_dinner: true, complete: true, badge_printed: true, on_to_do_list: false, invoice_generated: true });
  });

  it('does not let a registration move to another event', async () => {
    await api.acme.put('/v1/events/OTHER', { name: 'Other' });
    const r = await api.acme.put('/v1/registrations/R-1', { ...joe('R-1'), eventCode: 'OTHER' });
    expect(r.status).toBe(422);
    expect(r.body.field).toBe('eventCode');
  });

  it('lists registrations by event, a page at a time', async () => {
    await api.acme.put('/v1/registrations/R-2', joe('R-2'));
    await api.acme.put('/v1/registrations/R-3', { ...joe('R-3'), eventCode: 'OTHER' });
    const summit = (await api.acme.get('/v1/registrations?eventCode=SUMMIT')).body.registrations.map((r: any) => r.code);
    expect(summit).toEqual(['R-1', 'R-2']);
    const page = (await api.acme.get('/v1/registrations?limit=1&after=R-1')).body.registrations.map((r: any) => r.code);
    expect(page).toEqual(['R-2']);
  });

  it('updates an existing registration from only the fields sent: the rest keeps its value', async () => {
    await api.acme.put('/v1/registrations/R-P', joe('R-P', { answers: { diet: 'Vegan' } }));
    const { changes: [{ id: cursor }] } = (await api.acme.get('/v1/changes?subjectCode=R-P')).body;
    const r = await api.acme.put('/v1/registrations/R-P', { status: 'registered' });
    expect(r.status).toBe(200);
    expect(r.body.outcome).toBe('updated');
    expect(r.body.registration).toMatchObject({ eventCode: 'SUMMIT', status: 'registered', answers: { diet: 'Vegan' }, profile: { code: 'P-R-P', firstName: 'Joe', email: 'joe@example.com' } });
    const [change] = (await api.acme.get(`/v1/changes?subjectCode=R-P&after=${cursor}`)).body.changes;
    expect(change.kind).toBe('registration.status_changed');
    expect(change.after).toEqual({ ...change.before, status: 'registered' });
  });

  it("updates the registration's own profile from a profile without a code", async () => {
    const r = await api.acme.put('/v1/registrations/R-P', { profile: { phone: '+351 555 0100' } });
    expect(r.status).toBe(200);
    expect(r.body.registration.profile).toMatchObject({ code: 'P-R-P', firstName: 'Joe', phone: '+351 555 0100' });
    expect((await api.acme.get('/v1/profiles/P-R-P')).body.phone).toBe('+351 555 0100');
  });

  it('refuses to create a registration without its event and profile, naming each missing field', async () => {
    const bare = await api.acme.put('/v1/registrations/R-NEW', { status: 'registered' });
    expect(bare.status).toBe(400);
    expect(bare.body).toEqual({ error: 'HF_BAD_REQUEST', message: "registration 'R-NEW' is new: eventCode is required; profile is required", field: 'eventCode' });
    const noProfileCode = await api.acme.put('/v1/registrations/R-NEW', { eventCode: 'SUMMIT', profile: { firstName: 'Ann' } });
    expect(noProfileCode.body.message).toBe("registration 'R-NEW' is new: profile/code is required");
    expect((await api.acme.get('/v1/registrations/R-NEW')).status).toBe(404);
  });

  it('sets session registration statuses, checking the session and the status', async () => {
    const r = await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'registered' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ registrationCode: 'R-1', eventCode: 'SUMMIT', sessionCode: 'KEYNOTE', status: 'registered' });
    expect((await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'attended' })).status).toBe(200);
    expect((await api.acme.get('/v1/registrations/R-1/sessions')).body.sessionRegistrations).toHaveLength(1);
    expect((await api.acme.get('/v1/registrations/R-1/sessions/KEYNOTE')).body.status).toBe('attended');
    const badSession = await api.acme.put('/v1/registrations/R-1/sessions/PANEL', { status: 'registered' });
    expect(badSession.body.message).toBe("sessionCode: session 'PANEL' does not exist in event 'SUMMIT'");
    const badStatus = await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'maybe' });
    expect(badStatus.body.message).toBe("status: session registration status 'maybe' does not exist");
    expect((await api.acme.put('/v1/registrations/NOPE/sessions/KEYNOTE', { status: 'registered' })).status).toBe(404);
  });
});
