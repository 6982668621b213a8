import parsePrometheusTextFormat, { type Family, type Sample } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTEMPT_SECONDS, LATENCY_SECONDS } from '../../src/domain/insight-counts.js';
import { type Runtime, openRuntime } from '../../src/runtime.js';
import { SecretBox } from '../../src/secrets/secret-box.js';
import { createAccount } from '../../src/store/accounts.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { joe, seedSummit, useApi } from '../support/api.js';
import { CLOCK_START, TestClock } from '../support/clock.js';
import { type PipelineFixture, changeProcessor, retryNextDue, testConfig, usePipeline } from '../support/pipeline.js';
import { type Served, serve, stop, useStoreAndSink, worker } from '../support/process.js';
import { CODE_MAPPING, remote, setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { STORES, childDatabaseUrl, describeEachStore } from '../support/stores.js';

const TOKEN = 'metrics-token-for-the-tests-0123';
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** GET /metrics from the API with a bearer, parsed by a Prometheus text parser. */
async function scrape(p: PipelineFixture, bearer = TOKEN) {
  const res = await p.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${bearer}` } });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusTextFormat(res.body);
}

const family = (families: Family[], name: string) => {
  const found = families.find((f) => f.name === name);
  if (!found) throw new Error(`no metric ${name} in the scrape`);
  return found;
};

/** The value of the one sample of `name` whose labels are exactly `labels` (0 when there is none, as Prometheus reads an absent counter). */
const valueOf = (families: Family[], name: string, labels: Record<string, string> = {}) => {
  const matching = family(families, name).metrics.filter((m) => JSON.stringify(sorted(m.labels ?? {})) === JSON.stringify(sorted(labels)));
  expect(matching.length).toBeLessThanOrEqual(1);
  return matching[0] ? Number(matching[0].value) : 0;
};
const sorted = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));

/** A histogram's buckets are cumulative, in the order of their bounds, and +Inf is its count. */
function expectCumulative(h: Sample, bounds: readonly number[]) {
  const les = [...bounds.map(String), '+Inf'];
  expect(Object.keys(h.buckets ?? {}).sort()).toEqual([...les].sort());
  const counts = les.map((le) => Number(h.buckets?.[le]));
  for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1] as number);
  expect(counts.at(-1)).toBe(Number(h.count));
  return counts;
}

/**
 * Real deliveries to a CRM on loopback: three delivered (one after a 500), one refused with 422,
 * one abandoned after its one retry failed too (its two failures open the breaker), one waiting
 * for a retry as a Config failure (its status untagged); and another account's one delivery, by
 * a Test flow. The clock moves only to retries.
 */
describeEachStore('/metrics over real deliveries', (store) => {
  const clock = new TestClock();
  // Two consecutive connection failures open a breaker; an open one probes only every ten minutes.
  const breaker = { failures: 2, sustained: 0, probeEvery: 10 * MINUTE };
  const p = usePipeline(store, 1, breaker, clock, { metrics: { token: TOKEN, listen: { host: '127.0.0.1', port: 0 } } });
  const sink = new Sink();
  const deliveries = async () => (await p.acme.get('/v1/deliveries?limit=1000')).body.deliveries as { orderingKey: string; status: string; attempts: number; nextAttemptAt: string; createdAt: string; deliveredAt: string | null }[];
  const deliveryOf = async (code: string) => (await deliveries()).find((d) => d.orderingKey.includes(`registration:${code}`));

  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await p.acme.put('/v1/tags/Tracked', { objects: ['registration_statuses'] });
    await p.acme.put('/v1/registration-statuses/registered', { tags: ['Tracked'] });
    await p.acme.put('/v1/connections/crm', { url: `${sink.url}/crm`, timeoutMs: 1000, maxRetries: 1 });
    await p.acme.put('/v1/mappings/Code', CODE_MAPPING);
    await p.acme.put('/v1/flows/To%20CRM', { mode: 'live', source: 'registration_status_change', activateFor: { registrationStatusTags: ['Tracked'] }, destinations: [{ name: 'CRM', connection: 'crm', payloadMapping: 'Code' }] });
    let failedOnce = false;
    sink.behaviour = (req) => {
      const { registration } = JSON.parse(req.body) as { registration: string };
      if (registration === 'R3') return { status: 422, body: '{"error":"email is invalid"}' };
      if (registration === 'R7') return { status: 500 };
      if (registration === 'R4' && !failedOnce) {
        failedOnce = true;
        return { status: 500 };
      }
      return { status: 201, body: `{"id":"lead-${registration}"}` };
    };
    for (const r of ['R1', 'R2', 'R3', 'R4']) await p.acme.put(`/v1/registrations/${r}`, joe(r, { status: 'registered' }));
    await eventually(async () => {
      await retryNextDue(p, clock);
      const all = await deliveries();
      return all.length === 4 && all.every((d) => d.status === 'delivered' || d.status === 'failed');
    });
    // The other account tests its own 'crm' with a Test flow: its figures never merge with Acme's.
    await seedSummit(p.rival);
    await p.rival.put('/v1/tags/Tracked', { objects: ['registration_statuses'] });
    await p.rival.put('/v1/registration-statuses/registered', { tags: ['Tracked'] });
    await p.rival.put('/v1/connections/crm', { url: `${sink.url}/rival`, timeoutMs: 1000 });
    await p.rival.put('/v1/mappings/Code', CODE_MAPPING);
    await p.rival.put('/v1/flows/Trial', { mode: 'test', source: 'registration_status_change', activateFor: { registrationStatusTags: ['Tracked'] }, destinations: [{ name: 'CRM', connection: 'crm', payloadMapping: 'Code' }] });
    await p.rival.put('/v1/registrations/R1', joe('R1', { status: 'registered', isTest: true }));
    await eventually(async () => (await p.rival.get('/v1/deliveries')).body.deliveries[0]?.status === 'delivered');
    // Untagged: a Config failure, due again in about a minute; R7's retry comes sooner (30 s), and the clock moves only to it.
    await p.acme.put('/v1/registrations/R5', joe('R5', { status: 'new' }));
    await eventually(async () => (await deliveryOf('R5'))?.status === 'retrying');
    await p.acme.put('/v1/registrations/R7', joe('R7', { status: 'registered' }));
    const r7 = await eventually(async () => {
      const d = await deliveryOf('R7');
      return d?.status === 'retrying' && d;
    });
    clock.advance(Date.parse(r7.nextAttemptAt) - clock.now().getTime());
    p.workers.deliveries();
    await eventually(async () => (await deliveryOf('R7'))?.status === 'failed');
  });
  afterAll(() => sink.stop());

  it('counts deliveries by status and failure category, and retries by category, as they happened', async () => {
    const m = await scrape(p);
    const at = { mode: 'live', account: 'acme-events', connection: 'crm' };
    expect(valueOf(m, 'hookflow_deliveries_total', { ...at, status: 'delivered' })).toBe(3);
    expect(valueOf(m, 'hookflow_deliveries_total', { ...at, status: 'failed', category: 'validation' })).toBe(1);
    expect(valueOf(m, 'hookflow_deliveries_total', { ...at, status: 'abandoned', category: 'connection' })).toBe(1);
    expect(family(m, 'hookflow_deliveries_total').type).toBe('COUNTER');
    expect(valueOf(m, 'hookflow_deliveries_total', { mode: 'test', account: 'rival-events', connection: 'crm', status: 'delivered' })).toBe(1);
    expect(family(m, 'hookflow_deliveries_total').metrics).toHaveLength(4);
    expect(valueOf(m, 'hookflow_delivery_retries_total', { ...at, category: 'connection' })).toBe(2);
    expect(valueOf(m, 'hookflow_delivery_retries_total', { ...at, category: 'config' })).toBe(1);
    expect(family(m, 'hookflow_delivery_retries_total').metrics).toHaveLength(2);
    const delivered = (await deliveries()).filter((d) => d.status === 'delivered').length;
    expect(valueOf(m, 'hookflow_deliveries_total', { ...at, status: 'delivered' })).toBe(delivered);
  });

  it('labels nothing by registration, event or flow', async () => {
    const labels = new Set((await scrape(p)).filter((f) => f.name.startsWith('hookflow_')).flatMap((f) => f.metrics.flatMap((s) => Object.keys(s.labels ?? {}))));
    expect([...labels].sort()).toEqual(['account', 'category', 'connection', 'mode', 'status']);
  });

  it('histograms the Live Flows’ attempt durations and end-to-end latency in seconds, cumulative, counting each attempt and delivery', async () => {
    const m = await scrape(p);
    const all = await deliveries();
    const attempts = family(m, 'hookflow_delivery_attempt_duration_seconds');
    expect(attempts.type).toBe('HISTOGRAM');
    expect(attempts.metrics).toHaveLength(1);
    expect(attempts.help).toMatch(/Live Flows/);
    expectCumulative(attempts.metrics[0] as Sample, ATTEMPT_SECONDS);
    expect(Number(attempts.metrics[0]?.count)).toBe(all.reduce((n, d) => n + d.attempts, 0));

    const latency = family(m, 'hookflow_delivery_latency_seconds').metrics[0] as Sample;
    expect(latency.labels).toBeUndefined();
    const counts = expectCumulative(latency, LATENCY_SECONDS);
    const delivered = all.filter((d) => d.deliveredAt);
    expect(Number(latency.count)).toBe(delivered.length);
    // R4 was delivered at its retry, 24 to 36 s after its change was accepted; the others at once.
    const seconds = delivered.map((d) => (Date.parse(d.deliveredAt as string) - Date.parse(d.createdAt)) / SECOND);
    expect(Number(latency.sum)).toBeCloseTo(seconds.reduce((a, b) => a + b, 0), 3);
    expect(counts[LATENCY_SECONDS.indexOf(0.1)]).toBe(seconds.filter((s) => s <= 0.1).length);
    expect(counts[LATENCY_SECONDS.indexOf(60)]).toBe(3);
    expect(seconds.filter((s) => s > 15)).toHaveLength(1);
  });

  it("shows this process's breaker open for the connection that kept failing", async () => {
    const m = await scrape(p);
    expect(family(m, 'hookflow_connection_breaker_open').metrics).toEqual([{ labels: { account: 'acme-events', connection: 'crm' }, value: '1' }]);
  });

  it('gauges the queue by status, and how long its longest-waiting due delivery has been due', async () => {
    let m = await scrape(p);
    expect(['received', 'retrying', 'processing'].map((status) => valueOf(m, 'hookflow_queue_deliveries', { status }))).toEqual([0, 1, 0]);
    expect(valueOf(m, 'hookflow_queue_oldest_due_seconds')).toBe(0);
    expect(valueOf(m, 'hookflow_change_processing_lag_seconds')).toBe(0);
    // R5's retry comes due; the open breaker holds it (its next probe is minutes away), so it waits.
    const [waiting] = (await deliveries()).filter((d) => d.status === 'retrying');
    clock.advance(Date.parse(waiting?.nextAttemptAt as string) + 90 * SECOND - clock.now().getTime());
    m = await scrape(p);
    expect(valueOf(m, 'hookflow_queue_oldest_due_seconds')).toBe(90);
    expect(valueOf(m, 'hookflow_queue_deliveries', { status: 'retrying' })).toBe(1);
  });

  it('serves the same figures on its own listener, without a token, and nothing else there', async () => {
    const url = p.runtime.metricsListener?.url as string;
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    const m = parsePrometheusTextFormat(await res.text());
    expect(valueOf(m, 'hookflow_deliveries_total', { mode: 'live', account: 'acme-events', connection: 'crm', status: 'delivered' })).toBe(3);
    expect(family(m, 'process_cpu_user_seconds_total').type).toBe('COUNTER');
    expect((await fetch(`${url}/v1/events`, { headers: { authorization: `Bearer ${p.acme.key}` } })).status).toBe(404);
    expect((await fetch(`${url}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses /metrics on the API without the token, with a wrong one, and with an account’s API key', async () => {
    const get = (headers: Record<string, string>) => p.app.inject({ method: 'GET', url: '/metrics', headers });
    const refused: Record<string, string>[] = [{}, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Bearer ${p.acme.key}` }, { authorization: TOKEN }];
    for (const headers of refused) {
      const res = await get(headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'HF_UNAUTHORIZED' });
    }
    expect((await get({ authorization: `bearer ${TOKEN}` })).statusCode).toBe(200);
  });

  it('is in the OpenAPI document as text, behind the metrics token rather than an API key', async () => {
    const doc = (await p.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.paths['/metrics'].get).toMatchObject({ tags: ['metrics'], security: [{ metricsToken: [] }], responses: { 200: { content: { 'text/plain': { schema: { type: 'string' } } } } } });
    expect(doc.components.securitySchemes.metricsToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('reports the same cluster figures from another process on the same store', async () => {
    const { database } = p;
    const second: Database = await openDatabase({ url: database.url, ...(database.schema ? { schema: database.schema } : {}) });
    let other: Runtime | undefined;
    try {
      other = await openRuntime(testConfig({ workers: false, metrics: { token: TOKEN, listen: null } }), { api: true, database: second, secretBox: SecretBox.ephemeral(), clock });
      const cluster = (families: Family[]) => families.filter((f) => /^hookflow_(deliveries|delivery|queue|change)/.test(f.name));
      const [here, there] = [await scrape(p), await scrape({ ...p, app: other.app } as PipelineFixture)];
      expect(cluster(there)).toEqual(cluster(here));
      expect(cluster(here)).toHaveLength(7);
      // Breakers are each process's own: this one sends nothing, so none of its breakers is failing.
      expect(family(there, 'hookflow_connection_breaker_open').metrics).toEqual([]);
    } finally {
      await other?.stop();
      await second.close();
    }
  });
});

/**
 * An API-only process (its peers' workers are elsewhere): a delivery waits, received, since it
 * was queued; a bulk write's change waits for a change processor. Both ages by the test's clock.
 */
describeEachStore('/metrics gauges on an API-only process', (store) => {
  const clock = new TestClock();
  const p = usePipeline(store, 1, undefined, clock, { workers: false, metrics: { token: TOKEN, listen: null } });

  it('gauges the deliveries waiting, how long the first has been due, and how long the oldest change has waited', async () => {
    await seedSummit(p.acme);
    await setUpStatusFlow(p.acme, 'http://127.0.0.1:9/never-called');
    const processor = changeProcessor(p.database, clock);
    await processor.drain();
    await p.acme.put('/v1/registrations/R1', joe('R1', { status: 'registered' }));
    await processor.drain();
    clock.advance(30 * SECOND);
    await p.acme.post('/v1/registrations/bulk', { registrations: [{ code: 'R2', ...joe('R2', { status: 'registered' }) }] });
    clock.advance(60 * SECOND);

    const m = await scrape(p);
    expect(['received', 'retrying', 'processing'].map((status) => valueOf(m, 'hookflow_queue_deliveries', { status }))).toEqual([1, 0, 0]);
    expect(valueOf(m, 'hookflow_queue_oldest_due_seconds')).toBe(90);
    expect(valueOf(m, 'hookflow_change_processing_lag_seconds')).toBe(60);
    expect(family(m, 'hookflow_queue_deliveries').type).toBe('GAUGE');

    await processor.drain();
    expect(valueOf(await scrape(p), 'hookflow_change_processing_lag_seconds')).toBe(0);
  });
});

describeEachStore('/metrics when nothing opens it', (store) => {
  const api = useApi(store);

  it('is not there, for an API key either', async () => {
    for (const headers of [{}, { authorization: `Bearer ${api.acme.key}` }]) {
      expect((await api.app.inject({ method: 'GET', url: '/metrics', headers })).statusCode).toBe(404);
    }
  });
});

/** The way several processes run on PostgreSQL: an API-only `serve` and a `hookflow worker`, as real processes. */
describe.runIf(STORES.includes('postgres'))('/metrics across processes on PostgreSQL', () => {
  const sink = new Sink(() => ({ status: 201, body: '{"id":"lead"}' }));
  const store = useStoreAndSink('postgres', sink);
  const processes: Served[] = [];
  afterAll(() => Promise.all(processes.map((p) => stop(p))));

  it('the API (with its token) and the worker (on its own listener) report the same deliveries', async () => {
    const { apiKey } = await createAccount(store.database.db, 'Acme Events', CLOCK_START);
    const env = { HOOKFLOW_DATABASE_URL: childDatabaseUrl(store.database), HOOKFLOW_LOG_LEVEL: 'warn', HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8', HOOKFLOW_METRICS_TOKEN: TOKEN };
    const api = await serve({ ...env, HOOKFLOW_WORKERS: 'false' });
    const work = await worker({ ...env, HOOKFLOW_METRICS_LISTEN: '127.0.0.1:0' });
    processes.push(api, work);
    const client = remote(api.url, apiKey);
    await setUpStatusFlow(client, `${sink.url}/hook`);
    const codes = ['P1', 'P2', 'P3', 'P4', 'P5'];
    await client.post('/v1/registrations/bulk', { registrations: codes.map((code) => ({ code, ...joe(code, { status: 'registered' }) })) });
    await sink.until((got) => got.length === codes.length);

    const workerMetrics = /hookflow metrics at (\S+)/.exec(work.output())?.[1] as string;
    const fromApi = async () => parsePrometheusTextFormat(await (await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text());
    const fromWorker = async () => parsePrometheusTextFormat(await (await fetch(workerMetrics)).text());
    const delivered = { mode: 'live', account: 'acme-events', connection: 'sink', status: 'delivered' };
    // The attempts' outcomes are written a moment after the sink has answered.
    await eventually(async () => valueOf(await fromApi(), 'hookflow_deliveries_total', delivered) === codes.length);
    const [a, w] = [await fromApi(), await fromWorker()];
    expect(valueOf(w, 'hookflow_deliveries_total', delivered)).toBe(codes.length);
    expect(family(w, 'hookflow_delivery_latency_seconds').metrics).toEqual(family(a, 'hookflow_delivery_latency_seconds').metrics);
    expect(Number(family(w, 'hookflow_delivery_latency_seconds').metrics[0]?.count)).toBe(codes.length);
    expect(valueOf(w, 'hookflow_queue_deliveries', { status: 'received' })).toBe(0);
    // The worker's listener asks for no token; the API's port never serves without one.
    expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
  }, 60_000);
});
