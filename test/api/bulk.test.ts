import { expect, it } from 'vitest';
import { joe, seedSummit, useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('bulk registration upsert', (store) => {
  const api = useApi(store, 64 * 1024 * 1024);
  it('seeds the guide setup', async () => seedSummit(api.acme));

  it('takes thousands of registrations in one call, with a result per record', async () => {
    const registrations = Array.from({ length: 3000 }, (_, i) => ({ code: `B-${i}`, ...joe(`B-${i}`), attendeeType: i % 2 ? 'SPK' : null }));
    const r = await api.acme.post('/v1/registrations/bulk', { registrations });
    expect(r.status).toBe(200);
    expect(r.body.summary).toEqual({ created: 3000, updated: 0, unchanged: 0, error: 0 });
    expect(r.body.results[2999]).toEqual({ index: 2999, code: 'B-2999', outcome: 'created' });
    expect((await api.acme.get('/v1/registrations/B-1234')).body.attendeeType).toBeNull();
  });

  it('reports a bad record and writes the rest', async () => {
    const registrations = [
      { code: 'B-0', ...joe('B-0'), status: 'registered' },
      { code: 'B-new', ...joe('B-new') },
      { code: 'B-bad-event', ...joe('B-bad-event'), eventCode: 'NOPE' },
      { code: 'B-bad-shape', ...joe('B-bad-shape'), isTest: 'yes' },
      { code: 'B-1', ...joe('B-1'), attendeeType: 'SPK' },
      'not even an object',
    ];
    const r = await api.acme.post('/v1/registrations/bulk', { registrations });
    expect(r.body.summary).toEqual({ created: 1, updated: 1, unchanged: 1, error: 3 });
    expect(r.body.results.map((x: any) => x.outcome)).toEqual(['updated', 'created', 'error', 'error', 'unchanged', 'error']);
    expect(r.body.results[2].error.message).toBe("eventCode: event 'NOPE' does not exist");
    expect(r.body.results[3].error.message).toBe('registrations/3/isTest must be boolean');
    expect(r.body.results[5].error.message).toBe('registrations/5 must be object');
    expect((await api.acme.get('/v1/registrations/B-0')).body.status).toBe('registered');
    expect((await api.acme.get('/v1/registrations/B-bad-event')).status).toBe(404);
  });

  it('applies the same code twice in one batch in order', async () => {
    const r = await api.acme.post('/v1/registrations/bulk', {
      registrations: [
        { code: 'B-twice', ...joe('B-twice') },
        { code: 'B-twice', ...joe('B-twice'), status: 'registered' },
      ],
    });
    expect(r.body.results.map((x: any) => x.outcome)).toEqual(['created', 'updated']);
    const changes = (await api.acme.get('/v1/changes?subjectCode=B-twice')).body.changes.map((c: any) => c.kind);
    expect(changes).toEqual(['registration.created', 'registration.status_changed']);
  });

  it('merges a partial record into an existing registration, and names what a new one lacks', async () => {
    const r = await api.acme.post('/v1/registrations/bulk', {
      registrations: [
        { code: 'B-1', status: 'registered' },
        { code: 'B-partial-new', status: 'registered' },
        { code: 'B-created-then-patched', ...joe('B-created-then-patched') },
        { code: 'B-created-then-patched', profile: { phone: '555' } },
      ],
    });
    expect(r.body.results.map((x: any) => x.outcome)).toEqual(['updated', 'error', 'created', 'updated']);
    expect(r.body.results[1].error).toEqual({ code: 'HF_BAD_REQUEST', message: "registration 'B-partial-new' is new: eventCode is required; profile is required", field: 'eventCode' });
    expect((await api.acme.get('/v1/registrations/B-1')).body).toMatchObject({ status: 'registered', attendeeType: 'SPK', profile: { firstName: 'Joe' } });
    expect((await api.acme.get('/v1/registrations/B-created-then-patched')).body.profile).toMatchObject({ firstName: 'Joe', phone: '555' });
  });

  it('refuses an empty or oversized batch as a whole', async () => {
    expect((await api.acme.post('/v1/registrations/bulk', { registrations: [] })).body.message).toBe(
      'body/registrations must be a list of 1 to 10000 registrations',
    );
    const tooMany = await api.acme.post('/v1/registrations/bulk', { registrations: Array.from({ length: 10001 }, () => ({})) });
    expect(tooMany.status).toBe(400);
  });
});
