import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/store/accounts.js';
import { CLOCK_START } from '../support/clock.js';
import { type Served, serve, stop, worker } from '../support/process.js';
import { remote, setUpStatusFlow } from '../support/remote.js';
import { Sink } from '../support/sink.js';
import { STORES, type TestDatabase, childDatabaseUrl, openTestDatabase } from '../support/stores.js';

/** Several processes share one PostgreSQL database: an API-only `serve` and two `hookflow worker`s. */
describe.runIf(STORES.includes('postgres'))('two worker processes on PostgreSQL', () => {
  let database: TestDatabase;
  const processes: Served[] = [];
  const sink = new Sink(() => ({ status: 200, body: '{}' }));
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    await sink.start();
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => stop(p)));
    await sink.stop();
    await database.close();
  });

  let key = '';
  const apiKeyOf = () => key;

  it('share the work and never deliver the same attempt twice', async () => {
    const { apiKey } = await createAccount(database.db, 'Acme Events', CLOCK_START);
    key = apiKey;
    const env = {
      HOOKFLOW_DATABASE_URL: childDatabaseUrl(database),
      HOOKFLOW_LOG_LEVEL: 'warn',
      HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8',
    };
    const api = await serve({ ...env, HOOKFLOW_WORKERS: 'false' });
    processes.push(api, await worker(env), await worker(env));
    const client = remote(api.url, apiKey);
    await setUpStatusFlow(client, `${sink.url}/hook`);

    const codes = Array.from({ length: 400 }, (_, i) => `W-${i}`);
    for (let i = 0; i < codes.length; i += 50) {
      await client.post('/v1/registrations/bulk', {
        registrations: codes.slice(i, i + 50).map((code) => ({ code, eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}` } })),
      });
    }
    const received = await sink.until((got) => got.length >= codes.length, 30_000);
    await new Promise((r) => setTimeout(r, 500)); // room for any duplicate to arrive
    const ids = received.map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(codes.length);
    expect(ids.length).toBe(codes.length);
    const attempts = await database.db.selectFrom('attempts').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(attempts.n)).toBe(codes.length);
    // Both workers took part.
    const workers = await database.db.selectFrom('deliveries').select('leased_by').distinct().execute();
    expect(workers.length).toBe(2);
  }, 60_000);

  /** In the order received, the changes delivered for each registration are in the order they were made. */
  const expectInOrder = async (codes: string[]) => {
    await sink.until((got) => got.length >= codes.length * 3, 30_000);
    const changeOf = new Map((await database.db.selectFrom('deliveries').select(['id', 'change_id']).execute()).map((d) => [`msg_${d.id}`, d.change_id]));
    for (const code of codes) {
      const changes = sink.received.filter((r) => JSON.parse(r.body).registration === code).map((r) => changeOf.get(r.headers['webhook-id'] as string) as number);
      expect(changes).toHaveLength(3);
      expect(changes).toEqual([...changes].sort((a, b) => a - b));
    }
  };
  /** Each registration goes new -> registered -> cancelled, one write after the other, through `apis` in turn. */
  const writeInTurn = (apis: Served[], codes: string[]) =>
    Promise.all(
      codes.map(async (code, i) => {
        for (const [k, status] of ['new', 'registered', 'cancelled'].entries()) {
          const client = remote((apis[(i + k) % apis.length] as Served).url, apiKeyOf());
          await client.put(`/v1/registrations/${code}`, { eventCode: 'SUMMIT', status, profile: { code: `P-${code}` } });
        }
      }),
    );

  it("keep each registration's changes in order, whichever worker sends them", async () => {
    const client = remote(processes[0]!.url, apiKeyOf());
    sink.received.length = 0;
    await client.put('/v1/tags/Any', { objects: ['registration_statuses'] });
    for (const status of ['new', 'cancelled']) await client.put(`/v1/registration-statuses/${status}`, { tags: ['Registered', 'Any'] });
    const codes = Array.from({ length: 20 }, (_, i) => `ORD-${i}`);
    await writeInTurn([processes[0]!], codes);
    await expectInOrder(codes);
  }, 60_000);

  it('keep them in order when two API processes, each evaluating what it writes, take turns writing one registration', async () => {
    const second = await serve({ HOOKFLOW_DATABASE_URL: childDatabaseUrl(database), HOOKFLOW_LOG_LEVEL: 'warn', HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8', HOOKFLOW_WORKERS: 'false' });
    processes.push(second);
    sink.received.length = 0;
    const codes = Array.from({ length: 40 }, (_, i) => `TWO-${i}`);
    await writeInTurn([processes[0]!, second], codes);
    await expectInOrder(codes);
    // Every change was evaluated, none is left waiting.
    const outcomes = await database.db.selectFrom('flow_outcomes').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(outcomes.n)).toBeGreaterThanOrEqual(codes.length * 3);
    expect(await database.db.selectFrom('pending_changes').selectAll().execute()).toEqual([]);
  }, 60_000);
});
