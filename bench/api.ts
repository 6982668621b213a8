import autocannon from 'autocannon';
import { type Child, fmt, ratio, serveHookflow, startChild } from './support.js';

/**
 * Issue 2's figures: single-record upserts/s over HTTP and bulk upserts/s, on SQLite and
 * PostgreSQL, beside a bare Fastify route's requests/s measured in the same run (the ceiling).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 32;
const BULK_SIZE = 5000;
const BULK_CALLS = 6;

const registration = (code: string) => ({
  eventCode: 'SUMMIT',
  status: 'registered',
  profile: { code: `P-${code}`, firstName: 'Joe', lastName: 'Citizen', email: `${code}@example.com`, organization: 'Initech', position: 'CTO' },
  answers: { diet: 'None' },
});

/** Requests/s for PUTs of distinct registrations (each one a create, with its change record). */
async function singleUpserts(target: string, key: string, label: string): Promise<number> {
  let n = 0;
  const result = await autocannon({
    url: target,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'PUT',
        setupRequest: (req) => {
          const code = `${label}-${n++}`;
          return { ...req, path: `/v1/registrations/${code}`, body: JSON.stringify(registration(code)) };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function bulkUpserts(target: string, key: string): Promise<number> {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  let written = 0;
  const started = performance.now();
  for (let call = 0; call < BULK_CALLS; call++) {
    const registrations = Array.from({ length: BULK_SIZE }, (_, i) => ({ code: `B-${call}-${i}`, ...registration(`B-${call}-${i}`) }));
    const res = await fetch(`${target}/v1/registrations/bulk`, { method: 'POST', headers, body: JSON.stringify({ registrations }) });
    const body = (await res.json()) as { summary: { created: number } };
    written += body.summary.created;
  }
  if (written !== BULK_SIZE * BULK_CALLS) throw new Error(`bulk wrote ${written}`);
  return written / ((performance.now() - started) / 1000);
}

async function hookflow(dialect: 'sqlite' | 'postgres'): Promise<{ server: Child; key: string; drop(): Promise<void> }> {
  const started = await serveHookflow(dialect);
  await started.put('/v1/events/SUMMIT', { name: 'Summit' });
  await started.put('/v1/events/SUMMIT/questions/diet', { attributes: { type: 'text' } });
  return started;
}

export async function benchApi(): Promise<string[]> {
  const lines = [`API (autocannon, ${CONNECTIONS} connections, ${SECONDS}s each; bulk: ${BULK_CALLS} calls of ${BULK_SIZE})`];
  const bare = await startChild(['bench/bare-server.ts']);
  const ceiling = await singleUpserts(bare.url, 'none', 'bare');
  await bare.stop();
  lines.push(`  ceiling: bare Fastify PUT route            ${fmt(ceiling)} req/s`);
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const { server, key, drop } = await hookflow(dialect);
    try {
      const single = await singleUpserts(server.url, key, dialect);
      const bulk = await bulkUpserts(server.url, key);
      lines.push(`  ${dialect.padEnd(8)} single-record upserts over HTTP  ${fmt(single)} req/s (${ratio(single, ceiling)} of the ceiling)`);
      lines.push(`  ${dialect.padEnd(8)} bulk upserts                     ${fmt(bulk)} registrations/s`);
    } finally {
      await server.stop();
      await drop();
    }
  }
  return lines;
}
