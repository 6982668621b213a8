import { beforeAll, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { type PipelineFixture, retryNextDue, usePipeline } from '../support/pipeline.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const src = (source: string) => ({ kind: 'source', source });

/**
 * The guide's Insights on known data: five registrations through a status flow to a CRM that
 * creates some leads, updates one, rejects one and fails once; one registration with an untagged
 * status; and a second, inactive flow that processes every change without acting.
 */
describeEachStore('insights over known data', (store) => {
  const clock = new TestClock();
  const p = usePipeline(store, 1, undefined, clock);
  const sink = new Sink();
  const get = async (path: string) => {
    const r = await p.acme.get(path);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };

  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await p.acme.put('/v1/tags/Tracked', { objects: ['registration_statuses'] });
    for (const status of ['registered', 'cancelled']) await p.acme.put(`/v1/registration-statuses/${status}`, { tags: ['Tracked'] });
    await p.acme.put('/v1/connections/crm', { url: `${sink.url}/leads`, timeoutMs: 1000 });
    await p.acme.put('/v1/mappings/Lead', { fields: [{ name: 'registration', type: 'string', value: [src('registration.code')] }] });
    const flow = { mode: 'live', source: 'registration_status_change', activateFor: { registrationStatusTags: ['Tracked'] } };
    await p.acme.put('/v1/flows/Status%20to%20CRM', { ...flow, destinations: [{ name: 'CRM', connection: 'crm', payloadMapping: 'Lead', leads: { from: 'status' } }] });
    await p.acme.put('/v1/flows/Paused', { ...flow, active: false, destinations: [{ name: 'CRM', connection: 'crm', payloadMapping: 'Lead' }] });
    let failedOnce = false;
    sink.behaviour = (req) => {
      const { registration } = JSON.parse(req.body) as { registration: string };
      if (registration === 'R2') return { status: 200, body: '{"id":"lead-2"}' };
      if (registration === 'R3') return { status: 422, body: '{"error":"email is invalid"}' };
      if (registration === 'R4' && !failedOnce) {
        failedOnce = true;
        return { status: 500 };
      }
      return { status: 201, body: `{"id":"lead-${registration}"}` };
    };
    for (const r of ['R1', 'R2', 'R3', 'R4']) await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    await p.acme.put('/v1/registrations/R1', joe('R1', { status: 'cancelled' }));
    await settled(p, clock, 5);
    // Untagged: it waits in the retry queue as a Config failure (not retried here: the clock stays).
    await p.acme.put('/v1/registrations/R5', joe('R5', { status: 'new' }));
    await eventually(async () => (await get('/v1/deliveries?status=retrying')).deliveries.some((d: { attempts: number }) => d.attempts === 1));
  });

  it('the Summary counts changes, registrations once each, actions, leads, activity and processing status', async () => {
    const s = await get('/v1/insights/summary?last=15m');
    expect(s).toMatchObject({
      mode: 'live',
      changesProcessed: 6,
      uniqueRegistrations: 5,
      actionsTriggered: 5,
      actionsNotTriggered: { total: 7, byReason: { inactive: 6, untagged_status: 1 } },
      activeFlows: 2,
      leadsCreated: 3,
      leadsUpdated: 1,
      // Every change recorded, by kind: the seeded event and its session, five registrations created, R1's cancellation.
      registrationActivity: { total: 8, byKind: { 'event.created': 1, 'session.created': 1, 'registration.created': 5, 'registration.status_changed': 1 } },
      processingStatus: { successes: 4, failures: 1 },
    });
    expect(Object.values(s.registrationActivity.byKind).reduce((a: number, b) => a + (b as number), 0)).toBe(8);
    const seriesTotal = s.processingStatus.series.reduce((n: number, pt: { counts: Record<string, number> }) => n + (pt.counts.delivered ?? 0), 0);
    expect(seriesTotal).toBe(4);
    expect(s.processingStatus.series).toHaveLength(15);
  });

  it('the Troubleshooting tab counts the retry queue, retries by category, validation errors and each connection', async () => {
    const t = await get('/v1/insights/troubleshooting?last=1h');
    expect(t).toMatchObject({ inRetryQueue: 1, totalRetried: 2, retriedAbandoned: 0, validationErrors: 1, retryProcessingCategory: { connection: 1, config: 1 } });
    expect(t.connectionActivity).toEqual([expect.objectContaining({ connection: 'crm', delivered: 4, failed: 3 })]);
    expect(t.retryActivity.reduce((n: number, pt: { counts: Record<string, number> }) => n + (pt.counts.retried ?? 0), 0)).toBe(2);
  });

  it('the Troubleshooting tab says why attempts failed, in plain words, and each cause drills down to its attempts', async () => {
    const t = await get('/v1/insights/troubleshooting?last=15m');
    expect(t.failureCauses.map((c: { cause: string; count: number }) => [c.cause, c.count]).sort()).toEqual([
      ['configuration', 1],
      ['target_api_changed', 1],
      ['target_down', 1],
    ]);
    expect(t.failureCauses.find((c: { cause: string }) => c.cause === 'target_down')).toMatchObject({ likely: expect.stringMatching(/down or overloaded/), whatToDo: expect.any(String) });
    const down = await drill('failed_attempts', '&cause=target_down');
    expect(down.total).toBe(1);
    expect(down.records).toEqual([expect.objectContaining({ registrationCode: 'R4', cause: 'target_down', httpStatus: 500, deliveryId: expect.any(Number) })]);
    expect((await drill('failed_attempts')).total).toBe(3);
  });

  it('records of deliveries and the Activity Feed name the deliveries they are about', async () => {
    const { records } = await drill('actions_triggered');
    expect(records.every((r) => typeof r.deliveryId === 'number')).toBe(true);
    const feed = await get('/v1/insights/activity?last=15m&flow=Status%20to%20CRM&registrationCode=R3');
    expect(feed.records).toEqual([expect.objectContaining({ result: 'failed', deliveryIds: [expect.any(Number)] })]);
  });

  /** Every page of a figure's drill-down, two records at a time. */
  const drill = async (figure: string, filters = '') => {
    const records: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    let total = -1;
    do {
      const body = await get(`/v1/insights/figures/${figure}/records?last=15m&limit=2${filters}${cursor ? `&cursor=${cursor}` : ''}`);
      records.push(...body.records);
      total = body.total;
      cursor = body.nextCursor;
    } while (cursor);
    return { records, total };
  };

  it.each([
    ['changes_processed', 'changesProcessed'],
    ['unique_registrations', 'uniqueRegistrations'],
    ['actions_triggered', 'actionsTriggered'],
    ['active_flows', 'activeFlows'],
    ['leads_created', 'leadsCreated'],
    ['leads_updated', 'leadsUpdated'],
  ])('the Summary’s %s drills down to exactly the records it counts', async (figure, field) => {
    const s = await get('/v1/insights/summary?last=15m');
    const { records, total } = await drill(figure);
    expect(records).toHaveLength(s[field]);
    expect(total).toBe(s[field]);
    expect(new Set(records.map((r) => JSON.stringify(r))).size).toBe(records.length);
  });

  it.each([
    ['in_retry_queue', 'inRetryQueue'],
    ['total_retried', 'totalRetried'],
    ['retried_abandoned', 'retriedAbandoned'],
    ['validation_errors', 'validationErrors'],
  ])('the Troubleshooting tab’s %s drills down to exactly the records it counts', async (figure, field) => {
    const t = await get('/v1/insights/troubleshooting?last=15m');
    const { records, total } = await drill(figure);
    expect(records).toHaveLength(t[field]);
    expect(total).toBe(t[field]);
  });

  it('drill-downs list newest first and narrow by registration code, reason, kind, search, flow and category', async () => {
    const processed = await drill('changes_processed');
    const times = processed.records.map((r) => String(r.at));
    expect([...times].sort().reverse()).toEqual(times);
    expect((await drill('changes_processed', '&registrationCode=R1')).total).toBe(2);
    expect((await drill('actions_not_triggered', '&reason=untagged_status')).records).toEqual([expect.objectContaining({ registrationCode: 'R5', reason: 'untagged_status', flow: 'Status to CRM' })]);
    expect((await drill('registration_activity', '&kind=registration.created')).total).toBe(5);
    const rejected = await drill('failures', '&search=invalid');
    expect(rejected.records).toEqual([expect.objectContaining({ registrationCode: 'R3', httpStatus: 422, cause: 'target_api_changed', category: 'validation' })]);
    expect((await drill('total_retried', '&category=config')).records).toEqual([expect.objectContaining({ registrationCode: 'R5', category: 'config' })]);
  });

  it('a flow, a connection or a category narrows the figures it is a part of, and their records agree', async () => {
    const s = await get('/v1/insights/summary?last=15m&flow=Status%20to%20CRM');
    expect(s).toMatchObject({ changesProcessed: 6, uniqueRegistrations: 5, actionsNotTriggered: { total: 1 }, activeFlows: 1 });
    expect((await drill('changes_processed', '&flow=Status%20to%20CRM')).records).toHaveLength(6);
    const t = await get('/v1/insights/troubleshooting?last=15m&category=connection');
    expect(t).toMatchObject({ totalRetried: 1, retryProcessingCategory: { connection: 1 } });
    const other = await get('/v1/insights/summary?last=15m&connection=elsewhere');
    expect(other).toMatchObject({ actionsTriggered: 0, processingStatus: { successes: 0, failures: 0 }, changesProcessed: 6 });
  });

  it('Test Flows see none of the Live figures, and a period before the work sees nothing', async () => {
    expect(await get('/v1/insights/summary?last=15m&mode=test')).toMatchObject({ changesProcessed: 0, uniqueRegistrations: 0, actionsTriggered: 0 });
    const before = new Date(clock.now().getTime() - 3 * 3600_000).toISOString();
    const earlier = new Date(clock.now().getTime() - 2 * 3600_000).toISOString();
    expect(await get(`/v1/insights/summary?from=${before}&to=${earlier}`)).toMatchObject({ changesProcessed: 0, uniqueRegistrations: 0, processingStatus: { successes: 0 } });
  });

  it('Unique Registrations is exact for a period that ends in the past too', async () => {
    const from = new Date(clock.now().getTime() - 3600_000).toISOString();
    const to = new Date(clock.now().getTime() + 60_000).toISOString();
    const now = await get(`/v1/insights/summary?from=${from}&to=${to}&eventCode=SUMMIT`);
    expect(now.uniqueRegistrations).toBe(5);
  });

  it('the Activity Feed lists each flow’s processing, newest first, with how it went', async () => {
    const { records } = await get('/v1/insights/activity?last=15m&flow=Status%20to%20CRM&limit=50');
    const byRegistration = (code: string) => records.filter((r: { registrationCode: string }) => r.registrationCode === code).map((r: { result: string }) => r.result);
    expect(records).toHaveLength(6);
    expect(byRegistration('R3')).toEqual(['failed']);
    expect(byRegistration('R5')).toEqual(['not_triggered']);
    expect(byRegistration('R1')).toEqual(['delivered', 'delivered']);
  });

  it('refuses a period it cannot show, naming the field', async () => {
    const r = await p.acme.get('/v1/insights/summary?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z');
    expect(r.status).toBe(422);
    expect(r.body.message).toMatch(/^from: the period is at most 31 days/);
    expect((await p.acme.get('/v1/insights/summary?from=2026-01-01T00:00:00Z')).body.message).toMatch(/^to:/);
    expect((await p.acme.get('/v1/insights/summary?flow=Nope')).status).toBe(422);
    expect((await p.acme.get('/v1/insights/figures/changes_processed/records?cursor=garbage')).status).toBe(422);
  });
});

/** Waits until `count` deliveries are delivered or failed, moving the clock to each retry. */
async function settled(p: PipelineFixture, clock: TestClock, count: number) {
  await eventually(async () => {
    await retryNextDue(p, clock);
    const { deliveries } = (await p.acme.get('/v1/deliveries?limit=1000')).body as { deliveries: { status: string }[] };
    return deliveries.length >= count && deliveries.every((d) => d.status === 'delivered' || d.status === 'failed');
  });
}
