import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { type Client, seedSummit } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { useFetchRunner } from '../support/fetch.js';
import { PagedSource, STYLES, registrationJob, sourceRecords } from '../support/paged-source.js';
import { usePipeline } from '../support/pipeline.js';
import { describeEachStore } from '../support/stores.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describeEachStore('fetch runner', (store) => {
  const clock = new TestClock(Date.parse('2026-12-01T10:00:00Z'));
  const p = usePipeline(store, 1, undefined, clock, { workers: false });
  const source = new PagedSource(sourceRecords(8), 3, () => clock.now().getTime());
  const runner = useFetchRunner(() => ({ database: p.database, box: p.runtime.secretBox }), clock);
  let acme: Client;

  beforeAll(async () => {
    await source.start();
    acme = p.acme;
    await seedSummit(acme);
    await acme.put('/v1/connections/source', { url: source.url, auth: { type: 'none' } });
  });
  afterAll(() => source.stop());
  beforeEach(async () => {
    source.records = sourceRecords(8);
    source.override = () => undefined;
    source.requests.length = 0;
    for (const j of (await acme.get('/v1/fetch-jobs')).body.fetchJobs) await acme.delete(`/v1/fetch-jobs/${j.id}`);
    for (const table of ['registrations', 'profiles', 'changes'] as const) await p.database.db.deleteFrom(table).execute();
  });

  const create = async (body: Record<string, unknown>) => {
    const r = await acme.post('/v1/fetch-jobs', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: number };
  };
  const runs = async (id: number) => (await acme.get(`/v1/fetch-jobs/${id}/runs`)).body.runs as any[];
  const codes = async () => (await p.database.db.selectFrom('registrations').select('code').orderBy('code').execute()).map((r) => r.code);
  const all = sourceRecords(8).map((r) => r.id).sort();

  for (const style of STYLES) {
    it(`imports every record across the pages of a ${style} source, each recorded as one change`, async () => {
      const job = await create(registrationJob(source, style));
      await runner().drain();
      const [run] = await runs(job.id);
      expect(run).toMatchObject({ status: 'succeeded', read: 8, created: 8, failed: 0, checkpointBefore: '', checkpointAfter: sourceRecords(8)[7]?.updatedAt });
      expect(run.stop).toBe(style === 'page' || style === 'offset' ? 'empty page' : style === 'cursor' ? 'no cursor' : 'no next link');
      expect(await codes()).toEqual(all);
      const changes = await p.database.db.selectFrom('changes').select('subject_code').where('kind', '=', 'registration.created').execute();
      expect(changes.map((c) => c.subject_code).sort()).toEqual(all);
    });
  }

  it('starts the next run at the checkpoint, importing only the newer records', async () => {
    const job = await create(registrationJob(source, 'cursor'));
    const r = runner();
    await r.drain();
    const first = (await runs(job.id))[0];
    source.records = [...sourceRecords(8), ...sourceRecords(2, Date.UTC(2026, 1, 1), 'N')];
    source.requests.length = 0;
    expect((await acme.post(`/v1/fetch-jobs/${job.id}/run`)).status).toBe(202);
    await r.drain();
    const [second] = await runs(job.id);
    expect(source.requests[0]?.url.searchParams.get('since')).toBe(first.checkpointAfter);
    expect(second).toMatchObject({ status: 'succeeded', read: 2, created: 2, checkpointBefore: first.checkpointAfter, checkpointAfter: sourceRecords(2, Date.UTC(2026, 1, 1))[1]?.updatedAt });
    expect((await acme.get(`/v1/fetch-jobs/${job.id}`)).body.checkpointValue).toBe(second.checkpointAfter);
    expect(await codes()).toEqual([...all, 'N-1', 'N-2'].sort());
  });

  it('stops at the page limit', async () => {
    const job = await create(registrationJob(source, 'page', { maxPages: 2 }));
    await runner().drain();
    expect((await runs(job.id))[0]).toMatchObject({ status: 'succeeded', stop: 'page limit', pages: 2, read: 6 });
    expect(source.requests).toHaveLength(2);
  });

  it('waits out a 429 for its Retry-After by the clock, then asks for the same page again', async () => {
    source.override = (n) => (n === 1 ? { status: 429, headers: { 'retry-after': '30' }, body: '{"error":"slow down"}' } : undefined);
    const job = await create(registrationJob(source, 'page'));
    await runner().drain();
    expect((await runs(job.id))[0]).toMatchObject({ status: 'succeeded', read: 8, created: 8 });
    const [, limited, again] = source.requests;
    expect(again?.url.href).toBe(limited?.url.href);
    expect((again?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(30 * SECOND);
  });

  it('spaces requests by the rate limit', async () => {
    await create(registrationJob(source, 'page', { rateLimit: 6 }));
    await runner().drain();
    const gaps = source.requests.slice(1).map((r, i) => r.at - (source.requests[i]?.at ?? 0));
    expect(gaps.length).toBeGreaterThan(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(10 * SECOND);
  });

  it('fails a run on a garbage answer or a 500, saying why, backs off before the next, and tells the account after three in a row', async () => {
    await acme.put('/v1/notifications', { connection: 'source', events: ['fetch.failing'] });
    const answers = [{ status: 200, body: '<html>oops</html>' }, { status: 500, body: 'down' }, { status: 200, body: '{"data": 5}' }];
    let failing = true;
    source.override = (n) => (failing ? answers[n % 3] : undefined);
    const job = await create(registrationJob(source, 'page', { schedule: { every: 10 } }));
    const r = runner();
    const reasons: string[] = [];
    for (let i = 0; i < 3; i++) {
      await r.drain();
      const [run] = await runs(job.id);
      reasons.push(run.reason);
      const { nextRunAt, failures } = (await acme.get(`/v1/fetch-jobs/${job.id}`)).body;
      expect(failures).toBe(i + 1);
      // The schedule says 10 s; the backoff (1 min, then doubling) wins.
      expect(Date.parse(nextRunAt) - Date.parse(run.finishedAt)).toBe(MINUTE * 2 ** i);
      await r.drain();
      expect(await runs(job.id)).toHaveLength(i + 1);
      clock.advance(Date.parse(nextRunAt) - clock.now().getTime());
    }
    expect(reasons[0]).toMatch(/not JSON/);
    expect(reasons[1]).toMatch(/answered 500/);
    expect(reasons[2]).toMatch(/records at 'data' are not a list/);
    const told = await p.database.db.selectFrom('operational_events').select('body').where('type', '=', 'fetch.failing').execute();
    expect(told).toHaveLength(1);
    expect(JSON.parse(told[0]?.body ?? '{}').data).toMatchObject({ jobId: job.id, failures: 3 });
    failing = false;
    await r.drain();
    expect((await runs(job.id))[0]).toMatchObject({ status: 'succeeded', created: 8 });
    expect((await acme.get(`/v1/fetch-jobs/${job.id}`)).body.failures).toBe(0);
    await acme.put('/v1/notifications', { connection: null });
  });

  it('keeps a record the target refuses out, alone, with its reason, and writes the rest', async () => {
    source.records = sourceRecords(4).map((r, i) => (i === 1 ? { ...r, mail: 5 as unknown as string } : r));
    const job = await create(registrationJob(source, 'page'));
    await runner().drain();
    const [run] = await runs(job.id);
    expect(run).toMatchObject({ status: 'succeeded', read: 4, created: 3, failed: 1 });
    expect(run.errors).toEqual([{ page: 1, index: 1, code: 'R-2', message: 'records/1/profile/email must be string,null' }]);
    expect(await codes()).toEqual(['R-1', 'R-3', 'R-4']);
  });

  it('runs a job in one of two runners on one database, each page asked for once', async () => {
    const job = await create(registrationJob(source, 'page'));
    await Promise.all([runner().drain(), runner().drain()]);
    expect(await runs(job.id)).toHaveLength(1);
    const asked = source.requests.map((r) => r.url.href);
    expect(new Set(asked).size).toBe(asked.length);
    expect(await codes()).toEqual(all);
  });

  it('leaves a run where it is when its runner stops, for another runner to resume at once at the next page', async () => {
    const first = runner();
    source.override = (n) => {
      if (n === 1) void first.stop();
      return undefined;
    };
    const job = await create(registrationJob(source, 'page'));
    await first.drain();
    const [stopped] = await runs(job.id);
    expect(stopped).toMatchObject({ status: 'running', pages: 2, read: 6, created: 6, position: { index: 2 }, finishedAt: null });
    expect((await acme.get(`/v1/fetch-runs/${stopped.id}`)).body).toEqual(stopped);
    await runner().drain();
    expect((await runs(job.id))[0]).toMatchObject({ id: stopped.id, status: 'succeeded', pages: 4, created: 8 });
    expect(source.requests.map((r) => r.url.searchParams.get('page'))).toEqual(['1', '2', '3', '4']);
  });

  it('imports profiles and events by their own upserts, unchanged ones counted as such', async () => {
    const profiles = await create({
      ...registrationJob(source, 'offset', { name: 'people', target: 'profiles' }),
      transform: [{ operation: 'shift', spec: { person: 'code', first: 'firstName', mail: 'email' } }],
    });
    const events = await create({
      ...registrationJob(source, 'offset', { name: 'events', target: 'events', checkpoint: null }),
      transform: [{ operation: 'shift', spec: { id: 'code', first: 'name' } }],
    });
    const r = runner();
    await r.drain();
    expect((await runs(profiles.id))[0]).toMatchObject({ status: 'succeeded', created: 8 });
    expect((await runs(events.id))[0]).toMatchObject({ status: 'succeeded', created: 8 });
    expect((await acme.get('/v1/profiles/P-R-3')).body).toMatchObject({ firstName: 'Ann 3', email: 'ann3@example.com' });
    expect((await acme.get('/v1/events/R-3')).body).toMatchObject({ code: 'R-3', name: 'Ann 3' });
    for (const job of [profiles, events]) await acme.post(`/v1/fetch-jobs/${job.id}/run`);
    await p.database.db.updateTable('fetch_jobs').set({ checkpoint: '' }).execute();
    await r.drain();
    expect((await runs(profiles.id))[0]).toMatchObject({ status: 'succeeded', created: 0, unchanged: 8 });
    expect((await runs(events.id))[0]).toMatchObject({ status: 'succeeded', created: 0, unchanged: 8 });
    await p.database.db.deleteFrom('events').where('code', 'like', 'R-%').execute();
  });

  it('runs a paused job only once resumed, and at once when asked', async () => {
    const job = await create(registrationJob(source, 'page', { state: 'paused' }));
    const r = runner();
    await r.drain();
    expect(await runs(job.id)).toHaveLength(0);
    expect((await acme.post(`/v1/fetch-jobs/${job.id}/run`)).status).toBe(409);
    expect((await acme.post(`/v1/fetch-jobs/${job.id}/resume`)).body.state).toBe('active');
    await r.drain();
    expect(await runs(job.id)).toHaveLength(1);
    expect((await acme.post(`/v1/fetch-jobs/${job.id}/pause`)).body.state).toBe('paused');
    expect((await acme.post(`/v1/fetch-jobs/${job.id}/resume`)).status).toBe(200);
    await r.drain();
    // Resumed, it waits for its schedule (an hour); asked, it runs now.
    expect(await runs(job.id)).toHaveLength(1);
    await acme.post(`/v1/fetch-jobs/${job.id}/run`);
    await r.drain();
    expect(await runs(job.id)).toHaveLength(2);
  });

  it('shows one page in a dry run, as it came, transformed and checked, and writes nothing', async () => {
    source.records = sourceRecords(4).map((r, i) => (i === 2 ? { ...r, mail: 5 as unknown as string } : r));
    const job = await create(registrationJob(source, 'page', { state: 'paused' }));
    const dry = await acme.post(`/v1/fetch-jobs/${job.id}/dry-run`);
    expect(dry.status).toBe(200);
    expect(dry.body.failure).toBeNull();
    expect(dry.body.records).toHaveLength(3);
    expect(dry.body.records[0]).toEqual({
      index: 0,
      raw: source.records[0],
      record: { code: 'R-1', profile: { code: 'P-R-1', firstName: 'Ann 1', email: 'ann1@example.com' }, eventCode: 'SUMMIT', status: 'registered' },
      code: 'R-1',
      problem: null,
    });
    expect(dry.body.records[2].problem).toBe('records/2/profile/email must be string,null');
    expect(dry.body).toMatchObject({ next: { index: 1, cursor: null, url: null }, stop: null, checkpointBefore: '', checkpointAfter: source.records[2]?.updatedAt });
    expect(await codes()).toEqual([]);
    expect(await runs(job.id)).toHaveLength(0);
    expect(await p.database.db.selectFrom('changes').selectAll().execute()).toHaveLength(0);
  });
});
