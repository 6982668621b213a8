import type { Logger } from 'pino';
import type { Wake } from './api/app.js';
import type { Config } from './config.js';
import { AddressGuard } from './delivery/address-guard.js';
import { attemptDelivery } from './delivery/attempt-delivery.js';
import { type BreakerOptions, CircuitBreakers } from './delivery/circuit-breaker.js';
import { guardedAgent } from './delivery/guarded-agent.js';
import { TokenCache } from './delivery/token-cache.js';
import { DeliveryWorker } from './delivery/worker.js';
import { ChangeEvaluator } from './pipeline/change-evaluator.js';
import { ChangeProcessor } from './pipeline/change-processor.js';
import { ConfigCache } from './pipeline/config-cache.js';
import { enqueueTriggered } from './pipeline/enqueue.js';
import { ReplayRunner } from './pipeline/replay-runner.js';
import { scheduleRetention } from './store/retention.js';
import { WriteTimeEvaluation } from './pipeline/write-time-evaluation.js';
import type { SecretBox } from './secrets/secret-box.js';
import type { Database } from './store/database.js';
import { RendererCache } from './store/mappings.js';
import { randomUUID } from 'node:crypto';

export interface Workers extends Wake {
  processor: ChangeProcessor;
  worker: DeliveryWorker;
  /** For this process's API: its writes evaluate their changes at once, handing deliveries to this worker. */
  evaluation: WriteTimeEvaluation;
  stop(): Promise<void>;
}

type WorkerConfig = Pick<Config, 'allowTargets' | 'deliveryConcurrency' | 'retryScale'> &
  Partial<Pick<Config, 'deliveryLeaseSeconds' | 'payloadRetentionDays' | 'historyRetentionDays'>> & { breaker?: BreakerOptions };

/** The change processor and the delivery worker, wired together: what `serve` and `worker` run. */
export function startWorkers(
  config: WorkerConfig,
  database: Database,
  box: SecretBox,
  log?: Pick<Logger, 'error' | 'warn'>,
): Workers {
  const outbound = guardedAgent(new AddressGuard(config.allowTargets));
  const configs = new ConfigCache();
  const worker = new DeliveryWorker({
    db: database.db,
    dialect: database.dialect,
    concurrency: config.deliveryConcurrency,
    retryScale: config.retryScale,
    lease: (config.deliveryLeaseSeconds ?? 75) * 1000,
    breakers: new CircuitBreakers(config.breaker),
    log,
    attempt: attemptDelivery({
      db: database.db,
      box,
      outbound,
      renderers: new RendererCache(),
      configs,
      tokens: new TokenCache(outbound),
      env: { now: () => new Date(), uuid: randomUUID },
    }),
  });
  // Fresh deliveries go straight to this process's worker when it has room; the rest it claims.
  const evaluator = new ChangeEvaluator(configs, async (trx, evaluations) => {
    const handover = worker.handover();
    try {
      const { queued, handed } = await enqueueTriggered(trx, evaluations, handover);
      const changes = new Map(evaluations.map(({ change }) => [change.id, change]));
      return (committed) => {
        handover.settle(committed ? handed.map((d) => ({ ...d, configVersion: changes.get(d.changeId)?.configVersion })) : [], changes);
        if (committed && queued > handed.length) worker.wake();
      };
    } catch (error) {
      handover.settle([]);
      throw error;
    }
  });
  const processor = new ChangeProcessor(database.db, database.dialect, { log, evaluator });
  const replays = new ReplayRunner(database.db, database.dialect, { log, onBatch: () => worker.wake() });
  processor.start();
  worker.start();
  replays.start();
  const stopRetention = scheduleRetention(database.db, { payloadRetentionDays: config.payloadRetentionDays ?? 7, historyRetentionDays: config.historyRetentionDays ?? 30 }, { log });
  return {
    changes: () => processor.notify(),
    deliveries: () => worker.wake(),
    replays: () => replays.tick(),
    processor,
    worker,
    evaluation: new WriteTimeEvaluation(database.dialect, evaluator, log),
    stop: async () => {
      stopRetention();
      await processor.stop();
      await replays.stop();
      await worker.stop();
      await outbound.close();
    },
  };
}
