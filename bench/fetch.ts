import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordCheck } from '../src/api/record-checks.js';
import { buildApp } from '../src/api/app.js';
import { LOOPBACK } from '../src/config.js';
import { AddressGuard } from '../src/delivery/address-guard.js';
import { AuthorizingSender } from '../src/delivery/authorizing-sender.js';
import { guardedAgent } from '../src/delivery/guarded-agent.js';
import { TokenCache } from '../src/delivery/token-cache.js';
import { SYSTEM_CLOCK } from '../src/domain/clock.js';
import { FetchRunner } from '../src/fetch/runner.js';
import { compileJolt } from '../src/jolt/index.js';
import { SecretBox } from '../src/secrets/secret-box.js';
import { createAccount } from '../src/store/accounts.js';
import { openDatabase } from '../src/store/database.js';
import type { RegistrationInput } from '../src/domain/registration.js';
import { RegistrationWriter } from '../src/store/registration-writer.js';
import { fmt, freshStore, ratio } from './support.js';

/**
 * API fetch on SQLite: PAGES pages of PAGE_SIZE records from a source on loopback, fetched,
 * transformed (a Jolt shift and default) and upserted as registrations by the fetch runner, a page
 * a transaction. Beside it, the same records (already transformed) upserted alone, by the bulk
 * call's writer, a page a transaction, on a fresh store of their own: what the fetching costs.
 */
const PAGES = 20;
const PAGE_SIZE = 500;
const SPEC = [
  { operation: 'shift', spec: { id: 'code', person: 'profile.code', first: 'profile.firstName', last: 'profile.lastName', mail: 'profile.email', company: 'profile.organization' } },
  { operation: 'default', spec: { eventCode: 'SUMMIT' } },
];

const sourceRecord = (i: number) => ({ id: `R-${i}`, person: `P-${i}`, first: `Ann ${i}`, last: 'Lee', mail: `ann${i}@example.com`, company: 'Initech', updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() });
const pages = Array.from({ length: PAGES }, (_, p) => Array.from({ length: PAGE_SIZE }, (_, i) => sourceRecord(p * PAGE_SIZE + i)));

async function storeWithEvent() {
  const store = await freshStore('sqlite');
  const database = await openDatabase({ url: store.url });
  const { account, apiKey } = await createAccount(database.db, 'Bench', new Date().toISOString());
  const box = SecretBox.ephemeral();
  const app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: LOOPBACK }, database, secretBox: box });
  const put = async (url: string, payload: object) => {
    const r = await app.inject({ method: 'PUT', url, payload, headers: { authorization: `Bearer ${apiKey}` } });
    if (r.statusCode >= 300) throw new Error(`${url}: ${r.body}`);
  };
  await put('/v1/events/SUMMIT', { name: 'Summit' });
  return { database, app, box, accountId: account.id, apiKey, put };
}

export async function benchFetch(): Promise<string[]> {
  const bodies = pages.map((data) => JSON.stringify({ data }));
  const server = createServer((req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page'));
    res.writeHead(200, { 'content-type': 'application/json' }).end(bodies[page - 1] ?? '{"data":[]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const sourceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const outbound = guardedAgent(new AddressGuard(LOOPBACK));
  const total = PAGES * PAGE_SIZE;
  try {
    // Both measured warm: the upsert's code is compiled by a first pass on a store of its own.
    const warm = await storeWithEvent();
    await new RegistrationWriter(warm.database.db, { clock: SYSTEM_CLOCK }).bulk(warm.accountId, pages.slice(0, 2).flat().map((r) => compileJolt(SPEC)(r) as RegistrationInput));
    const fetching = await storeWithEvent();
    await fetching.put('/v1/connections/source', { url: sourceUrl, auth: { type: 'none' } });
    const job = { name: 'bench', connection: 'source', url: `${sourceUrl}/?page={{page}}`, schedule: { every: 3600 }, pagination: { type: 'page', first: 1 }, recordsPath: 'data', transform: SPEC, target: 'registrations', maxPages: PAGES + 1 };
    const created = await fetching.app.inject({ method: 'POST', url: '/v1/fetch-jobs', payload: job, headers: { authorization: `Bearer ${fetching.apiKey}` } });
    if (created.statusCode !== 201) throw new Error(created.body);
    const sender = new AuthorizingSender({ outbound, tokens: new TokenCache(outbound, SYSTEM_CLOCK), clock: SYSTEM_CLOCK, onTokens: async () => {} });
    const runner = new FetchRunner({ db: fetching.database.db, box: fetching.box, sender, clock: SYSTEM_CLOCK, check: recordCheck(), options: { lease: 60_000, failuresBeforeAlert: 3 }, pollInterval: 60_000, changesQueued: () => {} });
    let t = performance.now();
    await runner.drain();
    const fetchSeconds = (performance.now() - t) / 1000;
    const run = await fetching.database.db.selectFrom('fetch_runs').selectAll().executeTakeFirstOrThrow();
    if (run.created !== total) throw new Error(`the run created ${run.created} of ${total}: ${run.reason}`);

    const alone = await storeWithEvent();
    const transform = compileJolt(SPEC);
    const inputs = pages.map((page) => page.map((r) => transform(r) as RegistrationInput));
    const writer = new RegistrationWriter(alone.database.db, { clock: SYSTEM_CLOCK });
    t = performance.now();
    for (const page of inputs) await writer.bulk(alone.accountId, page);
    const aloneSeconds = (performance.now() - t) / 1000;
    for (const s of [warm, fetching, alone]) {
      await s.app.close();
      await s.database.close();
    }
    const [fetched, upserted] = [total / fetchSeconds, total / aloneSeconds];
    return [
      `API fetch, SQLite: ${PAGES} pages x ${PAGE_SIZE} registrations from a loopback source`,
      `  fetched + transformed (Jolt) + upserted: ${fmt(fetched)} records/s (${fetchSeconds.toFixed(2)} s)`,
      `  bulk upsert alone, same pages:          ${fmt(upserted)} records/s (${aloneSeconds.toFixed(2)} s); fetch runs at ${ratio(fetched, upserted)} of it`,
    ];
  } finally {
    await outbound.close();
    server.close();
  }
}
