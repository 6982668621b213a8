import { afterAll, beforeAll, expect, it } from 'vitest';
import { PagedSource, registrationJob, sourceRecords } from '../support/paged-source.js';
import { usePipeline } from '../support/pipeline.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink } from '../support/sink.js';
import { describeEachStore } from '../support/stores.js';

describeEachStore('fetch end to end', (store) => {
  const p = usePipeline(store);
  const source = new PagedSource(sourceRecords(7), 3);
  const sink = new Sink();
  beforeAll(async () => {
    await Promise.all([source.start(), sink.start()]);
    await setUpStatusFlow(p.acme, sink.url);
    await p.acme.put('/v1/connections/source', { url: source.url, auth: { type: 'basic', username: 'hookflow', password: 's3cret' } });
  });
  afterAll(() => Promise.all([source.stop(), sink.stop()]));

  it("delivers the imported registrations through a flow, as it would the API's, the source asked with the connection's credentials", async () => {
    expect((await p.acme.post('/v1/fetch-jobs', registrationJob(source, 'link_header'))).status).toBe(201);
    const received = await sink.until((r) => r.length >= 7, 30_000);
    expect(received.map((r) => JSON.parse(r.body).registration).sort()).toEqual(sourceRecords(7).map((r) => r.id).sort());
    expect(source.requests.every((r) => r.headers.authorization === `Basic ${Buffer.from('hookflow:s3cret').toString('base64')}`)).toBe(true);
  }, 40_000);
});
