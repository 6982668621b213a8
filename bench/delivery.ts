import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Queue, Worker } from 'bullmq';
import Fastify from 'fastify';
import { Pool } from 'undici';
import { type Child, ROOT, fmt, freshStore, ratio, startChild } from './support.js';

/**
 * End to end: registrations PUT through the API (status `registered`, tagged `Tracked`) -> a Live
 * flow -> one delivery each, rendered by a small mapping and POSTed to a sink on loopback. Measured
 * for SQLite (`serve` alone) and PostgreSQL with 1 and 2 `hookflow worker` processes, beside, in the
 * same run, the ceiling (undici posting the same bodies straight to the sink) and a BullMQ pipeline
 * (Redis; a worker process posting each job's body to the sink), its jobs added either straight
 * from here or by an HTTP API taking the same PUTs as Hookflow (the same work up to the queue).
 *
 * Per configuration, after a warm-up of WARM_UP items: a full-speed run (IN_FLIGHT requests in flight, closed loop), then a run paced
 * at half the rate the first one delivered. Latency = sink receipt - the moment the item was
 * accepted (its 2xx answer from the API; BullMQ: `queue.add` resolved; ceiling: the request sent).
 * Deliveries/s = N / (last receipt - first accept). Peak RSS: VmRSS of the configuration's own
 * processes (not PostgreSQL, not Redis), sampled every 100 ms, the max of the sum.
 *
 * `npx tsx bench/delivery.ts` runs it alone (Hookflow from dist/: `npm run build` first);
 * BENCH_DELIVERIES sets N (default 5000); BENCH_ONLY picks configurations by label, e.g. `sqlite`,
 * `bullmq,postgres` (a substring of each label; default all).
 */
const N = Number(process.env.BENCH_DELIVERIES ?? 5000);
const IN_FLIGHT = 32;
/** Items each configuration handles, unmeasured, before its runs. */
const WARM_UP = 1000;
/** Each load loop stops with an error past this; so does each wait for the sink. */
const LOAD_LIMIT_MS = 120_000;
const DRAIN_LIMIT_MS = 120_000;
const REDIS = { host: '127.0.0.1', port: 6379 };
const SELF = 'bench/delivery.ts';
const WORKER_FLAG = '--bullmq-worker';
const API_FLAG = '--bullmq-api';

// ---------------------------------------------------------------------------------------------
// The payloads: what is PUT, and the body Hookflow's mapping renders from it (checked equal).

const registration = (code: string) => ({
  eventCode: 'SUMMIT',
  status: 'registered',
  profile: { code: `P-${code}`, firstName: 'joe', lastName: 'CITIZEN', email: `${code}@Example.com`, organization: 'Initech', position: 'CTO' },
});

const src = (source: string) => ({ kind: 'source', source });
const MAPPING = {
  fields: [
    { name: 'registration', type: 'string', required: true, value: [src('registration.code')] },
    { name: 'status', type: 'string', value: [src('registration.status')] },
    { name: 'event', type: 'string', value: [src('event.code')] },
    { name: 'email', type: 'string', value: [src('profile.email')], transforms: ['lower'] },
    { name: 'firstName', type: 'string', value: [src('profile.firstName')], transforms: ['proper'] },
    { name: 'lastName', type: 'string', value: [src('profile.lastName')], transforms: ['proper'] },
    { name: 'organization', type: 'string', value: [src('profile.organization')] },
    { name: 'title', type: 'string', value: [src('profile.position'), { kind: 'text', text: ' @ ' }, src('profile.organization')] },
  ],
};

/** The body the mapping above renders for `registration(code)`: what the baselines send. */
const rendered = (code: string) => render(code, registration(code));

const proper = (s: string) => s.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
/** The mapping, by hand: what the BullMQ baseline behind an HTTP API renders from each request. */
function render(code: string, r: ReturnType<typeof registration>) {
  const p = r.profile;
  return JSON.stringify({
    registration: code,
    status: r.status,
    event: r.eventCode,
    email: p.email.toLowerCase(),
    firstName: proper(p.firstName),
    lastName: proper(p.lastName),
    organization: p.organization,
    title: `${p.position} @ ${p.organization}`,
  });
}

// ---------------------------------------------------------------------------------------------
// The sink.

