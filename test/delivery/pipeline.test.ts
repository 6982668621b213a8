import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { retryNextDue, usePipeline } from '../support/pipeline.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const SIGNING_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const src = (source: string) => ({ kind: 'source', source });
const txt = (text: string) => ({ kind: 'text', text });

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describeEachStore('delivery pipeline', (store) => {
  /** The real retry schedule, on a clock the tests move on to each retry. */
  const clock = new TestClock();
  const p = usePipeline(store, 1, undefined, clock);
  const sink = new Sink();
  let n = 0;
  /** A fresh registration per test, so each test reads only its own deliveries. */
  const code = () => `R-${++n}`;
  const deliveriesOf = async (registration: string) => {
    const { changes } = (await p.acme.get(`/v1/changes?subjectCode=${registration}&limit=1000`)).body;
    const all = await Promise.all(changes.map((c: any) => p.acme.get(`/v1/deliveries?changeId=${c.id}`)));
    return all.flatMap((r) => r.body.deliveries);
  };
  /** Its deliveries once they all settled, the clock moved on to each retry as it falls due. */
  const settled = (registration: string, count = 1) =>
    eventually(async () => {
      await retryNextDue(p, clock);
      const ds = await deliveriesOf(registration);
      return ds.length >= count && ds.every((d: any) => d.status === 'delivered' || d.status === 'failed') && ds;
    });

  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await p.acme.put('/v1/tags/Tracked', { objects: ['registration_statuses'] });
    for (const status of ['new', 'registered', 'cancelled']) await p.acme.put(`/v1/registration-statuses/${status}`, { tags: ['Tracked'] });
    await p.acme.put('/v1/connections/crm', {
      url: `${sink.url}/hook?source=hookflow`,
      auth: { type: 'basic', username: 'hook', password: 's3cret-password' },
      signingSecret: SIGNING_SECRET,
      timeoutMs: 1000,
    });
    await p.acme.put('/v1/mappings/Lead', {
      fields: [
        { name: 'email', type: 'string', required: true, value: [src('profile.email')], transforms: ['lower'] },
        { name: 'registration', type: 'string', value: [src('registration.code')] },
        { name: 'status', type: 'string', value: [src('registration.status')] },
        { name: 'title', type: 'string', value: [src('profile.position'), txt(' @ '), src('profile.organization')] },
      ],
    });
    await p.acme.put('/v1/mappings/Headers', { fields: [{ name: 'X-Event', type: 'string', value: [src('event.code')] }] });
    const flow = await p.acme.put('/v1/flows/Status%20to%20CRM', {
      mode: 'live',
      source: 'registration_status_change',
      activateFor: { registrationStatusTags: ['Tracked'] },
      destinations: [{ name: 'CRM', connection: 'crm', payloadMapping: 'Lead', headerMapping: 'Headers' }],
    });
    expect(flow.body.status).toBe('complete');
  });
  afterAll(() => sink.stop());
  beforeEach(() => {
    sink.behaviour = () => ({ status: 201, body: '{"id":"crm-42"}' });
  });

  it('delivers a status change as mapped, authenticated, with its headers, signed the Standard Webhooks way', async () => {
    const r = code();
    await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    const [delivery] = await settled(r);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, retries: 0, targetRecordId: 'crm-42', queueStatus: 'Done', flow: 'Status to CRM' });
    const [req] = sink.received.filter((x) => x.body.includes(r));
    expect(req).toBeDefined();
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/hook?source=hookflow');
    expect(JSON.parse(req!.body)).toEqual({ email: 'joe@example.com', registration: r, status: 'registered', title: 'CTO @ Initech' });
    expect(req!.headers['content-type']).toBe('application/json');
    expect(req!.headers['x-event']).toBe('SUMMIT');
    expect(req!.headers.authorization).toBe(`Basic ${Buffer.from('hook:s3cret-password').toString('base64')}`);
    const id = req!.headers['webhook-id'] as string;
    const timestamp = req!.headers['webhook-timestamp'] as string;
    expect(id).toBe(`msg_${delivery.id}`);
    const expected = createHmac('sha256', Buffer.from(SIGNING_SECRET.slice(6), 'base64')).update(`${id}.${timestamp}.${req!.body}`).digest('base64');
    expect(req!.headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('records every attempt, with credentials redacted and the answer kept', async () => {
    const r = code();
    await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    const [delivery] = await settled(r);
    const detail = (await p.acme.get(`/v1/deliveries/${delivery.id}`)).body;
    expect(detail.attempts).toHaveLength(1);
    const [attempt] = detail.attempts;
    expect(attempt).toMatchObject({ number: 1, outcome: 'delivered', response: { status: 201, body: '{"id":"crm-42"}', truncated: false } });
    expect(attempt.request.url).toBe(`${sink.url}/hook?source=hookflow`);
    expect(attempt.request.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(attempt)).not.toContain('s3cret-password');
    expect(typeof attempt.durationMs).toBe('number');
  });

  it('retries a target that answers 503 until it recovers, with one webhook-id throughout', async () => {
    const r = code();
    let failures = 0;
    sink.behaviour = (req) => (req.body.includes(r) && failures++ < 2 ? { status: 503, body: 'maintenance\nback soon' } : { status: 200, body: '{}' });
    await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    const [delivery] = await settled(r);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, retries: 2 });
    const tries = sink.received.filter((x) => x.body.includes(r));
    expect(new Set(tries.map((t) => t.headers['webhook-id']))).toEqual(new Set([`msg_${delivery.id}`]));
    const { attempts } = (await p.acme.get(`/v1/deliveries/${delivery.id}`)).body;
    expect(attempts.map((a: any) => [a.outcome, a.failureCategory])).toEqual([['failed', 'connection'], ['failed', 'connection'], ['delivered', null]]);
    expect(attempts[0].failureMessage).toBe(`${new URL(sink.url).host} answered 503: maintenance\nback soon`);
    // The schedule for an outage, 20% jitter either way: 30 seconds, then 5 minutes.
    const [first, second, third] = attempts.map((a: any) => Date.parse(a.startedAt));
    expect(second - first).toBeGreaterThanOrEqual(24 * SECOND);
    expect(second - first).toBeLessThanOrEqual(36 * SECOND);
    expect(third - second).toBeGreaterThanOrEqual(4 * MINUTE);
    expect(third - second).toBeLessThanOrEqual(6 * MINUTE);
  });

  it('gives up after 3 automatic retries on a target that never recovers: Retried Abandoned, kept', async () => {
    const r = code();
    sink.behaviour = (req) => (req.body.includes(r) ? { status: 500 } : { status: 200 });
    await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    const [delivery] = await settled(r);
    expect(delivery).toMatchObject({ status: 'failed', abandoned: true, attempts: 4, retries: 3, failureCategory: 'connection', queueStatus: 'Failed' });
    const failed = (await p.acme.get('/v1/deliveries?queue=Failed&category=connection')).body.deliveries.map((d: any) => d.id);
    expect(failed).toContain(delivery.id);
  });

  it('never retries a validation failure: a missing required field, or a 422 from the target', async () => {
    const r = code();
    await p.acme.put(`/v1/registrations/${r}`, { ...joe(r, { status: 'registered' }), profile: { code: `P-${r}`, firstName: 'No', email: null } });
    const [missing] = await settled(r);
    expect(missing).toMatchObject({ status: 'failed', abandoned: false, attempts: 1, failureCategory: 'validation', queueStatus: 'Error' });
    expect(missing.failureMessage).toBe("mapping 'Lead': /email: is required and has no value");
    expect(sink.received.some((x) => x.body.includes(r))).toBe(false);

    const r2 = code();
    sink.behaviour = () => ({ status: 422, body: '{"error":"email domain not allowed"}' });
    await p.acme.put(`/v1/registrations/${r2}`, joe(r2, { status: 'registered' }));
    const [rejected] = await settled(r2);
    expect(rejected).toMatchObject({ status: 'failed', attempts: 1, failureCategory: 'validation' });
  });

  it("keeps one registration's changes in order through a target's outage", async () => {
    const r = code();
    let failures = 0;
    sink.behaviour = (req) => (req.body.includes(r) && failures++ < 3 ? { status: 503 } : { status: 200, body: '{}' });
    await p.acme.put(`/v1/registrations/${r}`, joe(r));
    await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'cancelled' }));
    await settled(r, 3);
    const delivered = sink.received.filter((x) => x.body.includes(r)).slice(3);
    expect(delivered.map((x) => JSON.parse(x.body).status)).toEqual(['new', 'registered', 'cancelled']);
  });

  it('succeeds on retry once the cause is fixed: credentials corrected, then submitted to the front of the queue', async () => {
    const r = code();
    sink.behaviour = (req) =>
      req.headers.authorization === `Basic ${Buffer.from('hook:s3cret-password').toString('base64')}` ? { status: 200, body: '{}' } : { status: 401, body: 'bad credentials' };
    await p.acme.put('/v1/connections/crm', { auth: { type: 'basic', username: 'hook', password: 'wrong-password' } });
    await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    const [first] = await eventually(async () => {
      const ds = await deliveriesOf(r);
      return ds[0]?.attempts >= 1 && ds;
    });
    expect(first.failureCategory).toBe('config');
    await p.acme.put('/v1/connections/crm', { auth: { type: 'basic', username: 'hook', password: 's3cret-password' } });
    await p.acme.post('/v1/deliveries/resubmit', { flow: 'Status to CRM' });
    const [fixed] = await settled(r);
    expect(fixed.status).toBe('delivered');
  });

  it('lets another account neither see nor resubmit these deliveries', async () => {
    const ours = (await p.acme.get('/v1/deliveries')).body.deliveries;
    expect(ours.length).toBeGreaterThan(0);
    expect((await p.rival.get('/v1/deliveries')).body.deliveries).toEqual([]);
    expect((await p.rival.get(`/v1/deliveries/${ours[0].id}`)).status).toBe(404);
    expect((await p.rival.post(`/v1/deliveries/${ours[0].id}/resubmit`)).status).toBe(404);
    expect((await p.rival.post('/v1/deliveries/resubmit', {})).body).toEqual({ resubmitted: 0 });
  });
});
