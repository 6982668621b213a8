import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { LOOPBACK } from '../../src/delivery/address-guard.js';
import type { BreakerOptions } from '../../src/delivery/circuit-breaker.js';
import { SecretBox } from '../../src/secrets/secret-box.js';
import { createAccount } from '../../src/store/accounts.js';
import type { Dialect } from '../../src/store/database.js';
import { type Workers, startWorkers } from '../../src/workers.js';
import { type ApiFixture, client } from './api.js';
import { openTestDatabase } from './stores.js';

export interface PipelineFixture extends ApiFixture {
  workers: Workers;
}

/**
 * The whole pipeline in-process: API, change processor and delivery worker on a fresh store,
 * with the retry schedule shrunk 2000-fold (30 s becomes 15 ms) so retries happen within a test.
 */
export function usePipeline(dialect: Dialect, retryScale = 0.0005, breaker?: BreakerOptions): PipelineFixture {
  const f = {} as PipelineFixture;
  beforeAll(async () => {
    f.database = await openTestDatabase(dialect);
    const box = SecretBox.ephemeral();
    f.workers = startWorkers({ allowTargets: LOOPBACK, deliveryConcurrency: 16, retryScale, ...(breaker ? { breaker } : {}) }, f.database, box);
    f.app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: LOOPBACK }, database: f.database, secretBox: box, wake: f.workers, evaluation: f.workers.evaluation });
    const acme = await createAccount(f.database.db, 'Acme Events');
    const rival = await createAccount(f.database.db, 'Rival Events');
    Object.assign(f, { acme: client(f.app, acme.apiKey), acmeId: acme.account.id, rival: client(f.app, rival.apiKey), rivalId: rival.account.id });
  });
  afterAll(async () => {
    await f.app?.close();
    await f.workers?.stop();
    await f.database?.close();
  });
  return f;
}
