import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { type Wake, buildApp } from './api/app.js';
import type { Config } from './config.js';
import { loadSecretKey } from './secrets/key-file.js';
import { SecretBox } from './secrets/secret-box.js';
import { type Database, openDatabase } from './store/database.js';
import { openSignals } from './store/signals.js';
import { ChangeEvaluator } from './pipeline/change-evaluator.js';
import { ConfigCache } from './pipeline/config-cache.js';
import { queueTriggered } from './pipeline/enqueue.js';
import { WriteTimeEvaluation } from './pipeline/write-time-evaluation.js';
import type { Workers } from './workers.js';

export interface Server {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens (and migrates) the store, then serves the API. `stop` drains requests, then closes the store. */
export async function startServer(config: Config, beforeListen?: (database: Database) => Promise<void>): Promise<Server> {
  // The key first: a missing or unsafe key file stops the start before anything else is touched.
  const secretBox = new SecretBox(await loadSecretKey(config));
  const database = await openDatabase({ url: config.databaseUrl });
  await beforeListen?.(database);
  const log = pino({ level: config.logLevel });
  let workers: Workers | undefined;
  const signals = await openSignals(database, config.workers ? (signal) => (signal === 'changes' ? workers?.changes() : workers?.deliveries()) : undefined);
  // An API-only process (workers run elsewhere) does not load them.
  workers = config.workers ? (await import('./workers.js')).startWorkers(config, database, secretBox, log) : undefined;
  // Wake this process's workers, and those of other processes sharing the database (new changes
  // and deliveries wake them by trigger; a resubmit only updates).
  const wake: Wake = {
    changes: () => workers?.changes(),
    deliveries: () => (workers?.deliveries(), signals.send('deliveries')),
    replays: () => workers?.replays(),
  };
  // Registration writes evaluate the flows as they are written, in an API-only process too: its
  // deliveries then wake the workers directly, with no change-processing hop.
  const evaluation = workers?.evaluation ?? new WriteTimeEvaluation(database.dialect, new ChangeEvaluator(new ConfigCache(), queueTriggered), log);
  const app = await buildApp({ config, database, secretBox, loggerInstance: log, wake, evaluation });
  const url = await app.listen({ host: config.host, port: config.port });
  return {
    app,
    database,
    url,
    stop: async () => {
      await app.close();
      await workers?.stop();
      await signals.close();
      await database.close();
    },
  };
}
