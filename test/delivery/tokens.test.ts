import { afterAll, beforeAll, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const src = (source: string) => ({ kind: 'source', source });

/** Replacement tokens end to end: a connection's URL and headers filled in from each change, on a real target. */
describeEachStore('replacement tokens in a delivery', (store) => {
  const p = usePipeline(store);
  const sink = new Sink();
  let n = 0;
  const code = () => `T-${++n}`;
  const register = (r: string, organization: string) =>
    p.acme.put(`/v1/registrations/${r}`, { ...joe(r, { status: 'registered' }), profile: { ...joe(r).profile, organization } });
  const settled = (r: string) =>
    eventually(async () => {
      const { changes } = (await p.acme.get(`/v1/changes?subjectCode=${r}&limit=100`)).body;
      const all = await Promise.all(changes.map((c: any) => p.acme.get(`/v1/deliveries?changeId=${c.id}`)));
      const [d] = all.flatMap((x) => x.body.deliveries);
      return d && (d.status === 'delivered' || d.status === 'failed') && d;
    });

  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    const saved = await p.acme.put('/v1/connections/crm', {
      url: `${sink.url}/orgs/[profile.organization]/leads/[registration.code]?org=[profile.organization]&filter[status]=open`,
      headers: { 'X-Lead-Email': '[profile.email]', 'X-Org': '[profile.organization] (via Hookflow)', 'X-Event': 'connection' },
      auth: { type: 'none' },
      timeoutMs: 2000,
    });
    expect(saved.status).toBe(201);
    await p.acme.put('/v1/mappings/Code', { fields: [{ name: 'registration', type: 'string', value: [src('registration.code')] }] });
    await p.acme.put('/v1/mappings/Event header', { fields: [{ name: 'X-Event', type: 'string', value: [src('event.code')] }, { name: 'X-Organization', type: 'string', value: [src('profile.organization')] }] });
    await p.acme.put('/v1/flows/Leads', {
      mode: 'live',
      source: 'registration_status_change',
      activateFor: { registrationStatusTags: ['Registered'] },
      destinations: [{ name: 'CRM', connection: 'crm', payloadMapping: 'Code', headerMapping: 'Event header' }],
    });
  });
  afterAll(() => sink.stop());

  it("fills the URL's path and query percent-encoded, and the headers raw, from the registration", async () => {
    const r = code();
    await register(r, 'Smith & Sons Ltd');
    const delivery = await settled(r);
    expect(delivery.status).toBe('delivered');
    const req = sink.received.find((x) => x.body.includes(r));
    expect(req!.url).toBe(`/orgs/Smith%20%26%20Sons%20Ltd/leads/${r}?org=Smith%20%26%20Sons%20Ltd&filter[status]=open`);
    const query = new URL(req!.url, sink.url).searchParams;
    expect([query.get('org'), query.get('filter[status]')]).toEqual(['Smith & Sons Ltd', 'open']);
    expect(req!.headers['x-lead-email']).toBe('joe@example.com');
    expect(req!.headers['x-org']).toBe('Smith & Sons Ltd (via Hookflow)');
    // The flow's header mapping is the more specific: it wins over the connection's header.
    expect(req!.headers['x-event']).toBe('SUMMIT');
    const { attempts } = (await p.acme.get(`/v1/deliveries/${delivery.id}`)).body;
    expect(attempts[0].request.url).toBe(`${sink.url}${req!.url}`);
  });

  it('sends a name beyond ASCII: URL-encoded as UTF-8 in the URL, as UTF-8 bytes in a header, from a token or a header mapping', async () => {
    const r = code();
    await register(r, 'Zoë 李');
    expect((await settled(r)).status).toBe('delivered');
    const req = sink.received.find((x) => x.body.includes(r));
    expect(new URL(req!.url, sink.url).searchParams.get('org')).toBe('Zoë 李');
    expect(Buffer.from(req!.headers['x-org'] as string, 'latin1').toString('utf8')).toBe('Zoë 李 (via Hookflow)');
    // A flow's header mapping too.
    expect(Buffer.from(req!.headers['x-organization'] as string, 'latin1').toString('utf8')).toBe('Zoë 李');
  });

  it("fails a value of '..' in the path as a validation failure, and sends nothing", async () => {
    const r = code();
    await register(r, '..');
    const delivery = await settled(r);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, failureCategory: 'validation' });
    expect(delivery.failureMessage).toBe("connection 'crm': url token [profile.organization] renders '.' or '..', which would change the path");
    expect(sink.received.some((x) => x.body.includes(r))).toBe(false);
  });

  it('Save & Test sends the tokens as written, there being no registration to fill them from', async () => {
    const before = sink.received.length;
    const tested = await p.acme.post('/v1/connections/crm/test');
    expect(tested.body).toMatchObject({ ok: true, status: 200 });
    const [req] = sink.received.slice(before);
    expect(req!.url).toBe('/orgs/%5Bprofile.organization%5D/leads/%5Bregistration.code%5D?org=%5Bprofile.organization%5D&filter[status]=open');
    expect(req!.headers['x-lead-email']).toBe('[profile.email]');
  });
});
