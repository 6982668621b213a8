import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { AddressGuard } from './delivery/address-guard.js';
import { attemptDelivery } from './delivery/attempt-delivery.js';
import { AuthorizingSender } from './delivery/authorizing-sender.js';
import { CircuitBreakers } from './delivery/circuit-breaker.js';
import { ConnectionLimits } from './delivery/connection-limits.js';
import { guardedAgent } from './delivery/guarded-agent.js';
import { TokenCache } from './delivery/token-cache.js';
import { DeliveryWorker } from './delivery/worker.js';
import { FetchRunner } from './fetch/runner.js';
import { recordCheck } from './api/record-checks.js';
import type { Clock } from './domain/clock.js';
import { type BreakerChange, breakerChanged } from './domain/operational-event.js';
import { ChangeProcessor } from './evaluation/change-processor.js';
import type { ConfigCache } from './evaluation/config-cache.js';
import { Evaluator } from './evaluation/evaluator.js';
import { ReplayRunner } from './evaluation/replay-runner.js';
import { AlertMonitor } from './insights/alerts/monitor.js';
import { NotificationSender } from './insights/notification-sender.js';
import { BulkResubmitRunner } from './insights/bulk-resubmit-runner.js';
import { PostbackRunner } from './inbound/postback-runner.js';
import { deliveryQueue } from './queue/delivery-queue.js';
import type { Signals } from './queue/signals.js';
import type { Wake } from './queue/wake.js';
import type { SecretBox } from './secrets/secret-box.js';
import { saveTokens } from './store/connections.js';
import type { Database } from './store/database.js';
import { RendererCache } from './store/mappings.js';
import { recordOperationalEvents } from './store/operational-events.js';
import { scheduleRetention } from './store/retention.js';

export interface Workers extends Wake {
  processor: ChangeProcessor;
  worker: DeliveryWorker;
  replayRunner: ReplayRunner;
  /** Opens and resolves alerts. */
  alerts: AlertMonitor;
  /** Sends operational events to the connections accounts chose. */
  notifications: NotificationSender;
  bulkResubmitRunner: BulkResubmitRunner;
  /** Attaches accepted postbacks to their registrations. */
  postbackRunner: PostbackRunner;
  /** Runs fetch jobs whose time has come. */
  fetchRunner: FetchRunner;
  /** Evaluates changes and hands what they trigger to this process's worker. */
  evaluator: Evaluator;
  stop(): Promise<void>;
}

export interface WorkerParts {
  database: Database;
  box: SecretBox;
  configs: ConfigCache;
  clock: Clock;
  log?: Pick<Logger, 'error' | 'warn'>;
  /** Wakes other processes' workers for what only updates the queue (a bulk resubmit's batches), which no trigger announces. */
  signals?: Pick<Signals, 'send'>;
}

/** The change processor, the replay, bulk resubmit and fetch runners and the delivery worker, wired together: what `serve` and `worker` run. */
export function startWorkers(config: Config, { database, box, configs, clock, log, signals }: WorkerParts): Workers {
  const { db, dialect } = database;
  const { timings } = config;
  const outbound = guardedAgent(new AddressGuard(config.allowTargets));
  const sender = new AuthorizingSender({
    outbound,
    tokens: new TokenCache(outbound, clock),
    clock,
    onTokens: (accountId, connection, clientId, tokens) => saveTokens(db, box, accountId, connection, clientId, tokens),
  });
  const notifications = new NotificationSender({ db, dialect, box, sender, clock, options: config.notifications, log });
  const tell = () => void notifications.tick();
  // The breaker lives in this process's memory: what it does is told as it happens, not with a write of its own.
  const onBreaker = (change: BreakerChange) =>
    recordOperationalEvents(db, [breakerChanged(change)], change.at).then(
      (n) => n > 0 && tell(),
      (error: unknown) => log?.error({ err: error }, 'recording a breaker event failed'),
    );
  // The evaluator hands fresh deliveries to the worker, whose attempts decide again with the evaluator.
  let worker: DeliveryWorker | undefined;
  const evaluator = new Evaluator({ configs, clock, workers: { handover: () => (worker as DeliveryWorker).handover(), wake: () => worker?.wake() } });
  worker = new DeliveryWorker({
    queue: deliveryQueue(database),
    concurrency: config.deliveryConcurrency,
    limits: new ConnectionLimits(db),
    breakers: new CircuitBreakers(config.breaker),
    lease: config.deliveryLeaseSeconds * 1000,
    pollInterval: timings.deliveryPoll,
    retryScale: config.retryScale,
    clock,
    log,
    onBreaker,
    changesRecorded: () => processor.notify(),
    attempt: attemptDelivery({ db, box, evaluator, renderers: new RendererCache(), sender, clock, uuid: randomUUID }),
  });
  const processor = new ChangeProcessor(db, dialect, { evaluator, batchSize: timings.changeBatch, pollInterval: timings.changePoll, log });
  const replays = new ReplayRunner(db, dialect, { evaluator, clock, batchSize: timings.replayBatch, pollInterval: timings.replayPoll, log });
  const bulkResubmits = new BulkResubmitRunner(db, dialect, {
    clock,
    batchSize: timings.bulkResubmitBatch,
    pollInterval: timings.bulkResubmitPoll,
    resubmitted: () => (worker.wake(), signals?.send('deliveries')),
    log,
  });
  const postbacks = new PostbackRunner(db, dialect, { clock, batchSize: timings.postbackBatch, pollInterval: timings.postbackPoll, changesRecorded: () => processor.notify(), log });
  const fetches = new FetchRunner({
    db,
    box,
    sender,
    clock,
    check: recordCheck(),
    options: config.fetch,
    pollInterval: timings.fetchPoll,
    changesQueued: () => processor.notify(),
    told: tell,
    log,
  });
  const alerts = new AlertMonitor({ db, clock, options: config.alerts, log, recorded: tell });
  processor.start();
  worker.start();
  replays.start();
  bulkResubmits.start();
  postbacks.start();
  fetches.start();
  alerts.start();
  notifications.start();
  const stopRetention = scheduleRetention(db, config, { now: () => clock.now(), dialect, ...(log ? { log } : {}) });
  return {
    // A registration written may be one a held postback waits for.
    changes: () => (processor.notify(), postbacks.registrationsWritten()),
    deliveries: () => worker.wake(),
    replays: () => replays.tick(),
    bulkResubmits: () => bulkResubmits.tick(),
    postbacks: () => void postbacks.tick(),
    registrationsWritten: () => postbacks.registrationsWritten(),
    fetches: () => fetches.tick(),
    processor,
    worker,
    replayRunner: replays,
    alerts,
    notifications,
    bulkResubmitRunner: bulkResubmits,
    postbackRunner: postbacks,
    fetchRunner: fetches,
    evaluator,
    stop: async () => {
      stopRetention();
      await processor.stop();
      await replays.stop();
      await alerts.stop();
      await bulkResubmits.stop();
      await postbacks.stop();
      await fetches.stop();
      await worker.stop();
      await notifications.stop();
      await outbound.close();
    },
  };
}
