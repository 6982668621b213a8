import { beforeAll, expect, it } from 'vitest';
import { joe } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { useStatusFlowOnClock } from '../support/pipeline.js';
import { eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const MINUTE = 60_000;

describeEachStore('an untagged status on a watching flow', (store) => {
  // The real retry schedule, on a clock the test moves: a retry is due only when the test says so.
  const clock = new TestClock();
  const { p, sink } = useStatusFlowOnClock(store, clock);
  const deliveriesOf = async (registration: string) => {
    const { changes } = (await p.acme.get(`/v1/changes?subjectCode=${registration}&limit=100`)).body;
    const all = await Promise.all(changes.map((c: any) => p.acme.get(`/v1/deliveries?changeId=${c.id}`)));
    return all.flatMap((r) => r.body.deliveries);
  };

  beforeAll(async () => {
    await p.acme.put('/v1/registration-statuses/waitlisted', { name: 'Waitlisted' });
  });

  it('is a Config failure in the retry queue, and tagging the status then retrying delivers it', async () => {
    await p.acme.put('/v1/registrations/U-1', joe('U-1', { status: 'waitlisted' }));
    const [waiting] = await eventually(async () => {
      const ds = await deliveriesOf('U-1');
      return ds[0]?.status === 'retrying' && ds;
    });
    expect(waiting).toMatchObject({ queueStatus: 'Retry', failureCategory: 'config', failureMessage: "registration status 'waitlisted' has no tags", retries: 1 });
    expect(sink.received).toEqual([]);
    await p.acme.put('/v1/registration-statuses/waitlisted', { tags: ['Registered'] });
    clock.advance(2 * MINUTE); // the config schedule's first retry: 1 min, ±20%
    const [done] = await eventually(async () => {
      const ds = await deliveriesOf('U-1');
      return ds[0]?.status === 'delivered' && ds;
    });
    expect(done).toMatchObject({ attempts: 2, failureCategory: null });
    expect(JSON.parse(sink.received[0]?.body ?? '{}')).toEqual({ registration: 'U-1' });
  });

  it("is delivered on a resubmit once tagged, and holds up none of the registration's later changes", async () => {
    await p.acme.put('/v1/registration-statuses/waitlisted', { tags: [] });
    await p.acme.put('/v1/registrations/U-2', joe('U-2', { status: 'waitlisted' }));
    await eventually(async () => (await deliveriesOf('U-2'))[0]?.status === 'retrying');
    await p.acme.put('/v1/registrations/U-2', joe('U-2', { status: 'registered' }));
    const [parked, later] = await eventually(async () => {
      const ds = await deliveriesOf('U-2');
      return ds[1]?.status === 'delivered' && ds;
    });
    expect([parked.status, later.status]).toEqual(['retrying', 'delivered']);
    expect(sink.received.filter((r) => r.body.includes('U-2'))).toHaveLength(1);
    await p.acme.put('/v1/registration-statuses/waitlisted', { tags: ['Registered'] });
    expect((await p.acme.post(`/v1/deliveries/${parked.id}/resubmit`)).body).toEqual({ resubmitted: 1 });
    await eventually(async () => (await deliveriesOf('U-2'))[0]?.status === 'delivered');
  });
});
