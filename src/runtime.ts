import type { FastifyInstance } from 'fastify';
import type { AppOptions } from './api/app.js';
import { type Logger, pino } from 'pino';
import type { Config } from './config.js';
import { type Clock, SYSTEM_CLOCK } from './domain/clock.js';
import { ConfigCache } from './evaluation/config-cache.js';
import { Evaluator } from './evaluation/evaluator.js';
import { WriteTimeEvaluation } from './evaluation/write-time-evaluation.js';
import { openSignals } from './queue/signals.js';
import type { Wake } from './queue/wake.js';
import { loadSecretKey } from './secrets/key-file.js';
import { SecretBox } from './secrets/secret-box.js';
import { type Database, openDatabase } from './store/database.js';
import type { MetricsRouteOptions } from './api/routes/metrics.js';
import type { MetricsListener } from './insights/metrics/listener.js';
import type { MetricsSources } from './insights/metrics/registry.js';
import type { Workers } from './workers.js';

export interface Runtime {
  config: Config;
  database: Database;
  secretBox: SecretBox;
  clock: Clock;
  log: Logger;
  /** This process's workers, unless they run elsewhere (`HOOKFLOW_WORKERS=false`). */
  workers?: Workers;
  wake: Wake;
  /** Registration writes evaluate their changes as they are written, in an API-only process too. */
  evaluation: WriteTimeEvaluation;
  /** The HTTP API, when asked for (`hookflow worker` never loads its modules). */
  app?: FastifyInstance;
  /** /metrics on an address of its own (HOOKFLOW_METRICS_LISTEN), in an API process or a worker alike. */
  metricsListener?: MetricsListener;
  /** Drains requests, stops the workers, then closes the store (if the runtime opened it). */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  api?: boolean;
  /** An open store (tests); otherwise the one `config.databaseUrl` names is opened and migrated. */
  database?: Database;
  secretBox?: SecretBox;
  clock?: Clock;
  log?: Logger;
  /** Runs once the store is open, before anything works on it (the first account of a fresh install). */
  beforeStart?: (database: Database) => Promise<void>;
  /** The API's, before any route (`AppOptions`). */
  beforeRoutes?: AppOptions['beforeRoutes'];
  /** The demo's built-in webhook target (`AppOptions`); `serve` has none. */
  inspector?: AppOptions['inspector'];
}

/** Everything a Hookflow process runs, wired once: what `serve`, `worker` and the tests start. */
export async function openRuntime(config: Config, o: RuntimeOptions = {}): Promise<Runtime> {
  // The key first: a missing or unsafe key file stops the start before anything else is touched.
  const secretBox = o.secretBox ?? new SecretBox(await loadSecretKey(config));
  const database = o.database ?? (await openDatabase({ url: config.databaseUrl }));
  await o.beforeStart?.(database);
  const clock = o.clock ?? SYSTEM_CLOCK;
  const log = o.log ?? pino({ level: config.logLevel });
  const configs = new ConfigCache();
  let workers: Workers | undefined;
  // Before any work starts, so that a taken address stops the start.
  const metrics = await openMetrics(config, o.api ?? false, { db: database.db, clock, breakers: () => workers?.worker.breakerStates() ?? [] }, log);
  const signals = await openSignals(database, config.workers ? (signal) => (signal === 'changes' ? workers?.changes() : workers?.deliveries()) : undefined);
  // Loaded only where they run: an API-only process carries none of the workers' modules.
  if (config.workers) workers = (await import('./workers.js')).startWorkers(config, { database, box: secretBox, configs, clock, log, signals });
  // Other processes sharing the database hear of new changes and deliveries by trigger; a resubmit only updates.
  const wake: Wake = {
    changes: () => workers?.changes(),
    deliveries: () => (workers?.deliveries(), signals.send('deliveries')),
    replays: () => workers?.replays(),
    bulkResubmits: () => workers?.bulkResubmits(),
    postbacks: () => workers?.postbacks(),
    registrationsWritten: () => workers?.registrationsWritten(),
    fetches: () => workers?.fetches(),
  };
  const evaluator = workers?.evaluator ?? new Evaluator({ configs, clock });
  const evaluation = new WriteTimeEvaluation({ dialect: database.dialect, evaluator, clock, log });
  const app = o.api ? await (await import('./api/app.js')).buildApp({ config, database, secretBox, loggerInstance: log, wake, evaluation, clock, ...(metrics.route ? { metrics: metrics.route } : {}), beforeRoutes: o.beforeRoutes, ...(o.inspector ? { inspector: o.inspector } : {}) }) : undefined;
  return {
    config,
    database,
    secretBox,
    clock,
    log,
    ...(workers ? { workers } : {}),
    wake,
    evaluation,
    ...(app ? { app } : {}),
    ...(metrics.listener ? { metricsListener: metrics.listener } : {}),
    stop: async () => {
      await metrics.listener?.close();
      await app?.close();
      await workers?.stop();
      await signals.close();
      if (!o.database) await database.close();
    },
  };
}

/**
 * /metrics, when configured: one registry for this process, behind the API's route (with a
 * token) and on a listener of its own (with an address). Loaded only then, like the workers.
 */
async function openMetrics(config: Config, api: boolean, sources: MetricsSources, log: Logger): Promise<{ route?: MetricsRouteOptions; listener?: MetricsListener }> {
  const { listen } = config.metrics;
  const token = api ? config.metrics.token : null;
  if (config.metrics.token && !api && !listen) log.warn('HOOKFLOW_METRICS_TOKEN opens /metrics on the API; a process without it needs HOOKFLOW_METRICS_LISTEN');
  if (!token && !listen) return {};
  const registry = (await import('./insights/metrics/registry.js')).metricsRegistry(sources);
  const listener = listen ? await (await import('./insights/metrics/listener.js')).listenForMetrics(registry, listen, log) : undefined;
  return { ...(token ? { route: { registry, token } } : {}), ...(listener ? { listener } : {}) };
}
