import { beforeAll, expect, it } from 'vitest';
import type { ChangeProcessor } from '../../src/evaluation/change-processor.js';
import { joe, seedSummit, useApi } from '../support/api.js';
import { changeProcessor } from '../support/pipeline.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('flows', (store) => {
  const api = useApi(store);
  let processor: ChangeProcessor;
  /** Processes every pending change, then answers what the flows decided about them. */
  let seen = 0;
  const decisions = async () => {
    await processor.drain();
    const { outcomes } = (await api.acme.get(`/v1/flow-outcomes?after=${seen}&limit=1000`)).body;
    seen = outcomes.at(-1)?.id ?? seen;
    return outcomes.map((o: any) => (o.triggered ? `${o.flow}: triggered` : `${o.flow}: ${o.reason}`));
  };
  const flow = (name: string, body: object) => api.acme.put(`/v1/flows/${encodeURIComponent(name)}`, body);
  const destination = { name: 'CRM', connection: 'crm', payloadMapping: 'Lead Mapping' };

  beforeAll(async () => {
    processor = changeProcessor(api.database);
    await seedSummit(api.acme);
    for (const client of [api.acme, api.rival]) {
      await client.put('/v1/connections/crm', { url: 'http://127.0.0.1:9/crm', auth: { type: 'none' } });
      await client.put('/v1/mappings/Lead%20Mapping', { fields: [{ name: 'email', type: 'string', value: [{ kind: 'source', source: 'profile.email' }] }] });
    }
    await processor.drain();
  });

  it('saves an incomplete flow, says what is missing, and never fires it', async () => {
    const r = await flow('Draft', {});
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ name: 'Draft', mode: 'test', active: true, status: 'incomplete', missing: ['a source', 'a destination'], version: 1 });
    const partial = await flow('Draft', { source: 'registration_status_change', destinations: [{ name: 'CRM' }] });
    expect(partial.body.missing).toEqual([
      'registration status tags to activate for',
      "destination 'CRM': a connection",
      "destination 'CRM': a payload mapping",
    ]);
    expect(partial.body.version).toBe(2);
    await api.acme.put('/v1/registrations/R-0', joe('R-0', { isTest: true }));
    expect(await decisions()).toEqual(['Draft: incomplete']);
    expect((await api.acme.delete('/v1/flows/Draft')).status).toBe(204);
  });

  it('requires each source its own activate-for tags, of the right object', async () => {
    const session = await flow('Sessions', { source: 'session_registration_status_change', destinations: [destination] });
    expect(session.body.missing).toEqual(['session registration status tags to activate for']);
    const events = await flow('Events', { source: 'event_create_update', destinations: [destination] });
    expect(events.body.missing).toEqual(['event status tags to activate for']);
    const wrongObject = await flow('Bad', { source: 'registration_status_change', activateFor: { registrationStatusTags: ['VIP'] } });
    expect(wrongObject.status).toBe(422);
    expect(wrongObject.body.message).toBe(
      "activateFor/registrationStatusTags/0: tag 'VIP' cannot be applied to flow 'Bad': it is set up for registration properties, attendee types, not registration statuses",
    );
    await api.acme.delete('/v1/flows/Sessions');
    await api.acme.delete('/v1/flows/Events');
  });

  it('names unknown connections, mappings and filter fields', async () => {
    const cases: [object, string][] = [
      [{ destinations: [{ name: 'X', connection: 'nope' }] }, "destinations/0/connection: connection 'nope' does not exist"],
      [{ destinations: [{ name: 'X', payloadMapping: 'nope' }] }, "destinations/0/payloadMapping: mapping 'nope' does not exist"],
      [{ destinations: [{ name: 'X' }, { name: 'X' }] }, "destinations/1/name: destination 'X' appears twice"],
      [{ filters: [{ field: 'event.custom.industry', operator: 'equals', value: 'Tech' }] }, ''],
    ];
    for (const [body, message] of cases) {
      const r = await flow('Bad', body);
      if (message) expect(r.body.message).toBe(message);
      else expect(r.status).toBe(201);
    }
    await api.acme.delete('/v1/flows/Bad');
  });

  it('takes a write-back onto profile custom fields, and refuses one naming a field that does not exist or lacking its target', async () => {
    await api.acme.put('/v1/profile-custom-fields/crm_lead_id', { attributes: { type: 'text' } });
    const writeBack = (to: object) => ({ source: 'registration_create_update', destinations: [{ ...destination, writeBack: [{ from: 'data.id', to }] }] });
    const saved = await flow('Bad', writeBack({ customField: 'crm_lead_id' }));
    expect(saved.status).toBe(201);
    expect(saved.body.destinations[0].writeBack).toEqual([{ from: 'data.id', to: { customField: 'crm_lead_id' } }]);
    const unknown = await flow('Bad', writeBack({ customField: 'nope' }));
    expect(unknown.body).toMatchObject({ field: 'destinations/0/writeBack/0/to/customField', message: "destinations/0/writeBack/0/to/customField: profile custom field 'nope' does not exist" });
    const shapeless = await flow('Bad', writeBack({}));
    expect(shapeless.status).toBe(400);
    expect(shapeless.body.message).toMatch(/writeBack\/0\/to.*customField/);
    const onEvents = await flow('Bad', { ...writeBack({ customField: 'crm_lead_id' }), source: 'event_create_update' });
    expect(onEvents.body.message).toBe('destinations/0/writeBack/0: an event flow has no registration to write back to');
    await api.acme.delete('/v1/flows/Bad');
  });

  it('fires a status-change flow when the new status carries a selected tag, custom statuses included', async () => {
    const saved = await flow('Registered to CRM', {
      mode: 'live',
      source: 'registration_status_change',
      activateFor: { registrationStatusTags: ['Registered'] },
      destinations: [destination],
    });
    expect(saved.body.status).toBe('complete');
    await api.acme.put('/v1/registrations/R-1', joe('R-1'));
    expect(await decisions()).toEqual(['Registered to CRM: untagged_status']);
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'registered' }));
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { answers: { diet: 'Vegan' } }));
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'confirmed' }));
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'invited' }));
    expect(await decisions()).toEqual(['Registered to CRM: triggered', 'Registered to CRM: triggered', 'Registered to CRM: untagged_status']);
  });

  it('records the actions of a triggered flow and the reason of one that did not fire', async () => {
    await api.acme.put('/v1/registrations/R-1', joe('R-1', { status: 'registered' }));
    await processor.drain();
    const { changes } = (await api.acme.get('/v1/changes?subjectCode=R-1&limit=1000')).body;
    const last = changes.at(-1);
    const { outcomes } = (await api.acme.get(`/v1/flow-outcomes?changeId=${last.id}`)).body;
    expect(outcomes).toEqual([
      expect.objectContaining({
        changeId: last.id,
        flow: 'Registered to CRM',
        flowVersion: 1,
        triggered: true,
        actions: [{ destination: 'CRM', connection: 'crm', payloadMapping: 'Lead Mapping', headerMapping: null }],
      }),
    ]);
    seen = (await api.acme.get('/v1/flow-outcomes?limit=1000')).body.outcomes.at(-1).id;
  });

  it('takes an edit into account for the very next change: no minute of delay', async () => {
    expect((await api.acme.put('/v1/flows/Registered%20to%20CRM/active', { active: false })).body.active).toBe(false);
    await api.acme.put('/v1/registrations/R-2', joe('R-2', { status: 'registered' }));
    expect(await decisions()).toEqual(['Registered to CRM: inactive']);
    await api.acme.put('/v1/flows/Registered%20to%20CRM/active', { active: true });
    await api.acme.put('/v1/registrations/R-2', joe('R-2', { status: 'cancelled' }));
    await api.acme.put('/v1/tags/Gone', { objects: ['registration_statuses'] });
    await api.acme.put('/v1/registration-statuses/cancelled', { tags: ['Gone'] });
    await api.acme.put('/v1/registrations/R-2', joe('R-2', { status: 'registered' }));
    expect(await decisions()).toEqual(['Registered to CRM: not_activated', 'Registered to CRM: triggered']);
  });

  it('keeps Live and Test apart exactly as the guide says', async () => {
    await flow('Test flow', { mode: 'test', source: 'registration_status_change', activateFor: { registrationStatusTags: ['Registered'] }, destinations: [destination] });
    await api.acme.put('/v1/events/DRYRUN', { name: 'Dry run', isTest: true });
    await api.acme.put('/v1/registrations/L-1', joe('L-1', { status: 'registered' }));
    expect((await decisions()).sort()).toEqual(['Registered to CRM: triggered', 'Test flow: live_test_mismatch']);
    await api.acme.put('/v1/registrations/T-1', joe('T-1', { status: 'registered', isTest: true }));
    expect((await decisions()).sort()).toEqual(['Registered to CRM: live_test_mismatch', 'Test flow: triggered']);
    await api.acme.put('/v1/registrations/D-1', { ...joe('D-1'), eventCode: 'DRYRUN', status: 'registered' });
    expect((await decisions()).sort()).toEqual(['Registered to CRM: live_test_mismatch', 'Test flow: triggered']);
    await api.acme.delete('/v1/flows/Test%20flow');
  });

  it('activates a create/update flow for registration property tags, standard ones automatic', async () => {
    await flow('VIPs', { mode: 'live', source: 'registration_create_update', activateFor: { registrationPropertyTags: ['VIP', 'Complete'] }, destinations: [destination] });
    await api.acme.put('/v1/flows/Registered%20to%20CRM/active', { active: false });
    await api.acme.put('/v1/registrations/V-1', joe('V-1'));
    await api.acme.put('/v1/registrations/V-1', joe('V-1', { properties: { vip_dinner: true } }));
    await api.acme.put('/v1/registrations/V-2', joe('V-2', { properties: { complete: true } }));
    expect((await decisions()).filter((d: string) => d.startsWith('VIPs'))).toEqual(['VIPs: not_activated', 'VIPs: triggered', 'VIPs: triggered']);
    await api.acme.delete('/v1/flows/VIPs');
  });

  it('filters on event, profile and attendee-type tags', async () => {
    await flow('Filtered', {
      mode: 'live',
      source: 'registration_create_update',
      activateFor: { registrationStatusTags: ['Registered'] },
      filters: [
        { field: 'event.tags', operator: 'equals', value: 'Roadshow' },
        { field: 'event.custom.industry', operator: 'in', values: ['Tech'] },
        { field: 'profile.position', operator: 'equals', value: 'cto' },
        { field: 'attendeeType.tags', operator: 'equals', value: 'VIP' },
      ],
      destinations: [destination],
    });
    await api.acme.put('/v1/registrations/F-1', joe('F-1', { status: 'registered', attendeeType: 'SPK' }));
    await api.acme.put('/v1/registrations/F-2', joe('F-2', { status: 'registered' }));
    await api.acme.put('/v1/registrations/F-3', { ...joe('F-3', { status: 'registered', attendeeType: 'SPK' }), profile: { code: 'P-F-3', position: 'Intern' } });
    const filtered = (await decisions()).filter((d: string) => d.startsWith('Filtered'));
    expect(filtered).toEqual(['Filtered: triggered', 'Filtered: filtered_out', 'Filtered: filtered_out']);
    const reasons = (await api.acme.get('/v1/flow-outcomes?flow=Filtered&triggered=false')).body.outcomes.map((o: any) => o.detail);
    expect(reasons).toEqual(['filtered out by attendeeType.tags equals VIP', 'filtered out by profile.position equals cto']);
    await api.acme.delete('/v1/flows/Filtered');
  });

  it('fires session and event flows on their own status tags', async () => {
    await api.acme.put('/v1/tags/Attending', { objects: ['session_registration_statuses'] });
    await api.acme.put('/v1/session-registration-statuses/attended', { tags: ['Attending'] });
    await api.acme.put('/v1/tags/Open', { objects: ['event_statuses'] });
    await api.acme.put('/v1/event-statuses/open', { tags: ['Open'] });
    await flow('Sessions', { mode: 'live', source: 'session_registration_status_change', activateFor: { sessionRegistrationStatusTags: ['Attending'] }, destinations: [destination] });
    await flow('Events', { mode: 'live', source: 'event_create_update', activateFor: { eventStatusTags: ['Open'] }, destinations: [destination] });
    await decisions();
    await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'registered' });
    await api.acme.put('/v1/registrations/R-1/sessions/KEYNOTE', { status: 'attended' });
    await api.acme.put('/v1/events/SUMMIT', { status: 'closed' });
    await api.acme.put('/v1/events/SUMMIT', { status: 'open' });
    expect(await decisions()).toEqual(['Sessions: untagged_status', 'Sessions: triggered', 'Events: untagged_status', 'Events: triggered']);
  });

  it("never evaluates one account's changes against another's flows", async () => {
    await api.rival.put('/v1/tags/Registered', { objects: ['registration_statuses'] });
    await api.rival.put('/v1/events/SUMMIT', { name: 'Rival summit' });
    await api.rival.put('/v1/registrations/R-1', joe('R-1', { status: 'registered' }));
    expect(await decisions()).toEqual([]);
    expect((await api.rival.get('/v1/flow-outcomes')).body.outcomes).toEqual([]);
    expect((await api.rival.get('/v1/flows/Sessions')).status).toBe(404);
  });
});