interface Arrivals {
  expected: Set<string>;
  at: Map<string, number>;
  duplicates: number;
  strays: number;
  sample: string | null;
  done: (() => void) | null;
}

/** Answers 200 `{}` and notes, per request, when it arrived and the registration code in its body. */
class Sink {
  private server!: Server;
  private run: Arrivals | null = null;
  url = '';

  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const at = performance.now();
        const text = Buffer.concat(chunks).toString('utf8');
        let code: unknown;
        try {
          code = (JSON.parse(text) as { registration?: unknown }).registration;
        } catch {
          code = undefined;
        }
        const run = this.run;
        if (run) {
          if (typeof code !== 'string' || !run.expected.has(code)) run.strays++;
          else if (run.at.has(code)) run.duplicates++;
          else {
            run.at.set(code, at);
            run.sample ??= text;
            if (run.at.size === run.expected.size) run.done?.();
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  begin(codes: string[]): Arrivals {
    this.run = { expected: new Set(codes), at: new Map(), duplicates: 0, strays: 0, sample: null, done: null };
    return this.run;
  }

  /** Resolves when every expected code has arrived; rejects after DRAIN_LIMIT_MS. */
  until(run: Arrivals, why: () => string): Promise<void> {
    if (run.at.size === run.expected.size) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        run.done = null;
        reject(new Error(`only ${run.at.size} of ${run.expected.size} deliveries arrived within ${DRAIN_LIMIT_MS / 1000} s. ${why()}`));
      }, DRAIN_LIMIT_MS);
      run.done = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  stop() {
    this.server.closeAllConnections();
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

// ---------------------------------------------------------------------------------------------
// Load, latency, memory and CPU.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `count` tasks, at most IN_FLIGHT at once, optionally paced to `rate` per second; bounded in time. */
async function drive(count: number, task: (i: number) => Promise<void>, rate?: number) {
  let next = 0;
  let failed = false;
  const started = performance.now();
  const deadline = started + LOAD_LIMIT_MS;
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, count) }, async () => {
      while (next < count && !failed) {
        if (performance.now() > deadline) {
          failed = true;
          throw new Error(`load loop passed its ${LOAD_LIMIT_MS / 1000} s limit after ${next} of ${count}`);
        }
        const i = next++;
        if (rate) {
          const wait = started + (i / rate) * 1000 - performance.now();
          if (wait > 0) await sleep(wait);
        }
        try {
          await task(i);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

interface Run {
  count: number;
  perSecond: number;
  /** How fast items were accepted (the offered load actually achieved). */
  acceptedPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Receipts before the accept was seen (the sink is faster than the API's answer); kept as negative latencies. */
  early: number;
  duplicates: number;
  strays: number;
  sample: string | null;
}

/**
 * Sends `count` items through `send` (resolves once the item is accepted), then waits until the
 * sink has every one. `stamp`: the accept time is taken after `send` resolves, or before it starts
 * (the ceiling, whose "accept" is the delivery itself).
 */
async function measure(sink: Sink, prefix: string, count: number, send: (code: string) => Promise<void>, opts: { rate?: number; stamp?: 'before' | 'after'; why?: () => string } = {}): Promise<Run> {
  const codes = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  const accepted = new Float64Array(count);
  const arrivals = sink.begin(codes);
  let firstSent = Infinity;
  await drive(
    count,
    async (i) => {
      const before = performance.now();
      firstSent = Math.min(firstSent, before);
      await send(codes[i] as string);
      accepted[i] = opts.stamp === 'before' ? before : performance.now();
    },
    opts.rate,
  );
  const lastAccept = accepted.reduce((a, b) => Math.max(a, b), 0);
  await sink.until(arrivals, opts.why ?? (() => ''));
  await sleep(200); // late duplicates, if any, are counted
  const firstAccept = accepted.reduce((a, b) => Math.min(a, b), Infinity);
  let lastReceipt = 0;
  const latencies = codes.map((code, i) => {
    const at = arrivals.at.get(code) as number;
    lastReceipt = Math.max(lastReceipt, at);
    return at - (accepted[i] as number);
  });
  latencies.sort((a, b) => a - b);
  return {
    count,
    perSecond: count / ((lastReceipt - firstAccept) / 1000),
    acceptedPerSecond: count / ((lastAccept - firstSent) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    early: latencies.filter((l) => l < 0).length,
    duplicates: arrivals.duplicates,
    strays: arrivals.strays,
    sample: arrivals.sample,
  };
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime of a process, in seconds; 0 if it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(m?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Processes whose command name is `name` (PostgreSQL's backends, Redis): their CPU is part of the cost. */
function pidsNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

type Group = { label: string; pids: () => number[] };

/**
 * Samples the RSS of `own` every 100 ms (the peak of their sum), and, from start to `stop()`, the CPU
 * of each group, as cores (CPU seconds / wall seconds). The bench process itself is a group too.
 */
function watch(own: number[], groups: Group[]) {
  let peak = 0;
  const peaks = own.map(() => 0);
  const sample = () => {
    const rss = own.map(rssBytes);
    rss.forEach((r, i) => (peaks[i] = Math.max(peaks[i] as number, r)));
    peak = Math.max(peak, rss.reduce((a, b) => a + b, 0));
  };
  sample();
  const timer = setInterval(sample, 100);
  const cpuOf = (g: Group) => g.pids().reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const before = groups.map(cpuOf);
  const self = process.cpuUsage();
  const started = performance.now();
  /** `count`: items handled meanwhile, for the CPU time each cost (all groups but the bench). */
  return (count: number) => {
    clearInterval(timer);
    sample();
    const wall = (performance.now() - started) / 1000;
    const used = process.cpuUsage(self);
    const seconds = groups.map((g, i) => cpuOf(g) - (before[i] as number));
    const cpu = groups.map((g, i) => `${g.label} ${((seconds[i] as number) / wall).toFixed(2)}`);
    cpu.push(`bench (load + sink) ${((used.user + used.system) / 1e6 / wall).toFixed(2)}`);
    const each = (seconds.reduce((a, b) => a + b, 0) / count) * 1e6;
    const mb = peaks.map((p) => fmt(p / 2 ** 20)).join(' + ');
    return { peak, each, cpu: `${cpu.join(', ')}; ${fmt(each)} µs of CPU per delivery; peak RSS by process ${mb} MB` };
  };
}

const ms = (x: number) => (Math.abs(x) < 10 ? x.toFixed(1) : fmt(x));

function oddities(r: Run): string {
  const notes = [];
  if (r.duplicates) notes.push(`${r.duplicates} duplicate deliveries`);
  if (r.strays) notes.push(`${r.strays} unexpected requests`);
  if (r.early) notes.push(`${r.early} received before their accept was seen`);
  return notes.length ? ` [${notes.join('; ')}]` : '';
}

// ---------------------------------------------------------------------------------------------
// The configurations.

interface Deployment {
  label: string;
  send(code: string): Promise<void>;
  /** The processes whose memory counts. */
  pids: number[];
  /** Whose CPU to report. */
  groups: Group[];
  /** What to say when deliveries do not all arrive. */
  why(): string;
  stop(): Promise<void>;
}

/** Sends a JSON body, answers the response's text; anything but a 2xx throws. */
const caller = (pool: Pool, headers: Record<string, string>) => async (method: 'PUT' | 'POST', path: string, payload: unknown) => {
  const res = await pool.request({ method, path, headers, body: JSON.stringify(payload) });
  const text = await res.body.text();
  if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${text}`);
  return text;
};

const tail = (c: Child) => c.output().trim().split('\n').slice(-5).join(' | ');

/** `hookflow serve` (with its workers), or an API-only `serve` plus `workers` worker processes. */
async function hookflow(dialect: 'sqlite' | 'postgres', workers: number, sink: Sink): Promise<Deployment> {
  const store = await freshStore(dialect);
  const env = {
    HOOKFLOW_DATABASE_URL: store.url,
    HOOKFLOW_LOG_LEVEL: 'warn',
    HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8',
    HOOKFLOW_SECRET_KEY: randomBytes(32).toString('hex'),
    HOOKFLOW_DELIVERY_CONCURRENCY: String(IN_FLIGHT),
  };
  const children: Child[] = [];
  let api: Pool | null = null;
  const stop = async () => {
    await api?.close();
    for (const c of children.reverse()) await c.stop();
    await store.drop();
  };
  try {
    const server = await startChild(['dist/cli.js', 'serve'], { ...env, HOOKFLOW_PORT: '0', HOOKFLOW_WORKERS: workers > 0 ? 'false' : 'true' });
    children.push(server);
    for (let i = 0; i < workers; i++) children.push(await startChild(['dist/cli.js', 'worker'], env, /hookflow (worker \S+) running/));
    const key = /API key \(shown once[^)]*\): (hf_\S+)/.exec(server.output())?.[1];
    if (!key) throw new Error(`no API key in the first start's output: ${server.output()}`);
    const pool = new Pool(server.url, { connections: IN_FLIGHT });
    api = pool;
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const call = caller(pool, headers);
    await call('PUT', '/v1/tags/Tracked', { objects: ['registration_statuses'] });
    await call('PUT', '/v1/registration-statuses/registered', { tags: ['Tracked'] });
    await call('PUT', '/v1/events/SUMMIT', { name: 'Summit 2026', startDate: '2026-12-01' });
    // The same concurrency as the baselines (a connection's default is 8 in flight).
    await call('PUT', '/v1/connections/sink', { url: `${sink.url}/hook`, auth: { type: 'none' }, maxConcurrent: IN_FLIGHT });
    await call('PUT', '/v1/mappings/Attendee', MAPPING);
    const flow = JSON.parse(
      await call('PUT', '/v1/flows/Tracked%20to%20sink', {
        mode: 'live',
        source: 'registration_status_change',
        activateFor: { registrationStatusTags: ['Tracked'] },
        destinations: [{ name: 'Sink', connection: 'sink', payloadMapping: 'Attendee' }],
      }),
    ) as { status?: string };
    if (flow.status !== 'complete') throw new Error(`the flow is not complete: ${JSON.stringify(flow)}`);
    const label = dialect === 'sqlite' ? 'sqlite' : `postgres + ${workers} worker${workers > 1 ? 's' : ''}`;
    const groups: Group[] = children.map((c, i) => ({ label: i === 0 ? (workers ? 'serve (API)' : 'serve') : `worker ${i}`, pids: () => [c.child.pid as number] }));
    if (dialect === 'postgres') groups.push({ label: 'postgres (all its processes)', pids: () => pidsNamed('postgres') });
    return {
      label,
      send: async (code) => void (await call('PUT', `/v1/registrations/${code}`, registration(code))),
      pids: children.map((c) => c.child.pid as number),
      groups,
      why: () => children.map((c, i) => `${i === 0 ? 'serve' : `worker ${i}`}: ${tail(c) || '(no output)'}`).join('; '),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

const JOB_OPTIONS = { removeOnComplete: true, removeOnFail: true, attempts: 4, backoff: { type: 'exponential', delay: 1000 } };

/**
 * BullMQ: a Worker (concurrency IN_FLIGHT) in a child process. Jobs are added by a Queue here
 * (accept = `queue.add` resolved) or, `overHttp`, by an API in a second child process that takes
 * the same PUTs as Hookflow's, validates them, renders the body and adds it (accept = its 2xx).
 */
async function bullmq(sink: Sink, overHttp: boolean): Promise<Deployment> {
  const name = `hookflow-bench-delivery-${process.pid}`;
  const queue = new Queue(name, { connection: REDIS });
  await queue.obliterate({ force: true });
  const children: Child[] = [];
  let api: Pool | null = null;
  const stop = async () => {
    await api?.close();
    for (const c of children.reverse()) await c.stop();
    await queue.obliterate({ force: true });
    await queue.close();
  };
  try {
    children.push(await startChild([SELF, WORKER_FLAG, name, sink.url], {}, /(bullmq worker ready)/));
    let send = async (code: string) => void (await queue.add('deliver', { body: rendered(code) }, JOB_OPTIONS));
    if (overHttp) {
      const server = await startChild([SELF, API_FLAG, name]);
      children.push(server);
      const pool = new Pool(server.url, { connections: IN_FLIGHT });
      api = pool;
      const call = caller(pool, { 'content-type': 'application/json' });
      send = async (code) => void (await call('PUT', `/v1/registrations/${code}`, registration(code)));
    }
    const labels = ['bullmq worker', 'bullmq API'];
    return {
      label: overHttp ? 'BullMQ behind an HTTP API' : 'BullMQ',
      send,
      pids: children.map((c) => c.child.pid as number),
      groups: [...children.map((c, i) => ({ label: labels[i] as string, pids: () => [c.child.pid as number] })), { label: 'redis', pids: () => pidsNamed('redis-server') }],
      why: () => children.map((c, i) => `${labels[i]}: ${tail(c) || '(no output)'}`).join('; '),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The API child of the BullMQ baseline over HTTP: each PUT checked against a schema, rendered, added. */
async function bullmqApi(name: string) {
  const queue = new Queue(name, { connection: REDIS });
  const app = Fastify();
  const text = { type: 'string', minLength: 1 };
  const profile = { type: 'object', required: ['code', 'email'], properties: { code: text, firstName: text, lastName: text, email: text, organization: text, position: text } };
  const body = { type: 'object', required: ['eventCode', 'status', 'profile'], properties: { eventCode: text, status: text, profile } };
  app.put<{ Params: { code: string }; Body: ReturnType<typeof registration> }>('/v1/registrations/:code', { schema: { body } }, async (req) => {
    await queue.add('deliver', { body: render(req.params.code, req.body) }, JOB_OPTIONS);
    return { accepted: true };
  });
  console.log(`bullmq api listening at ${await app.listen({ port: 0, host: '127.0.0.1' })}`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => queue.close())
      .finally(() => process.exit(0));
  });
}

/** The child process of the BullMQ baseline: each job's body POSTed to the sink with undici. */
async function bullmqWorker(name: string, sinkUrl: string) {
  const target = new Pool(sinkUrl, { connections: IN_FLIGHT });
  const worker = new Worker(
    name,
    async (job) => {
      const res = await target.request({ method: 'POST', path: '/hook', headers: { 'content-type': 'application/json' }, body: (job.data as { body: string }).body });
      await res.body.dump();
      if (res.statusCode >= 300) throw new Error(`the sink answered ${res.statusCode}`);
    },
    { connection: { ...REDIS, maxRetriesPerRequest: null }, concurrency: IN_FLIGHT },
  );
  worker.on('error', (error) => console.error(`bullmq worker: ${error.message}`));
  await worker.waitUntilReady();
  console.log('bullmq worker ready');
  process.once('SIGTERM', () => {
    void worker
      .close()
      .then(() => target.close())
      .finally(() => process.exit(0));
  });
}

/** A build older than the sources measures yesterday's Hookflow: say so. */
function staleBuild(): string | null {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
  try {
    const built = statSync(join(ROOT, 'dist/cli.js')).mtimeMs;
    return newest(join(ROOT, 'src')) > built ? 'dist/ is older than src/ (run `npm run build`): the figures are those of the last build' : null;
  } catch {
    return 'no dist/cli.js: run `npm run build` first';
  }
}

// ---------------------------------------------------------------------------------------------

export async function benchDelivery(): Promise<string[]> {
  if (!Number.isInteger(N) || N < 100 || N > 100_000) throw new Error(`BENCH_DELIVERIES must be a whole number from 100 to 100000, not ${process.env.BENCH_DELIVERIES}`);
  const stale = staleBuild();
  if (stale?.startsWith('no dist')) throw new Error(stale);
  const head = `delivery end to end (N=${fmt(N)})`;
  const lines = [
    `${head}: registrations PUT through the API, ${IN_FLIGHT} in flight -> Live flow -> mapping (8 fields) -> POST to a loopback sink; latency = sink receipt - API accept (2xx); each configuration first handles ${fmt(WARM_UP)} unmeasured`,
  ];
  if (stale) lines.push(`  warning: ${stale}`);
  const half = Math.max(50, Math.floor(N / 2));
  const sink = new Sink();
  await sink.start();
  try {
    // The ceiling: the same bodies straight to the sink, the same concurrency.
    const direct = new Pool(sink.url, { connections: IN_FLIGHT });
    const post = async (code: string) => {
      const res = await direct.request({ method: 'POST', path: '/hook', headers: { 'content-type': 'application/json' }, body: rendered(code) });
      await res.body.dump();
      if (res.statusCode !== 200) throw new Error(`the sink answered ${res.statusCode}`);
    };
    // A few hundred milliseconds each: the best of three, after a warm-up, so JIT and GC noise do not set the bar.
    await measure(sink, 'warm', WARM_UP, post, { stamp: 'before' });
    let ceiling = await measure(sink, 'ceiling0', N, post, { stamp: 'before' });
    for (const i of [1, 2]) {
      const again = await measure(sink, `ceiling${i}`, N, post, { stamp: 'before' });
      if (again.perSecond > ceiling.perSecond) ceiling = again;
    }
    await direct.close();
    lines.push(`${head}: ceiling (undici straight to the sink, best of 3) ${fmt(ceiling.perSecond)}/s p50 ${ms(ceiling.p50)} ms p99 ${ms(ceiling.p99)} ms (round trip)`);

    const results = new Map<string, Run>();
    const cpuLines: string[] = [];
    const configurations: [string, () => Promise<Deployment>][] = [
      ['bullmq', () => bullmq(sink, false)],
      ['bullmq-http', () => bullmq(sink, true)],
      ['sqlite', () => hookflow('sqlite', 0, sink)],
      ['postgres1', () => hookflow('postgres', 1, sink)],
      ['postgres2', () => hookflow('postgres', 2, sink)],
    ];
    const only = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').filter(Boolean);
    for (const [label, start] of configurations) {
      if (only.length && !only.some((o) => label.includes(o))) continue;
      const d = await start();
      try {
        const slug = d.label.replace(/\W+/g, '').toLowerCase();
        // Like the ceiling's: a server runs warm, so its JIT's first seconds are not what is measured.
        await measure(sink, `${slug}w`, WARM_UP, d.send, { why: d.why });
        const watching = watch(d.pids, d.groups);
        const full = await measure(sink, slug, N, d.send, { why: d.why });
        const { peak, cpu } = watching(N);
        const sampled = full.sample ? (JSON.parse(full.sample) as { registration: string }).registration : '';
        if (full.sample !== rendered(sampled)) lines.push(`  warning: ${d.label} delivered ${full.sample}, the baselines send ${rendered(sampled)}`);
        // Unsaturated, the CPU each delivery costs varies less from run to run: the figure to compare changes by.
        const watchingHalf = watch(d.pids, d.groups);
        const paced = await measure(sink, `${slug}h`, half, d.send, { rate: full.perSecond / 2, why: d.why });
        const halfCost = watchingHalf(half).each;
        results.set(d.label, full);
        cpuLines.push(`  ${d.label} at full load, CPU in cores: ${cpu}; at half rate ${fmt(halfCost)} µs of CPU per delivery`);
        lines.push(
          `${head}: ${d.label} ${fmt(full.perSecond)}/s p50 ${ms(full.p50)} ms p99 ${ms(full.p99)} ms (p99 at half rate ${ms(paced.p99)} ms) peak RSS ${fmt(peak / 2 ** 20)} MB — ${ratio(full.perSecond, ceiling.perSecond)} of the ceiling` +
            `; accepted ${fmt(full.acceptedPerSecond)}/s, max ${ms(full.max)} ms; half rate: ${fmt(paced.count)} at ${fmt(full.perSecond / 2)}/s offered, p50 ${ms(paced.p50)} ms` +
            oddities(full) +
            oddities(paced),
        );
      } finally {
        await d.stop();
      }
    }
    const two = results.get('postgres + 2 workers');
    for (const baseline of ['BullMQ', 'BullMQ behind an HTTP API']) {
      const bull = results.get(baseline);
      if (two && bull) lines.push(`${head}: postgres + 2 workers / ${baseline} = ${(two.perSecond / bull.perSecond).toFixed(2)}x the deliveries/s, p99 ${ms(two.p99)} vs ${ms(bull.p99)} ms`);
    }
    lines.push(...cpuLines, `  (this machine: ${availableParallelism()} CPUs; every process above shares them)`);
  } finally {
    await sink.stop();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf(WORKER_FLAG);
  const apiFlag = process.argv.indexOf(API_FLAG);
  if (flag >= 0) await bullmqWorker(process.argv[flag + 1] as string, process.argv[flag + 2] as string);
  else if (apiFlag >= 0) await bullmqApi(process.argv[apiFlag + 1] as string);
  else for (const line of await benchDelivery()) console.log(line);
}
