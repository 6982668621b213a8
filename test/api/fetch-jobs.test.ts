import { beforeAll, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

const JOB = {
  name: 'CRM contacts',
  connection: 'crm',
  url: 'https://crm.example.com/contacts?since={{checkpoint}}&page={{page}}',
  schedule: { cron: '*/15 * * * *' },
  pagination: { type: 'page', first: 1 },
  recordsPath: 'data',
  transform: [{ operation: 'shift', spec: { id: 'code' } }],
  target: 'profiles',
  checkpoint: { initial: '2026-01-01T00:00:00Z', from: 'records', path: 'updatedAt' },
};

describeEachStore('fetch jobs API', (store) => {
  const f = useApi(store);
  beforeAll(async () => {
    await f.acme.put('/v1/connections/crm', { url: 'https://crm.example.com', auth: { type: 'api_key', key: 'k-123', placement: 'header', name: 'X-Key' } });
  });

  it('creates, shows, lists, replaces and deletes a job, with the defaults filled in', async () => {
    const created = await f.acme.post('/v1/fetch-jobs', JOB);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...JOB, method: 'GET', headers: {}, body: null, timeoutMs: 10_000, maxPages: 100, rateLimit: null, state: 'active', checkpointValue: null, failures: 0, lastRunId: null });
    const id = created.body.id;
    expect((await f.acme.get(`/v1/fetch-jobs/${id}`)).body).toEqual(created.body);
    expect((await f.acme.get('/v1/fetch-jobs')).body.fetchJobs.map((j: { id: number }) => j.id)).toContain(id);
    const replaced = await f.acme.put(`/v1/fetch-jobs/${id}`, { ...JOB, maxPages: 5, state: 'paused' });
    expect(replaced.body).toMatchObject({ id, maxPages: 5, state: 'paused' });
    expect((await f.acme.get(`/v1/fetch-jobs/${id}/runs`)).body).toEqual({ runs: [], nextCursor: null });
    expect((await f.acme.delete(`/v1/fetch-jobs/${id}`)).status).toBe(204);
    expect((await f.acme.get(`/v1/fetch-jobs/${id}`)).status).toBe(404);
  });

  it('refuses a Jolt spec that does not compile, naming body/transform and the operation', async () => {
    const r = await f.acme.post('/v1/fetch-jobs', { ...JOB, name: 'bad jolt', transform: [{ operation: 'shift', spec: { id: 5 } }] });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^body\/transform: chain\[0\] \(shift\): spec path 'id'/);
    expect((await f.acme.get('/v1/fetch-jobs')).body.fetchJobs.some((j: { name: string }) => j.name === 'bad jolt')).toBe(false);
  });

  it('names every field that is wrong, at once', async () => {
    const r = await f.acme.post('/v1/fetch-jobs', {
      ...JOB,
      url: 'ftp://x/{{since}}',
      schedule: { every: 60, cron: 'nonsense' },
      pagination: { type: 'offset', path: 'x' },
    });
    expect(r.status).toBe(400);
    for (const part of ['body/url must be an http or https URL', 'body/url: {{since}} is not a placeholder', 'body/schedule must have exactly one of every, cron', 'body/schedule/cron:', 'body/pagination/limit is required for offset pagination', 'body/pagination/path is not a field of offset pagination']) {
      expect(r.body.message).toContain(part);
    }
    expect((await f.acme.post('/v1/fetch-jobs', { ...JOB, target: 'sessions' })).body.message).toBe('body/target must be one of registrations, profiles, events');
    expect((await f.acme.post('/v1/fetch-jobs', { ...JOB, schedule: { every: 0 } })).body.message).toBe('body/schedule/every must be >= 1');
  });

  it('refuses a connection that does not exist, and a second job of the same name', async () => {
    expect((await f.acme.post('/v1/fetch-jobs', { ...JOB, name: 'x', connection: 'nope' })).body).toMatchObject({ error: 'HF_UNKNOWN_REFERENCE', message: "connection: connection 'nope' does not exist" });
    expect((await f.acme.post('/v1/fetch-jobs', { ...JOB, name: 'twice' })).status).toBe(201);
    expect((await f.acme.post('/v1/fetch-jobs', { ...JOB, name: 'twice' })).body).toMatchObject({ error: 'HF_CONFLICT', message: "body/name: a fetch job named 'twice' exists already" });
  });

  it('reads nothing from an address the SSRF guard refuses: the dry run says why', async () => {
    const { id } = (await f.acme.post('/v1/fetch-jobs', { ...JOB, name: 'metadata', url: 'http://169.254.169.254/latest?page={{page}}', state: 'paused' })).body;
    const dry = await f.acme.post(`/v1/fetch-jobs/${id}/dry-run`);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ records: [], request: { method: 'GET', url: 'http://169.254.169.254/latest?page=1' } });
    expect(dry.body.failure).toMatch(/169\.254\.169\.254.*(link-local|refused|private)/i);
  });

  it("keeps one account's jobs and runs from another", async () => {
    const { id } = (await f.acme.post('/v1/fetch-jobs', { ...JOB, name: 'mine' })).body;
    expect((await f.rival.get(`/v1/fetch-jobs/${id}`)).status).toBe(404);
    expect((await f.rival.get(`/v1/fetch-jobs/${id}/runs`)).status).toBe(404);
    expect((await f.rival.post(`/v1/fetch-jobs/${id}/run`)).status).toBe(404);
    expect((await f.rival.post(`/v1/fetch-jobs/${id}/dry-run`)).status).toBe(404);
    expect((await f.rival.get('/v1/fetch-jobs')).body.fetchJobs).toEqual([]);
  });
});
