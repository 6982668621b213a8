import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';
import { type Child, fmt, ratio, serveHookflow, startChild } from './support.js';

/**
 * Issue 13's figure: HMAC-verified postbacks accepted per second (each one verified, parsed and
 * logged durably before its 202), on SQLite and PostgreSQL, beside a bare Fastify route that
 * parses the same body (the ceiling), measured in the same run.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 32;
const SECRET = 'bench-postback-secret';

/** Requests/s for distinct signed postbacks (each with its own id, so none is a duplicate). */
async function postbacks(target: string, path: string, label: string): Promise<number> {
  let n = 0;
  const result = await autocannon({
    url: target,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req) => {
          const id = `${label}-${n++}`;
          const body = JSON.stringify({ registration: 'R-1', click: { id, campaign: 'spring', cost: '0.42' } });
          const signature = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
          return { ...req, body, headers: { 'content-type': 'application/json', 'x-signature': signature, 'x-postback-id': id } };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function hookflow(dialect: 'sqlite' | 'postgres'): Promise<{ server: Child; path: string; drop(): Promise<void> }> {
  const { server, put, drop } = await serveHookflow(dialect);
  await put('/v1/events/SUMMIT', { name: 'Summit' });
  await put('/v1/registrations/R-1', { eventCode: 'SUMMIT', profile: { code: 'P-1' } });
  const source = (await put('/v1/inbound-sources/publisher', {
    verification: { type: 'hmac', secret: SECRET, algorithm: 'sha256', encoding: 'hex', header: 'X-Signature', prefix: 'sha256=', idHeader: 'X-Postback-Id' },
    match: { by: 'code', path: 'registration' },
  })) as { url: string };
  return { server, path: new URL(source.url).pathname, drop };
}

export async function benchPostbacks(): Promise<string[]> {
  const lines = [`Postbacks (autocannon, ${CONNECTIONS} connections, ${SECONDS}s each; HMAC-SHA256 verified, logged before the 202)`];
  const bare = await startChild(['bench/bare-server.ts']);
  const ceiling = await postbacks(bare.url, '/in/bare', 'bare');
  await bare.stop();
  lines.push(`  ceiling: bare Fastify POST route           ${fmt(ceiling)} req/s`);
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const { server, path, drop } = await hookflow(dialect);
    try {
      const accepted = await postbacks(server.url, path, dialect);
      lines.push(`  ${dialect.padEnd(8)} postbacks accepted            ${fmt(accepted)} req/s (${ratio(accepted, ceiling)} of the ceiling)`);
    } finally {
      await server.stop();
      await drop();
    }
  }
  return lines;
}
