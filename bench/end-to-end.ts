import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Pool } from 'undici';
import { type Child, fmt, freshStore, ratio, startChild } from './support.js';

/**
 * Issue 4's figures: changes posted to the API -> delivered to a sink on loopback, for SQLite and
 * PostgreSQL with 1 and 2 worker processes; beside, in the same run, the ceiling (undici posting the
 * same bodies straight to the sink) and a BullMQ pipeline (Redis) doing the same deliveries.
 */
const N = Number(process.env.BENCH_DELIVERIES ?? 3000);
const IN_FLIGHT = 32;
const LIMIT_MS = 120_000;
const REDIS = { host: '127.0.0.1', port: 6379 };

/** The target: answers 200 and notes when each registration's delivery arrived. */
class Sink {
  readonly arrived = new Map<string, number>();
  private server!: Server;
  url = '';
  private waiting: { count: number; resolve: () => void } | null = null;

  async start() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const code = /"registration":"([^"]+)"/.exec(body)?.[1];
        if (code && !this.arrived.has(code)) this.arrived.set(code, performance.now());
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        if (this.waiting && this.arrived.size >= this.waiting.count) this.waiting.resolve();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  until(count: number): Promise<void> {
    if (this.arrived.size >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.arrived.size} of ${count} deliveries arrived`)), LIMIT_MS);
      this.waiting = { count, resolve: () => (clearTimeout(timer), resolve()) };
    });
  }

  stop() {
    this.server.closeAllConnections();
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

const body = (code: string) => JSON.stringify({ registration: code, email: `${code}@example.com`, status: 'registered', first: 'Joe', last: 'Citizen' });

/** Runs `count` tasks with at most IN_FLIGHT at once, optionally paced to `rate` per second. */
async function pool(count: number, task: (i: number) => Promise<void>, rate?: number) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        const i = next++;
        if (rate) {
          const due = started + (i / rate) * 1000;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        await task(i);
      }
    }),
  );
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Resident memory of processes, sampled every 100 ms; the peak of their sum. */
function watchMemory(pids: number[]) {
  let peak = 0;
  const timer = setInterval(() => {
    let sum = 0;
    for (const pid of pids) {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      sum += Number(m?.[1] ?? 0) * 1024;
    }
    peak = Math.max(peak, sum);
  }, 100);
  return () => (clearInterval(timer), peak);
}

interface Run {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Sends `count` items through `accept` (which returns when the item is accepted), then waits for the sink. */
async function measure(sink: Sink, prefix: string, count: number, accept: (code: string) => Promise<void>, rate?: number): Promise<Run> {
  sink.arrived.clear();
  const accepted = new Map<string, number>();
  const first = performance.now();
  await pool(count, async (i) => {
    const code = `${prefix}-${i}`;
    await accept(code);
    accepted.set(code, performance.now());
  }, rate);
  await sink.until(count);
  const last = Math.max(...sink.arrived.values());
  const latencies = [...accepted].map(([code, at]) => (sink.arrived.get(code) as number) - at);
  return { perSecond: count / ((last - first) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const describe = (r: Run) => `${fmt(r.perSecond)}/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`;

/** A Hookflow deployment: one `serve`, plus `workers` worker processes when it is API-only. */
async function hookflow(dialect: 'sqlite' | 'postgres', workers: number, sinkUrl: string) {
  const store = await freshStore(dialect);
  const env = {
    HOOKFLOW_DATABASE_URL: store.url,
    HOOKFLOW_LOG_LEVEL: 'warn',
    HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8',
    HOOKFLOW_SECRET_KEY_FILE: `${process.env.TMPDIR ?? '/tmp'}/hookflow-bench/secret.key`,
  };
  const server = await startChild(['dist/cli.js', 'serve'], { ...env, HOOKFLOW_PORT: '0', HOOKFLOW_WORKERS: workers ? 'false' : 'true' });
  const children: Child[] = [server];
  for (let i = 0; i < workers; i++) children.push(await startChild(['dist/cli.js', 'worker'], env, /hookflow (worker \S+) running/));
  const key = /API key \(shown once\): (hf_\S+)/.exec(server.output())?.[1] ?? '';
  const api = new Pool(server.url, { connections: IN_FLIGHT });
  const call = async (method: 'PUT' | 'POST', path: string, payload: unknown) => {
    const res = await api.request({ method, path, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${path}: ${res.statusCode} ${text}`);
  };
  await call('PUT', '/v1/tags/Registered', { objects: ['registration_statuses'] });
  await call('PUT', '/v1/registration-statuses/registered', { tags: ['Registered'] });
  await call('PUT', '/v1/events/SUMMIT', { name: 'Summit' });
  await call('PUT', '/v1/connections/sink', { url: `${sinkUrl}/hook`, auth: { type: 'none' }, maxConcurrent: IN_FLIGHT });
  const src = (source: string) => [{ kind: 'source', source }];
  await call('PUT', '/v1/mappings/Lead', {
    fields: [
      { name: 'registration', type: 'string', value: src('registration.code') },
      { name: 'email', type: 'string', value: src('profile.email'), transforms: ['lower'] },
      { name: 'status', type: 'string', value: src('registration.status') },
      { name: 'first', type: 'string', value: src('profile.firstName'), transforms: ['proper'] },
      { name: 'last', type: 'string', value: src('profile.lastName'), transforms: ['proper'] },
    ],
  });
  await call('PUT', '/v1/flows/Registered', {
    mode: 'live',
    source: 'registration_status_change',
    activateFor: { registrationStatusTags: ['Registered'] },
    destinations: [{ name: 'Sink', connection: 'sink', payloadMapping: 'Lead' }],
  });
  const accept = (code: string) =>
    call('PUT', `/v1/registrations/${code}`, { eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}`, firstName: 'joe', lastName: 'citizen', email: `${code}@Example.com` } });
  return {
    accept,
    pids: children.map((c) => c.child.pid as number),
    stop: async () => {
      await api.close();
      for (const c of children) await c.stop();
      await store.drop();
    },
  };
}

async function bullmq(sink: Sink) {
  const name = `hookflow-bench-${process.pid}`;
  const queue = new Queue(name, { connection: REDIS });
  await queue.obliterate({ force: true });
  const target = new Pool(sink.url, { connections: IN_FLIGHT });
  const worker = new Worker(
    name,
    async (job) => {
      const res = await target.request({ method: 'POST', path: '/hook', headers: { 'content-type': 'application/json' }, body: job.data.body as string });
      await res.body.dump();
      if (res.statusCode >= 300) throw new Error(String(res.statusCode));
    },
    { connection: REDIS, concurrency: IN_FLIGHT },
  );
  return {
    accept: async (code: string) => {
      await queue.add('deliver', { body: body(code) }, { removeOnComplete: true, attempts: 4, backoff: { type: 'exponential', delay: 1000 } });
    },
    stop: async () => {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await target.close();
    },
  };
}

export async function benchDelivery(): Promise<string[]> {
  const sink = new Sink();
  await sink.start();
  const lines = [`delivery end to end: ${N} registrations PUT through the API (${IN_FLIGHT} in flight) -> delivered to a loopback sink; latency = sink receipt - API accept`];
  try {
    const direct = new Pool(sink.url, { connections: IN_FLIGHT });
    const ceiling = await measure(sink, 'C', N, async (code) => {
      const res = await direct.request({ method: 'POST', path: '/hook', headers: { 'content-type': 'application/json' }, body: body(code) });
      await res.body.dump();
    });
    await direct.close();
    lines.push(`  ceiling: undici straight to the sink          ${fmt(ceiling.perSecond)}/s`);

    const bull = await bullmq(sink);
    const viaBull = await measure(sink, 'B', N, bull.accept);
    await bull.stop();
    lines.push(`  BullMQ (Redis), concurrency ${IN_FLIGHT}             ${describe(viaBull)}`);

    for (const [dialect, workers] of [['sqlite', 0], ['postgres', 1], ['postgres', 2]] as const) {
      const deployment = await hookflow(dialect, workers, sink.url);
      try {
        const peak = watchMemory(deployment.pids);
        const full = await measure(sink, `${dialect}${workers}`, N, deployment.accept);
        const half = await measure(sink, `${dialect}${workers}h`, Math.floor(N / 2), deployment.accept, full.perSecond / 2);
        const rss = peak();
        const label = dialect === 'sqlite' ? 'sqlite (serve, one process)      ' : `postgres, ${workers} worker process${workers > 1 ? 'es' : ''}     `;
        lines.push(
          `  ${label} ${describe(full)}; at half that rate p99 ${half.p99.toFixed(1)} ms; peak RSS ${fmt(rss / 1024 / 1024)} MB; ${ratio(full.perSecond, ceiling.perSecond)} of the ceiling, ${(full.perSecond / viaBull.perSecond).toFixed(2)}x BullMQ`,
        );
      } finally {
        await deployment.stop();
      }
    }
  } finally {
    await sink.stop();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of await benchDelivery()) console.log(line);
