import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Call, FLAKY_BIN, seedDemo } from '../../src/demo/seed.js';
import { Simulator } from '../../src/demo/simulator.js';
import { RequestInspector } from '../../src/inspector/request-inspector.js';
import { type Runtime, openRuntime } from '../../src/runtime.js';
import { SecretBox } from '../../src/secrets/secret-box.js';
import { CLOCK_START, TestClock } from '../support/clock.js';
import { checkAnswers } from '../support/contract.js';
import { testConfig } from '../support/pipeline.js';
import { eventually } from '../support/sink.js';
import { type TestDatabase, describeEachStore, openTestDatabase } from '../support/stores.js';

const SECOND = 1000;

describeEachStore('the demo simulator', (store) => {
  // Time moves only when the test says: the failure window and the retries are the test's to reach.
  const clock = new TestClock(Date.parse(CLOCK_START), false);
  const inspector = new RequestInspector(() => clock.now());
  let database: TestDatabase;
  let runtime: Runtime;
  let call: Call;
  let simulator: Simulator;

  const flakyAnswers = async () => ((await call('GET', `/v1/inspector/requests?bin=${FLAKY_BIN}`)) as { requests: { status: number }[] }).requests.map((r) => r.status);
  const deliveries = async () => ((await call('GET', '/v1/deliveries?limit=1000')) as { deliveries: any[] }).deliveries;

  beforeAll(async () => {
    database = await openTestDatabase(store);
    runtime = await openRuntime(testConfig(), { api: true, database, secretBox: SecretBox.ephemeral(), clock, inspector, beforeRoutes: checkAnswers });
    const app = runtime.app as FastifyInstance;
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    ({ call } = await seedDemo(app, inspector, url));
    simulator = new Simulator({ call, inspector, clock, rhythm: { every: SECOND, cycle: 10 * 60 * SECOND, failFor: 60 * SECOND } });
  });
  afterAll(async () => {
    await runtime?.stop();
    await database?.close();
  });

  it('delivers to the CRM while the flaky target fails on purpose, and recovers once its window ends', async () => {
    await simulator.tick();
    await simulator.tick();
    const failing = await eventually(async () => {
      const all = await deliveries();
      return all.length === 4 && all.every((d) => d.status === 'delivered' || d.status === 'retrying') && all;
    }, 20_000);
    expect(failing.filter((d) => d.connection === 'crm').map((d) => d.status)).toEqual(['delivered', 'delivered']);
    expect(failing.filter((d) => d.connection === 'slack').map((d) => d.status)).toEqual(['retrying', 'retrying']);
    expect(await flakyAnswers()).toEqual([503, 503]);

    // Past the window (and the first retry's time): the third step also cancels the first registration.
    clock.advance(2 * 60 * SECOND);
    await simulator.tick();
    runtime.workers?.deliveries();
    const recovered = await eventually(async () => {
      const all = await deliveries();
      return all.length === 7 && all.every((d) => d.status === 'delivered') && all;
    }, 20_000);
    expect(recovered.filter((d) => d.connection === 'slack').map((d) => d.attempts)).toEqual([2, 2, 1]);
    expect(recovered.filter((d) => d.flow === 'Cancelled to CRM').map((d) => d.sourceRecord)).toEqual(['DEMO-00001']);
    expect(await flakyAnswers()).toEqual([200, 200, 200, 503, 503]);
  });
});
