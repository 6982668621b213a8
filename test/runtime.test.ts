import { expect, it } from 'vitest';
import { joe } from './support/api.js';
import { TestClock } from './support/clock.js';
import { useStatusFlowOnClock } from './support/pipeline.js';
import { eventually } from './support/sink.js';
import { describeEachStore } from './support/stores.js';

const HOUR = 60 * 60 * 1000;
/** Years away from the wall clock, so that a timestamp taken from it cannot pass for this one. */
const START = '2031-05-06T07:08:09.000Z';

describeEachStore('a runtime on the clock it is given', (store) => {
  const clock = new TestClock(Date.parse(START));
  const { p } = useStatusFlowOnClock(store, clock);

  it("stamps a registration, its changes and its delivery with that clock's time", async () => {
    await p.acme.put('/v1/registrations/T-1', joe('T-1', { status: 'registered' }));
    const [delivery] = await eventually(async () => {
      const { deliveries } = (await p.acme.get('/v1/deliveries')).body;
      return deliveries[0]?.status === 'delivered' && deliveries;
    });
    expect(delivery).toMatchObject({ createdAt: START, updatedAt: START, deliveredAt: START });
    const { attempts } = (await p.acme.get(`/v1/deliveries/${delivery.id}`)).body;
    expect(attempts.map((a: any) => a.startedAt)).toEqual([START]);

    clock.advance(HOUR);
    const later = clock.now().toISOString();
    await p.acme.put('/v1/registrations/T-1', joe('T-1', { status: 'cancelled' }));
    expect((await p.acme.get('/v1/registrations/T-1')).body).toMatchObject({ createdAt: START, updatedAt: later });
    const { changes } = (await p.acme.get('/v1/changes?subjectCode=T-1')).body;
    expect(changes.map((c: any) => [c.kind, c.createdAt])).toEqual([
      ['registration.created', START],
      ['registration.status_changed', later],
    ]);
  });
});
