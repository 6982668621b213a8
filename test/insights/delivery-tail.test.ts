import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { DEFAULT_TIMINGS, LOOPBACK } from '../../src/config.js';
import { createAccount } from '../../src/store/accounts.js';
import { CLOCK_START } from '../support/clock.js';
import { eventually } from '../support/sink.js';
import { SseClient } from '../support/sse.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

/** Timers this process holds now. */
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describeEachStore('a live tail on its own', (store) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url = '';
  let key = '';
  beforeAll(async () => {
    database = await openTestDatabase(store);
    app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: LOOPBACK, timings: { ...DEFAULT_TIMINGS, tailPoll: 20, tailHeartbeat: 20 } }, database });
    key = (await createAccount(database.db, 'Acme Events', CLOCK_START)).apiKey;
    url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/v1/deliveries/tail`;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('sends heartbeats while nothing happens, and lets go of its timers once the client goes', async () => {
    const client = await SseClient.open(url, key);
    await client.until((c) => c.comments >= 2);
    expect(client.messages).toEqual([]);
    const whileOpen = timers();
    await client.close();
    // Its poll and its heartbeat.
    await eventually(async () => timers() <= whileOpen - 2);
    expect(app.liveTails.size).toBe(0);
  });

  it('ends the streams still open when the server closes', async () => {
    const client = await SseClient.open(url, key);
    await client.until((c) => c.lastEventId !== '');
    await app.close();
    await client.until((c) => c.ended);
    await client.close();
  });
});
