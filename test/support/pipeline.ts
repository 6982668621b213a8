import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type BreakerOptions, type Config, LOOPBACK, loadConfig } from '../../src/config.js';
import { type Clock, SYSTEM_CLOCK } from '../../src/domain/clock.js';
import { ChangeProcessor } from '../../src/evaluation/change-processor.js';
import { ConfigCache } from '../../src/evaluation/config-cache.js';
import { Evaluator } from '../../src/evaluation/evaluator.js';
import { type Runtime, openRuntime } from '../../src/runtime.js';
import { SecretBox } from '../../src/secrets/secret-box.js';
import { createAccount } from '../../src/store/accounts.js';
import type { Database, Dialect } from '../../src/store/database.js';
import type { Workers } from '../../src/workers.js';
import { type ApiFixture, client, seedSummit, useContract } from './api.js';
import type { TestClock } from './clock.js';
import { checkAnswers } from './contract.js';
import { setUpStatusFlow } from './remote.js';
import { Sink } from './sink.js';
import { openTestDatabase } from './stores.js';

export interface PipelineFixture extends ApiFixture {
  runtime: Runtime;
  workers: Workers;
}

/** Hookflow's configuration for a test: the defaults, loopback targets allowed, and what the test sets. */
export const testConfig = (overrides: Partial<Config> = {}): Config => ({ ...loadConfig({}), allowTargets: LOOPBACK, logLevel: 'silent', ...overrides });

/**
 * The whole pipeline in-process, as `hookflow serve` runs it: API, change processor and delivery
 * worker on a fresh store, with the retry schedule shrunk 2000-fold (30 s becomes 15 ms) so
 * retries happen within a test, unless the test drives a clock of its own. Every answer is checked
 * against the OpenAPI document.
 */
export function usePipeline(dialect: Dialect, retryScale = 0.0005, breaker?: BreakerOptions, clock?: Clock, overrides: Partial<Config> = {}): PipelineFixture {
  const f = {} as PipelineFixture;
  beforeAll(async () => {
    f.database = await openTestDatabase(dialect);
    const config = testConfig({ deliveryConcurrency: 16, retryScale, bodyLimit: 1024 * 1024, ...(breaker ? { breaker } : {}), ...overrides });
    f.runtime = await openRuntime(config, { api: true, database: f.database, secretBox: SecretBox.ephemeral(), beforeRoutes: checkAnswers, ...(clock ? { clock } : {}) });
    f.app = f.runtime.app as FastifyInstance;
    f.workers = f.runtime.workers as Workers;
    const at = f.runtime.clock.now().toISOString();
    const acme = await createAccount(f.database.db, 'Acme Events', at);
    const rival = await createAccount(f.database.db, 'Rival Events', at);
    Object.assign(f, { acme: client(f.app, acme.apiKey), acmeId: acme.account.id, rival: client(f.app, rival.apiKey), rivalId: rival.account.id });
  });
  useContract(() => f.app);
  afterAll(async () => {
    await f.runtime?.stop();
    await f.database?.close();
  });
  return f;
}

/**
 * Moves a pipeline's clock on to the earliest retry the account's deliveries wait for, and wakes
 * the worker for it: retries happen when they are due by the schedule, without waiting for it.
 */
export async function retryNextDue(f: PipelineFixture, clock: TestClock) {
  const { deliveries } = (await f.acme.get('/v1/deliveries?status=retrying&limit=1000')).body as { deliveries: { nextAttemptAt: string }[] };
  if (deliveries.length === 0) return;
  const due = Math.min(...deliveries.map((d) => Date.parse(d.nextAttemptAt)));
  clock.advance(Math.max(0, due - clock.now().getTime()));
  f.workers.deliveries();
}

/** A change processor of its own, as an API-only process's peers run it (no worker: deliveries wait to be claimed). */
export function changeProcessor(database: Database, clock?: Clock): ChangeProcessor {
  const { timings } = testConfig();
  const evaluator = new Evaluator({ configs: new ConfigCache(), clock: clock ?? SYSTEM_CLOCK });
  return new ChangeProcessor(database.db, database.dialect, { evaluator, batchSize: timings.changeBatch, pollInterval: timings.changePoll });
}

/**
 * The delivery suites' usual start: the pipeline on `clock`, the guide's tags and event, and a
 * status flow to a target on loopback (`setUpStatusFlow`). The retry schedule is the real one:
 * on a test clock, a retry is due only when the test moves the clock there.
 */
export function useStatusFlowOnClock(dialect: Dialect, clock: TestClock): { p: PipelineFixture; sink: Sink } {
  const p = usePipeline(dialect, 1, undefined, clock);
  const sink = new Sink();
  beforeAll(async () => {
    await sink.start();
    await seedSummit(p.acme);
    await setUpStatusFlow(p.acme, sink.url);
  });
  afterAll(() => sink.stop());
  return { p, sink };
}
