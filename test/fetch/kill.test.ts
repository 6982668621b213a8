import { expect, it } from 'vitest';
import { createAccount } from '../../src/store/accounts.js';
import { seedSummit } from '../support/api.js';
import { CLOCK_START } from '../support/clock.js';
import { PagedSource, registrationJob, sourceRecords } from '../support/paged-source.js';
import { serve, stop } from '../support/process.js';
import { remote } from '../support/remote.js';
import { eventually } from '../support/sink.js';
import { childDatabaseUrl, describeEachStore, openTestDatabase } from '../support/stores.js';

describeEachStore('fetch durability', (store) => {
  it('resumes a run killed -9 mid-run at the page after the last one written, every record present and no change recorded twice', async () => {
    const database = await openTestDatabase(store);
    const source = await new PagedSource(sourceRecords(30), 5).start();
    const { apiKey } = await createAccount(database.db, 'Acme Events', CLOCK_START);
    // A short lease, so the restarted process takes over the dead one's job soon.
    const env = { HOOKFLOW_DATABASE_URL: childDatabaseUrl(database), HOOKFLOW_LOG_LEVEL: 'warn', HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8', HOOKFLOW_FETCH_LEASE_SECONDS: '2' };
    let blocking = true;
    source.override = (_n, url) => (blocking && url.searchParams.get('page') === '4' ? 'hang' : undefined);
    const first = await serve(env);
    const acme = remote(first.url, apiKey);
    await seedSummit(acme);
    await acme.put('/v1/connections/source', { url: source.url, auth: { type: 'none' } });
    const { id } = (await acme.post('/v1/fetch-jobs', registrationJob(source, 'page'))).body;

    // Page 4 is asked for only once page 3 is written: the process dies with 3 pages in.
    await eventually(async () => source.requests.some((r) => r.url.searchParams.get('page') === '4'), 30_000);
    await stop(first, 'SIGKILL');
    const stuck = await database.db.selectFrom('fetch_runs').selectAll().where('job_id', '=', id).executeTakeFirstOrThrow();
    expect(stuck).toMatchObject({ status: 'running', pages: 3, created: 15 });

    blocking = false;
    const asked = source.requests.length;
    const second = await serve(env);
    try {
      const run = await eventually(async () => {
        const r = await database.db.selectFrom('fetch_runs').selectAll().where('job_id', '=', id).executeTakeFirstOrThrow();
        return r.status === 'succeeded' && r;
      }, 30_000);
      expect(run).toMatchObject({ id: stuck.id, pages: 7, records_read: 30, created: 30, failed: 0 });
      expect(source.requests.slice(asked).map((r) => r.url.searchParams.get('page'))).toEqual(['4', '5', '6', '7']);
      expect((await database.db.selectFrom('registrations').select('code').execute()).map((r) => r.code).sort()).toEqual(sourceRecords(30).map((r) => r.id).sort());
      const perSubject = await database.db
        .selectFrom('changes')
        .select(['subject_code', (eb) => eb.fn.countAll<number>().as('n')])
        .where('subject_code', 'like', 'R-%')
        .groupBy('subject_code')
        .execute();
      expect(perSubject).toHaveLength(30);
      expect(perSubject.filter((c) => Number(c.n) !== 1)).toEqual([]);
    } finally {
      await stop(second);
      await source.stop();
      await database.close();
    }
  }, 120_000);
});
