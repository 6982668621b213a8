import { beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_ADVICE } from '../../src/domain/failure-cause.js';
import { RESUBMITTED_BY_THEN } from '../../src/insights/delivery-history.js';
import { prune } from '../../src/store/retention.js';
import { joe } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { retryNextDue, useStatusFlowOnClock } from '../support/pipeline.js';
import { eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The same instant written an hour ahead of UTC: filters read it as the time it is. */
const inParis = (iso: string) => new Date(Date.parse(iso) + HOUR).toISOString().replace('Z', '+01:00');
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describeEachStore('the event history', (store) => {
  const clock = new TestClock();
  const { p, sink } = useStatusFlowOnClock(store, clock);
  beforeAll(async () => {
    await p.acme.put('/v1/registration-statuses/attended', { tags: ['Registered'] });
    await p.acme.put('/v1/events/OTHER', { name: 'Other' });
    // The target answers by the registration sent: FLAKY- once 503, AUTH- 401, BAD- 422, the rest 201 with an id.
    const flaky = new Set<string>();
    sink.behaviour = (req) => {
      const { registration } = JSON.parse(req.body) as { registration: string };
      if (registration.startsWith('FLAKY-') && !flaky.has(registration)) {
        flaky.add(registration);
        return { status: 503, body: 'maintenance' };
      }
      if (registration.startsWith('AUTH-')) return { status: 401, body: '{"error":"invalid api key"}' };
      if (registration.startsWith('BAD-')) return { status: 422, body: '{"error":"email domain not allowed"}' };
      return { status: 201, body: JSON.stringify({ id: `crm-${registration}` }) };
    };
  });

  const list = async (params: Record<string, string>) => {
    const reply = await p.acme.get(`/v1/deliveries?${q(params)}`);
    expect(reply.status).toBe(200);
    return reply.body.deliveries as any[];
  };
  const detail = async (id: number) => (await p.acme.get(`/v1/deliveries/${id}`)).body;
  const register = (code: string, status = 'registered', eventCode = 'SUMMIT') => p.acme.put(`/v1/registrations/${code}`, joe(code, { status, eventCode }));
  /** The registration's deliveries, once there are `count` and none is waiting or running. */
  const settled = (code: string, count = 1) =>
    eventually(async () => {
      const ds = await list({ registrationCode: code });
      return ds.length >= count && ds.every((d) => d.status === 'delivered' || d.status === 'failed') && ds;
    });

  it('reads received, processing, retrying, processing, delivered, at the clock’s times, for a delivery that failed once', async () => {
    const received = clock.now().toISOString();
    await register('FLAKY-1');
    const [retrying] = await eventually(async () => {
      const ds = await list({ registrationCode: 'FLAKY-1' });
      return ds[0]?.status === 'retrying' && ds;
    });
    await retryNextDue(p, clock);
    const [done] = await settled('FLAKY-1');
    const d = await detail(done.id);
    expect(d.statusHistory).toEqual([
      { status: 'received', at: received },
      { status: 'processing', at: received, attempt: 1 },
      { status: 'retrying', at: received, attempt: 1, detail: `${new URL(sink.url).host} answered 503: maintenance` },
      { status: 'processing', at: retrying.nextAttemptAt, attempt: 2 },
      { status: 'delivered', at: retrying.nextAttemptAt, attempt: 2 },
    ]);
    expect(d).toMatchObject({ status: 'delivered', targetRecordId: 'crm-FLAKY-1', payload: '{"registration":"FLAKY-1"}', problem: null });
    expect(d.attempts.map((a: any) => [a.httpStatus, a.result, a.cause])).toEqual([
      [503, 'retrying', 'target_down'],
      [201, 'delivered', null],
    ]);
    expect(d.change).toMatchObject({ id: done.changeId, kind: 'registration.created', sourceRecord: 'FLAKY-1', eventCode: 'SUMMIT', receivedAt: received, before: null });
    expect(d.change.after).toMatchObject({ code: 'FLAKY-1', status: 'registered' });
  });

  it("explains a target refusing the credentials with the guide's advice", async () => {
    await register('AUTH-1');
    const [failing] = await eventually(async () => {
      const ds = await list({ registrationCode: 'AUTH-1' });
      return ds[0]?.status === 'retrying' && ds;
    });
    const d = await detail(failing.id);
    expect(d.problem).toEqual({ cause: 'credentials', ...CAUSE_ADVICE.credentials, message: failing.failureMessage, category: 'config', httpStatus: 401 });
    expect(d.attempts[0]).toMatchObject({ httpStatus: 401, result: 'retrying', cause: 'credentials', failureCategory: 'config' });
    expect(d.statusHistory.map((s: any) => s.status)).toEqual(['received', 'processing', 'retrying']);
  });

  describe('over a day of registrations', () => {
    const at: string[] = [];
    const ids: Record<string, number> = {};
    beforeAll(async () => {
      clock.advance(DAY);
      at[1] = clock.now().toISOString();
      await register('OK-1');
      ids.created = (await settled('OK-1'))[0].id;
      clock.advance(HOUR);
      at[2] = clock.now().toISOString();
      await register('BAD-1');
      await register('OK-1', 'attended');
      await register('OK-3', 'registered', 'OTHER');
      ids.bad = (await settled('BAD-1'))[0].id;
      ids.statusChanged = (await settled('OK-1', 2))[1].id;
      ids.other = (await settled('OK-3'))[0].id;
      clock.advance(HOUR);
      at[3] = clock.now().toISOString();
      await register('OK-2');
      ids.later = (await settled('OK-2'))[0].id;
    });
    const idsOf = async (params: Record<string, string>) => (await list(params)).map((d) => d.id);

    it('shows each delivery with its timestamp, event type, source record, event and destination record', async () => {
      const [created, changed] = await list({ registrationCode: 'OK-1' });
      expect(created).toMatchObject({ id: ids.created, receivedAt: at[1], eventType: 'registration.created', sourceRecord: 'OK-1', eventCode: 'SUMMIT', isTest: false, status: 'delivered', targetRecordId: 'crm-OK-1' });
      expect(changed).toMatchObject({ id: ids.statusChanged, receivedAt: at[2], eventType: 'registration.status_changed', sourceRecord: 'OK-1' });
    });

    it('filters by date range, status, event type, event and source record, each and together', async () => {
      expect(await idsOf({ from: at[1] as string, to: at[3] as string })).toEqual([ids.created, ids.bad, ids.statusChanged, ids.other]);
      expect(await idsOf({ from: inParis(at[2] as string), to: inParis(at[3] as string) })).toEqual([ids.bad, ids.statusChanged, ids.other]);
      expect(await idsOf({ from: at[2] as string, to: at[3] as string, status: 'delivered' })).toEqual([ids.statusChanged, ids.other]);
      expect(await idsOf({ from: at[2] as string, to: at[3] as string, status: 'delivered', eventType: 'registration.created' })).toEqual([ids.other]);
      expect(await idsOf({ from: at[1] as string, eventType: 'registration.status_changed' })).toEqual([ids.statusChanged]);
      expect(await idsOf({ from: at[1] as string, eventCode: 'OTHER' })).toEqual([ids.other]);
      expect(await idsOf({ from: at[1] as string, queue: 'Error', eventType: 'registration.created' })).toEqual([ids.bad]);
      expect(await idsOf({ from: at[3] as string })).toEqual([ids.later]);
      expect(await idsOf({ from: new Date(Date.parse(at[3] as string) + 1).toISOString() })).toEqual([]);
    });

    it('resubmits what the same filter matches, and the history tells the resubmission', async () => {
      const { body } = await p.acme.post('/v1/deliveries/resubmit', { from: at[2], to: at[3], eventType: 'registration.created', status: 'failed' });
      expect(body).toEqual({ resubmitted: 1 });
      const d = await eventually(async () => {
        const found = await detail(ids.bad as number);
        return found.attempts.length === 2 && found.status === 'failed' && found;
      });
      expect(d.statusHistory.map((s: any) => [s.status, s.detail ?? null])).toEqual([
        ['received', null],
        ['processing', null],
        ['failed', `${new URL(sink.url).host} answered 422: {"error":"email domain not allowed"}`],
        ['retrying', RESUBMITTED_BY_THEN],
        ['processing', null],
        ['failed', `${new URL(sink.url).host} answered 422: {"error":"email domain not allowed"}`],
      ]);
      expect(d.problem).toMatchObject({ cause: 'target_api_changed', httpStatus: 422, category: 'validation' });
    });

    it('lists as the Retry Queue what is retrying or failed, and what was delivered only after a retry', async () => {
      const [flaky] = await list({ registrationCode: 'FLAKY-1' });
      const [auth] = await list({ registrationCode: 'AUTH-1' });
      expect(await idsOf({ retryQueue: 'true' })).toEqual([flaky.id, auth.id, ids.bad]);
      expect(await idsOf({ retryQueue: 'true', queue: 'Done' })).toEqual([flaky.id]);
      expect(await idsOf({ retryQueue: 'true', queue: 'Retry' })).toEqual([auth.id]);
    });

    it('pages newest first, and oldest first, through every delivery exactly once, replays sitting at their changes’ times', async () => {
      expect((await p.acme.post('/v1/flows/Registered/replays', { from: at[1], to: at[3] })).status).toBe(201);
      await eventually(async () => (await p.acme.get('/v1/flows/Registered/replays')).body.replays.every((r: any) => r.status !== 'running'));
      const all = await eventually(async () => {
        const ds = await list({ limit: '1000' });
        return ds.length >= 12 && ds.every((d) => d.status !== 'received' && d.status !== 'processing') && ds;
      });
      // A replay's deliveries come after the later registration's, yet were received before it.
      expect(all.some((d) => d.id > (ids.later as number) && d.receivedAt < (at[3] as string))).toBe(true);
      const key = (d: any) => `${d.receivedAt}/${String(d.id).padStart(10, '0')}`;
      expect(all.map(key)).toEqual(all.map(key).sort());

      const pages = async (order: string, limit: string) => {
        const seen: any[] = [];
        let cursor: string | null = null;
        do {
          const { body }: { body: any } = await p.acme.get(`/v1/deliveries?${q({ order, limit, ...(cursor ? { cursor } : {}) })}`);
          seen.push(...body.deliveries);
          cursor = body.nextCursor;
        } while (cursor);
        return seen.map((d) => d.id);
      };
      expect(await pages('newest', '2')).toEqual(all.map((d) => d.id).reverse());
      expect(await pages('oldest', '3')).toEqual(all.map((d) => d.id));
    });

    it('refuses a cursor it did not give, naming it', async () => {
      const reply = await p.acme.get('/v1/deliveries?cursor=not-a-cursor');
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({ error: 'HF_INVALID_VALUE', field: 'cursor' });
    });

    it('keeps the history but reads the payload as "expired" once past payload retention', async () => {
      const before = await detail(ids.statusChanged as number);
      expect(before.payload).toBe('{"registration":"OK-1"}');
      const report = await prune(p.database.db, { payloadRetentionDays: 7, historyRetentionDays: 30 }, new Date(clock.now().getTime() + 8 * DAY));
      expect(report.payloadsExpired).toBeGreaterThan(0);
      const after = await detail(ids.statusChanged as number);
      expect(after.payload).toBe('expired');
      expect(after.attempts[0]).toMatchObject({ request: 'expired', response: 'expired', httpStatus: 201, result: 'delivered' });
      expect(after.statusHistory).toEqual(before.statusHistory);
      expect(after.change).toEqual(before.change);
    });
  });

  it("shows none of another account's deliveries, in the list or in detail", async () => {
    const [mine] = await list({ limit: '1' });
    expect((await p.rival.get('/v1/deliveries')).body).toEqual({ deliveries: [], nextCursor: null });
    expect((await p.rival.get(`/v1/deliveries/${mine.id}`)).status).toBe(404);
  });
});
