import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_CLOCK } from '../../src/domain/clock.js';
import { BulkResubmitRunner } from '../../src/insights/bulk-resubmit-runner.js';
import type { Client } from '../support/api.js';
import { usePipeline } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

const BATCH = 2;

describeEachStore('bulk resubmits', (store) => {
  const p = usePipeline(store);
  /** Registrations the target refuses (422: validation, never retried): their deliveries fail at once. */
  const refused = new Set<string>();
  const sink = new Sink((req) => (refused.has(JSON.parse(req.body).registration) ? { status: 422, body: '{"error":"no"}' } : { status: 200, body: '{}' }));
  /** Batches driven by the tests, small, one at a time: the workers' own runner is stopped. */
  let runner: BulkResubmitRunner;
  const runner2 = () => new BulkResubmitRunner(p.database.db, p.database.dialect, { clock: SYSTEM_CLOCK, batchSize: BATCH, pollInterval: 60_000, resubmitted: () => p.workers.deliveries() });

  beforeAll(async () => {
    await sink.start();
    await p.workers.bulkResubmitRunner.stop();
    runner = runner2();
    await setUpStatusFlow(p.acme, sink.url);
    await setUpStatusFlow(p.rival, sink.url);
  });
  afterAll(() => sink.stop());

  const deliveryOf = async (c: Client, code: string) => {
    const [change] = (await c.get(`/v1/changes?subjectCode=${code}&limit=1`)).body.changes;
    return change ? (await c.get(`/v1/deliveries?changeId=${change.id}`)).body.deliveries[0] : undefined;
  };
  /** Registrations whose deliveries the target refused, once they all failed. */
  async function failing(c: Client, codes: string[]) {
    for (const code of codes) refused.add(code);
    for (const code of codes) await c.put(`/v1/registrations/${code}`, { eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}` } });
    return eventually(async () => {
      const ds = await Promise.all(codes.map((code) => deliveryOf(c, code)));
      return ds.every((d) => d?.status === 'failed') && ds;
    });
  }
  const job = async (id: number) => (await p.acme.get(`/v1/bulk-resubmits/${id}`)).body;

  it('estimates what a job then takes: the total of a job is the estimate of its filter', async () => {
    await failing(p.acme, ['A-1', 'A-2', 'A-3']);
    await failing(p.rival, ['A-1']);
    expect((await p.acme.post('/v1/deliveries/resubmit/estimate', { flow: 'Registered' })).body).toEqual({ count: 3 });
    expect((await p.acme.post('/v1/deliveries/resubmit/estimate', { flow: 'Elsewhere' })).body).toEqual({ count: 0 });
    expect((await p.acme.post('/v1/deliveries/resubmit/estimate', { status: 'delivered' })).body).toEqual({ count: 0 });
    const bad = await p.acme.post('/v1/deliveries/resubmit/estimate', { flw: 'Registered' });
    expect([bad.status, bad.body.message]).toEqual([400, 'body/flw is not a known field']);

    const created = await p.acme.post('/v1/bulk-resubmits', { flow: 'Registered' });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'queued', filter: { flow: 'Registered' }, total: 3, processed: 0, resubmitted: 0, startedAt: null, finishedAt: null, error: null });
    const cancelled = await p.acme.post(`/v1/bulk-resubmits/${created.body.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', startedAt: null, total: 3, processed: 0 });
    expect(cancelled.body.finishedAt).toEqual(expect.any(String));
  });

  it('works through a job in batches, resubmitting what matched at its creation and nothing that failed later, until every one is delivered', async () => {
    const codes = ['B-1', 'B-2', 'B-3', 'B-4', 'B-5'];
    await failing(p.acme, codes);
    const { id, total } = (await p.acme.post('/v1/bulk-resubmits', { flow: 'Registered' })).body;
    // What matched: these five and the three of the cancelled job.
    expect(total).toBe(8);
    await failing(p.acme, ['B-late']);
    for (const code of [...codes, 'A-1', 'A-2', 'A-3']) refused.delete(code);
    // One is resubmitted by hand and delivered before its batch comes: processed, not resubmitted again.
    const byHand = await deliveryOf(p.acme, 'A-2');
    await p.acme.post(`/v1/deliveries/${byHand.id}/resubmit`);
    await eventually(async () => (await deliveryOf(p.acme, 'A-2'))?.status === 'delivered');

    expect(await runner.runBatch()).toBe(true);
    const first = await job(id);
    // In delivery order: A-1, then A-2, delivered already.
    expect(first).toMatchObject({ status: 'running', processed: 2, resubmitted: 1, finishedAt: null });
    expect(first.startedAt).toEqual(expect.any(String));
    expect(await runner.runBatch()).toBe(true);
    expect(await job(id)).toMatchObject({ status: 'running', processed: 4, resubmitted: 3 });
    while (await runner.runBatch());
    const done = await job(id);
    expect(done).toMatchObject({ status: 'done', total: 8, processed: 8, resubmitted: 7 });
    expect(done.finishedAt).toEqual(expect.any(String));

    await eventually(async () => (await Promise.all([...codes, 'A-1', 'A-2', 'A-3'].map((c) => deliveryOf(p.acme, c)))).every((d) => d.status === 'delivered'));
    for (const code of codes) expect(sink.received.filter((r) => JSON.parse(r.body).registration === code).map((r) => r.headers['webhook-id'])).toHaveLength(2);
    expect(await deliveryOf(p.acme, 'B-late')).toMatchObject({ status: 'failed', attempts: 1 });
    // The other account's failed delivery was not the job's to take.
    expect(await deliveryOf(p.rival, 'A-1')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('stops a cancelled job after the batch it is in, and refuses to cancel a finished one', async () => {
    const codes = ['C-1', 'C-2', 'C-3', 'C-4', 'C-5'];
    await failing(p.acme, codes);
    const { id } = (await p.acme.post('/v1/bulk-resubmits', { flow: 'Registered', queue: 'Error' })).body;
    expect(await runner.runBatch()).toBe(true);
    const cancelled = await p.acme.post(`/v1/bulk-resubmits/${id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', processed: 2, resubmitted: 2 });
    expect(await runner.runBatch()).toBe(false);
    expect(await job(id)).toMatchObject({ status: 'cancelled', processed: 2 });
    const again = await p.acme.post(`/v1/bulk-resubmits/${id}/cancel`);
    expect([again.status, again.body.message]).toEqual([409, `bulk resubmit ${id} is cancelled, not queued or running`]);
    // The first batch took B-late and C-1; the other four were never resubmitted.
    await eventually(async () => {
      const ds = await Promise.all([...codes, 'B-late'].map((c) => deliveryOf(p.acme, c)));
      return ds.every((d) => d.status === 'failed') && ds.filter((d) => d.attempts === 1).length === 4;
    });
  });

  it('lists the jobs newest first, a page at a time', async () => {
    const all = (await p.acme.get('/v1/bulk-resubmits')).body;
    expect(all.bulkResubmits.map((j: { status: string }) => j.status)).toEqual(['cancelled', 'done', 'cancelled']);
    expect(all.nextCursor).toBeNull();
    const first = (await p.acme.get('/v1/bulk-resubmits?limit=2')).body;
    expect(first.bulkResubmits).toHaveLength(2);
    const rest = (await p.acme.get(`/v1/bulk-resubmits?limit=2&cursor=${first.nextCursor}`)).body;
    expect([...first.bulkResubmits, ...rest.bulkResubmits].map((j: { id: number }) => j.id)).toEqual(all.bulkResubmits.map((j: { id: number }) => j.id));
    expect(rest.nextCursor).toBeNull();
  });

  it("lets another account neither see, list nor cancel a job, nor its job take this account's deliveries", async () => {
    const [mine] = (await p.acme.get('/v1/bulk-resubmits?limit=1')).body.bulkResubmits;
    expect((await p.rival.get(`/v1/bulk-resubmits/${mine.id}`)).status).toBe(404);
    expect((await p.rival.post(`/v1/bulk-resubmits/${mine.id}/cancel`)).status).toBe(404);
    expect((await p.rival.get('/v1/bulk-resubmits')).body.bulkResubmits).toEqual([]);
    const theirs = (await p.rival.post('/v1/bulk-resubmits', {})).body;
    expect(theirs.total).toBe(1);
    while (await runner.runBatch());
    expect((await p.rival.get(`/v1/bulk-resubmits/${theirs.id}`)).body).toMatchObject({ status: 'done', resubmitted: 1 });
    expect(await deliveryOf(p.acme, 'C-5')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never runs a batch twice when several runners work at once', async () => {
    const codes = Array.from({ length: 9 }, (_, i) => `D-${i}`);
    await failing(p.acme, codes);
    const { id, total } = (await p.acme.post('/v1/bulk-resubmits', { flow: 'Registered', queue: 'Error' })).body;
    expect(total).toBeGreaterThanOrEqual(codes.length);
    const runners = [runner, runner2(), runner2()];
    while ((await Promise.all(runners.map((r) => r.runBatch()))).some(Boolean));
    expect(await job(id)).toMatchObject({ status: 'done', processed: total, resubmitted: total });
  });

  it('gives a job up as failed once its batches fail three times in a row', async () => {
    const { id } = (await p.acme.post('/v1/bulk-resubmits', { flow: 'Registered' })).body;
    // The store refuses to take anything off a job's list.
    const { db } = p.database;
    if (store === 'sqlite') await sql`create trigger refuse before delete on bulk_resubmit_items begin select raise(abort, 'refused'); end`.execute(db);
    else {
      await sql`create function refuse() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`.execute(db);
      await sql`create trigger refuse before delete on bulk_resubmit_items for each statement execute function refuse()`.execute(db);
    }
    try {
      for (let n = 1; n <= 3; n++) {
        await expect(runner.runBatch()).rejects.toThrow('refused');
        expect((await job(id)).status).toBe(n < 3 ? 'queued' : 'failed');
      }
    } finally {
      await sql`drop trigger refuse${store === 'sqlite' ? sql`` : sql` on bulk_resubmit_items`}`.execute(db);
    }
    const failed = await job(id);
    expect(failed).toMatchObject({ status: 'failed', processed: 0, startedAt: null, error: 'internal error; it has been logged' });
    expect(failed.finishedAt).toEqual(expect.any(String));
    expect(await runner.runBatch()).toBe(false);
  });
});
