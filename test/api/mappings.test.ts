import { expect, it } from 'vitest';
import { joe, seedSummit, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

const SLACK_SAMPLE = JSON.stringify({
  attachments: [
    {
      author_name: 'Sample Event Survey',
      color: '#FF8C00',
      pretext: '*Event Name:* My Test Event `Event Survey Response`',
      text: 'Survey responses below:',
      fields: [{ short: 'true', title: 'Testing', value: 'Correct' }],
      title: 'Attendee: Matt Cash (75876-4308060-1172)',
    },
  ],
});

const src = (source: string) => ({ kind: 'source', source });
const txt = (text: string) => ({ kind: 'text', text });

describeEachStore('mappings', (store) => {
  const api = useApi(store);
  it('seeds the guide setup', async () => {
    await seedSummit(api.acme);
    await api.acme.put('/v1/registrations/75876-4308060-1172', {
      ...joe('75876-4308060-1172', { status: 'registered', answers: { diet: 'Vegan' } }),
      profile: { code: 'P-matt', firstName: 'Matt', lastName: 'Cash', email: 'matt@example.com' },
    });
  });

  it('parses the pasted Slack sample, is mapped as in the guide, saved, and previewed against a registration', async () => {
    const parsed = await api.acme.post('/v1/mappings/parse-sample', { sample: SLACK_SAMPLE });
    expect(parsed.status).toBe(200);
    const attachments = parsed.body.fields[0];
    expect(attachments).toMatchObject({ name: 'attachments', type: 'array_of_objects' });
    const set: Record<string, object> = {
      author_name: { value: [src('event.name')] },
      color: { value: [txt('#36a64f')] },
      pretext: { value: [src('profile.firstName'), txt(' '), src('profile.lastName'), txt(' '), src('registration.code')] },
      text: { value: [txt('Question answered by Attendee')] },
      title: { value: [src('registration.statusName')] },
      short: { type: 'boolean', value: [txt('true')] },
      fieldTitle: { value: [src('item.name')] },
      value: { value: [src('item.answer')] },
    };
    attachments.fields = attachments.fields.map((f: any) =>
      f.name === 'fields'
        ? { ...f, each: 'registration.questions', fields: f.fields.map((g: any) => ({ ...g, ...set[g.name === 'title' ? 'fieldTitle' : g.name] })) }
        : { ...f, ...set[f.name] },
    );
    const saved = await api.acme.put('/v1/mappings/Slack%20Survey', parsed.body);
    expect(saved.status).toBe(201);
    expect(saved.body.version).toBe(1);

    const preview = await api.acme.post('/v1/mappings/preview', { name: 'Slack Survey', registrationCode: '75876-4308060-1172' });
    const slackMessage = {
      attachments: [
        {
          author_name: 'Summit 2026',
          color: '#36a64f',
          pretext: 'Matt Cash 75876-4308060-1172',
          text: 'Question answered by Attendee',
          fields: [{ short: true, title: 'Dietary needs?', value: 'Vegan' }],
          title: 'Registered',
        },
      ],
    };
    expect(preview.body).toEqual({ ok: true, value: slackMessage, body: JSON.stringify(slackMessage) });
  });

  it("previews the names of the registration's status and attendee type beside their codes", async () => {
    await api.acme.put('/v1/registrations/R-named', joe('R-named', { status: 'confirmed', attendeeType: 'SPK' }));
    const fields = ['status', 'statusName', 'attendeeType', 'attendeeTypeName'].map((f) => ({ name: f, type: 'string', value: [src(`registration.${f}`)] }));
    const named = await api.acme.post('/v1/mappings/preview', { mapping: { fields }, registrationCode: 'R-named' });
    expect(named.body.value).toEqual({ status: 'confirmed', statusName: 'Confirmed', attendeeType: 'SPK', attendeeTypeName: 'Speaker' });
    const untyped = await api.acme.post('/v1/mappings/preview', { mapping: { fields }, registrationCode: '75876-4308060-1172' });
    expect(untyped.body.value).toEqual({ status: 'registered', statusName: 'Registered' });
  });

  it('previews an unsaved mapping as a form body or a GET query, and as headers', async () => {
    const mapping = { fields: [{ name: 'lead', type: 'object', fields: [{ name: 'email', type: 'string', value: [src('profile.email')], transforms: ['upper'] }] }] };
    const form = await api.acme.post('/v1/mappings/preview', { mapping, registrationCode: '75876-4308060-1172', contentType: 'application/x-www-form-urlencoded' });
    expect(form.body.body).toBe('lead%5Bemail%5D=MATT%40EXAMPLE.COM');
    const get = await api.acme.post('/v1/mappings/preview', { mapping, registrationCode: '75876-4308060-1172', method: 'GET' });
    expect(get.body).toMatchObject({ body: null, query: '?lead%5Bemail%5D=MATT%40EXAMPLE.COM' });
    const headers = await api.acme.post('/v1/mappings/preview', {
      mapping: { fields: [{ name: 'X-Event', type: 'string', value: [src('event.code')] }] },
      eventCode: 'SUMMIT',
      as: 'headers',
    });
    expect(headers.body).toEqual({ ok: true, headers: { 'X-Event': 'SUMMIT' } });
  });

  it('previews against a pasted sample context and reports render errors by path', async () => {
    const mapping = { fields: [{ name: 'Email', type: 'string', required: true, value: [src('profile.email')] }] };
    const r = await api.acme.post('/v1/mappings/preview', { mapping, sample: { account: { code: 'a' }, flow: { name: 'f' }, event: { customFields: {}, tags: [] } } });
    expect(r.body).toEqual({ ok: false, errors: [{ code: 'required_missing', path: '/Email', message: '/Email: is required and has no value', category: 'validation' }] });
  });

  it('refuses a mapping that does not compile, naming every problem', async () => {
    const r = await api.acme.put('/v1/mappings/Broken', { fields: [{ name: 'a', type: 'string', value: [src('profile.shoe')] }, { name: 'a', type: 'number' }] });
    expect(r.status).toBe(422);
    expect(r.body.message).toBe("/a: unknown source 'profile.shoe'; /a: 'a' appears twice");
    const shape = await api.acme.put('/v1/mappings/Broken', { fields: [{ name: 'a', type: 'date' }] });
    expect(shape.status).toBe(400);
    expect(shape.body.message).toMatch(/^body\/fields\/0\/type must be one of string, number/);
    const sample = await api.acme.post('/v1/mappings/parse-sample', { sample: '{"a":' });
    expect(sample.status).toBe(422);
    expect(sample.body.message).toMatch(/^sample: the sample is not valid JSON/);
  });

  it('bumps the version on a real change only, lists sources, and keeps mappings per account', async () => {
    const body = { fields: [{ name: 'code', type: 'string', value: [src('registration.code')] }] };
    expect((await api.acme.put('/v1/mappings/Lead', body)).body.version).toBe(1);
    expect((await api.acme.put('/v1/mappings/Lead', body)).body.version).toBe(1);
    expect((await api.acme.put('/v1/mappings/Lead', { fields: [...body.fields, { name: 'x', type: 'string', value: [txt('y')] }] })).body.version).toBe(2);
    const sources = (await api.acme.get('/v1/mapping-sources')).body.sources.map((s: any) => s.id);
    expect(sources).toEqual(expect.arrayContaining(['profile.firstName', 'profile.custom.tshirt', 'event.custom.industry', 'questionTag.Diet.answer', 'registration.property.vip_dinner', 'macro.uuid', 'flow.name']));
    expect((await api.rival.get('/v1/mappings/Lead')).status).toBe(404);
    expect((await api.rival.post('/v1/mappings/preview', { name: 'Lead', sample: {} })).status).toBe(404);
    expect((await api.rival.post('/v1/mappings/preview', { mapping: body, registrationCode: '75876-4308060-1172' })).status).toBe(404);
  });

  it('refuses to delete a mapping a flow uses', async () => {
    await api.acme.put('/v1/flows/Uses%20Lead', { destinations: [{ name: 'D', payloadMapping: 'Lead' }] });
    const r = await api.acme.delete('/v1/mappings/Lead');
    expect(r.status).toBe(409);
    expect(r.body.message).toBe("mapping 'Lead' is used by flow 'Uses Lead'");
    await api.acme.delete('/v1/flows/Uses%20Lead');
    expect((await api.acme.delete('/v1/mappings/Lead')).status).toBe(204);
  });

  it('still serves the OpenAPI document with the recursive mapping schema', async () => {
    const doc = await api.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().paths['/v1/mappings/{name}']).toBeDefined();
  });
});
