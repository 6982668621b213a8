import { beforeAll, afterAll, expect, it } from 'vitest';
import { type Reply, joe, seedSummit } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { CODE_MAPPING } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore("responses written back to the registration's person", (store) => {
  const p = usePipeline(store);
  let leads = 0;
  // One loopback server plays every target, by path: a CRM answering a new lead id each time, a
  // CRM answering in plain text, one answering without the field, and a sales inbox.
  const target = new Sink((req) => {
    if (req.url === '/crm') return { status: 201, body: JSON.stringify({ id: `L-${42 + leads++}`, lead: { status: 'qualified' } }) };
    if (req.url === '/crm-text') return { status: 200, body: 'OK, thanks', headers: { 'content-type': 'text/plain' } };
    if (req.url === '/crm-partial') return { status: 200, body: '{"id":"L-7"}' };
    if (req.url === '/crm-odd') return { status: 200, body: '{"id":"L-9","lead":{"status":"hot"}}' };
    return { status: 200, body: '{}' };
  });
  const ok = async (r: Promise<Reply>) => {
    const reply = await r;
    if (reply.status >= 300) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  };
  const writeBack = [
    { from: 'id', to: { customField: 'crm_lead_id' } },
    { from: '/lead/status', to: { customField: 'crm_status' } },
  ];
  /** A flow for one event, to a connection at `path`; `more` replaces any part of it. */
  const flowFor = (event: string, name: string, path: string, more: Record<string, unknown> = {}) =>
    ok(
      p.acme.put(`/v1/flows/${encodeURIComponent(name)}`, {
        mode: 'live',
        source: 'registration_create_update',
        activateFor: { registrationStatusTags: ['Registered'] },
        filters: [{ field: 'event.code', operator: 'equals', value: event }],
        destinations: [{ name: 'D', connection: path, payloadMapping: 'Code', writeBack }],
        ...more,
      }),
    );
  const received = (path: string, code: string) => target.received.filter((r) => r.url === `/${path}` && JSON.parse(r.body).registration === code);
  const customFields = async (code: string) => (await p.acme.get(`/v1/registrations/${code}`)).body.profile.customFields;
  const deliveriesTo = (connection: string, count: number) =>
    eventually(async () => {
      const { deliveries } = (await p.acme.get(`/v1/deliveries?connection=${connection}`)).body;
      return deliveries.length >= count && deliveries.every((d: any) => d.status === 'delivered' || d.status === 'failed') && deliveries;
    });
  const register = (event: string, code: string) => ok(p.acme.put(`/v1/registrations/${code}`, joe(code, { eventCode: event, status: 'registered', profile: { ...joe(code).profile, code: `P-${code}` } })));

  beforeAll(async () => {
    await target.start();
    await seedSummit(p.acme);
    await ok(p.acme.put('/v1/mappings/Code', CODE_MAPPING));
    await ok(p.acme.put('/v1/profile-custom-fields/crm_lead_id', { attributes: { type: 'text' } }));
    await ok(p.acme.put('/v1/profile-custom-fields/crm_status', { attributes: { type: 'radio', options: ['new', 'qualified'] } }));
    for (const path of ['crm', 'crm-text', 'crm-partial', 'crm-odd', 'sales', 'audit']) await ok(p.acme.put(`/v1/connections/${path}`, { url: `${target.url}/${path}`, auth: { type: 'none' }, timeoutMs: 5000 }));
    for (const event of ['WB-FEED', 'WB-LOOP', 'WB-TEXT', 'WB-PARTIAL', 'WB-ODD']) await ok(p.acme.put(`/v1/events/${event}`, { name: event }));
  });
  afterAll(() => target.stop());

  it("writes the CRM's lead id to the registration's custom field, and the write-back feeds a second flow filtered on it", async () => {
    await flowFor('WB-FEED', 'Feed: registered to CRM', 'crm', { source: 'registration_status_change' });
    await flowFor('WB-FEED', 'Feed: qualified to sales', 'sales', {
      filters: [
        { field: 'event.code', operator: 'equals', value: 'WB-FEED' },
        { field: 'profile.custom.crm_status', operator: 'equals', value: 'qualified' },
      ],
      destinations: [{ name: 'Sales', connection: 'sales', payloadMapping: 'Code' }],
    });
    await register('WB-FEED', 'F-1');
    const [toSales] = await deliveriesTo('sales', 1);
    expect(toSales.status).toBe('delivered');
    expect(await customFields('F-1')).toMatchObject({ crm_lead_id: expect.stringMatching(/^L-\d+$/), crm_status: 'qualified' });
    expect(received('sales', 'F-1')).toHaveLength(1);
    expect(received('crm', 'F-1')).toHaveLength(1);
    const [toCrm] = await deliveriesTo('crm', 1);
    expect((await p.acme.get(`/v1/deliveries/${toCrm.id}`)).body.attempts).toMatchObject([{ outcome: 'delivered', httpStatus: 201, note: null }]);
  });

  it('never lets a flow trigger again on a change its own write-back recorded, though other flows take it', async () => {
    // The CRM answers a new id each time: without the guard, each write-back would change the field and call it again.
    await flowFor('WB-LOOP', 'Loop: every update to CRM', 'crm');
    await flowFor('WB-LOOP', 'Loop: every update audited', 'audit', { destinations: [{ name: 'Audit', connection: 'audit', payloadMapping: 'Code' }] });
    await register('WB-LOOP', 'L-1');
    // The audit flow hears the registration and then its write-back: by then the write-back's change has been evaluated.
    await target.until(() => received('audit', 'L-1').length === 2);
    expect(await customFields('L-1')).toMatchObject({ crm_lead_id: expect.stringMatching(/^L-\d+$/), crm_status: 'qualified' });
    const { outcomes } = (await p.acme.get('/v1/flow-outcomes?limit=1000')).body;
    const loop = outcomes.filter((o: any) => o.flow === 'Loop: every update to CRM');
    expect(loop).toHaveLength(1);
    expect(received('crm', 'L-1')).toHaveLength(1);
  });

  it('records an answer that is not JSON on the attempt, explained, and still counts the delivery delivered', async () => {
    await flowFor('WB-TEXT', 'Text: to a CRM answering in words', 'crm-text');
    await register('WB-TEXT', 'T-1');
    const [d] = await deliveriesTo('crm-text', 1);
    expect(d.status).toBe('delivered');
    const { attempts } = (await p.acme.get(`/v1/deliveries/${d.id}`)).body;
    expect(attempts).toMatchObject([{ outcome: 'delivered', note: 'write-back skipped: the answer is not JSON (it begins "OK, thanks")' }]);
    expect(await customFields('T-1')).toEqual({});
  });

  it('writes the fields an answer has, and notes the one it lacks', async () => {
    await flowFor('WB-PARTIAL', 'Partial: to a CRM without a status', 'crm-partial');
    await register('WB-PARTIAL', 'P-1');
    const [d] = await deliveriesTo('crm-partial', 1);
    expect(d.status).toBe('delivered');
    const { attempts } = (await p.acme.get(`/v1/deliveries/${d.id}`)).body;
    expect(attempts).toMatchObject([{ outcome: 'delivered', note: "write-back to custom field 'crm_status' skipped: the answer's '/lead/status' is missing" }]);
    await eventually(async () => (await customFields('P-1')).crm_lead_id === 'L-7');
  });

  it('notes a value the custom field refuses, writing nothing, and still counts the delivery delivered', async () => {
    await flowFor('WB-ODD', 'Odd: to a CRM answering a status the field lacks', 'crm-odd');
    await register('WB-ODD', 'O-1');
    const [d] = await deliveriesTo('crm-odd', 1);
    expect(d.status).toBe('delivered');
    const [attempt] = (await p.acme.get(`/v1/deliveries/${d.id}`)).body.attempts;
    expect(attempt.note).toMatch(/^write-back to registration 'O-1' skipped: .*hot/);
    expect(await customFields('O-1')).toEqual({});
  });
});
