import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { LOOPBACK } from '../../src/config.js';
import { DEFAULT_TIMINGS } from '../../src/config.js';
import { SYSTEM_CLOCK } from '../../src/domain/clock.js';
import { ChangeProcessor } from '../../src/evaluation/change-processor.js';
import { ConfigCache } from '../../src/evaluation/config-cache.js';
import { Evaluator } from '../../src/evaluation/evaluator.js';
import { WriteTimeEvaluation } from '../../src/evaluation/write-time-evaluation.js';
import type { Handover } from '../../src/queue/handover.js';
import { PROCESSING_TURN } from '../../src/queue/pending-changes.js';
import { type Signal, openSignals } from '../../src/queue/signals.js';
import { createAccount } from '../../src/store/accounts.js';
import { openDatabase } from '../../src/store/database.js';
import { type Client, client, joe, seedSummit } from '../support/api.js';
import { CLOCK_START } from '../support/clock.js';
import { eventually } from '../support/sink.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

describeEachStore('evaluating changes as they are written', (store) => {
  let database: TestDatabase;
  let acme: Client;
  let processor: ChangeProcessor;
  /** Breaks evaluation when set: the hand-over of what it queued throws. */
  let broken = false;
  /** An API-only process: nothing is handed over, the workers elsewhere claim it all. */
  const nothingTaken: Handover = { worker: 'none', leaseUntil: '', take: () => false, settle() {} };
  const errors: unknown[] = [];
  let n = 0;
  const code = () => `W-${++n}`;

  beforeAll(async () => {
    database = await openTestDatabase(store);
    const workers = {
      handover: () => {
        if (broken) throw new Error('the flows broke');
        return nothingTaken;
      },
      wake() {},
    };
    const evaluator = new Evaluator({ configs: new ConfigCache(), clock: SYSTEM_CLOCK, workers });
    const log = { error: ({ err }: { err: unknown }) => errors.push(err) };
    const evaluation = new WriteTimeEvaluation({ dialect: database.dialect, evaluator, clock: SYSTEM_CLOCK, log });
    processor = new ChangeProcessor(database.db, database.dialect, { evaluator, batchSize: DEFAULT_TIMINGS.changeBatch, pollInterval: DEFAULT_TIMINGS.changePoll });
    const app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: LOOPBACK }, database, evaluation });
    afterAll(() => app.close());
    acme = client(app, (await createAccount(database.db, 'Acme Events', CLOCK_START)).apiKey);
    await seedSummit(acme);
    await acme.put('/v1/registration-statuses/new', { tags: ['Invited'] });
    await acme.put('/v1/connections/crm', { url: 'http://127.0.0.1:9/crm', auth: { type: 'none' } });
    await acme.put('/v1/mappings/Lead', { fields: [{ name: 'email', type: 'string', value: [{ kind: 'source', source: 'profile.email' }] }] });
    const flow = await acme.put('/v1/flows/Status%20to%20CRM', {
      mode: 'live',
      source: 'registration_status_change',
      activateFor: { registrationStatusTags: ['Registered', 'Invited'] },
      destinations: [{ name: 'CRM', connection: 'crm', payloadMapping: 'Lead' }],
    });
    expect(flow.body.status).toBe('complete');
    await processor.drain(); // the seed's event changes
  });
  afterAll(() => database.close());

  const pending = async () => (await database.db.selectFrom('pending_changes').select('change_id').execute()).length;
  /** The registration's deliveries, oldest first, with the status its change moved it to. */
  const deliveriesOf = (registration: string) =>
    database.db
      .selectFrom('deliveries as d')
      .innerJoin('changes as c', 'c.id', 'd.change_id')
      .select(['d.id', 'd.status', 'c.id as changeId', 'c.after'])
      .where('c.subject_code', '=', registration)
      .orderBy('d.id')
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, to: JSON.parse(r.after).status as string })));

  it('queues the delivery in the write itself: nothing waits for the change processor', async () => {
    const r = code();
    expect((await acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }))).status).toBe(201);
    expect(await pending()).toBe(0);
    expect(await deliveriesOf(r)).toMatchObject([{ status: 'received', to: 'registered' }]);
    const { outcomes } = (await acme.get('/v1/flow-outcomes?limit=1000')).body;
    expect(outcomes.at(-1)).toMatchObject({ flow: 'Status to CRM', triggered: true });
  });

  it('queues a change behind older ones still waiting, so one registration keeps its order', async () => {
    const r = code();
    // A bulk write's changes wait for the change processor.
    expect((await acme.post('/v1/registrations/bulk', { registrations: [{ code: r, ...joe(r, { status: 'new' }) }] })).status).toBe(200);
    await acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    expect(await pending()).toBe(2);
    expect(await deliveriesOf(r)).toEqual([]);
    await processor.drain();
    const deliveries = await deliveriesOf(r);
    expect(deliveries.map((d) => d.to)).toEqual(['new', 'registered']);
    expect(deliveries[0]!.changeId).toBeLessThan(deliveries[1]!.changeId);
    // The queue is empty again: the next write evaluates its own change.
    await acme.put(`/v1/registrations/${r}`, joe(r, { status: 'cancelled' }));
    expect(await pending()).toBe(0);
  });

  // Only PostgreSQL has other processes and a processing turn to contend for.
  if (store === 'postgres') {
    it('wakes the delivery workers of other processes, and no change processor', async () => {
      const heard: Signal[] = [];
      const listener = await openSignals(database, (s) => heard.push(s));
      try {
        const r = code();
        await acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
        await eventually(async () => heard.length >= 1);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(heard).toEqual(['deliveries']);
      } finally {
        await listener.close();
      }
    });

    it('queues the change while another process holds the processing turn', async () => {
      const other = await openDatabase(database.options);
      const r = code();
      try {
        await other.db.transaction().execute(async (trx) => {
          expect((await sql<{ taken: boolean }>`select ${PROCESSING_TURN} as taken`.execute(trx)).rows[0]?.taken).toBe(true);
          expect((await acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }))).status).toBe(201);
        });
      } finally {
        await other.close();
      }
      expect(await pending()).toBe(1);
      await processor.drain();
      expect(await deliveriesOf(r)).toMatchObject([{ status: 'received', to: 'registered' }]);
    });
  }

  // Last: evaluation at write stays off for a second after this.
  it('queues the change when evaluating fails, answers the write, and queues for a moment after', async () => {
    broken = true;
    const [first, second] = [code(), code()];
    try {
      expect((await acme.put(`/v1/registrations/${first}`, joe(first, { status: 'registered' }))).status).toBe(201);
      broken = false;
      expect((await acme.put(`/v1/registrations/${second}`, joe(second, { status: 'registered' }))).status).toBe(201);
      expect(await pending()).toBe(2);
      expect(errors.map((e) => (e as Error).message)).toEqual(['the flows broke']);
      await processor.drain();
      expect(await deliveriesOf(first)).toMatchObject([{ status: 'received', to: 'registered' }]);
      expect(await deliveriesOf(second)).toMatchObject([{ status: 'received', to: 'registered' }]);
    } finally {
      broken = false;
    }
  });
});
