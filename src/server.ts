import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from './api/app.js';
import type { Config } from './config.js';
import { loadSecretKey } from './secrets/key-file.js';
import { SecretBox } from './secrets/secret-box.js';
import { type Database, openDatabase } from './store/database.js';
import { startWorkers } from './workers.js';

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
  const workers = config.workers ? startWorkers(config, database, secretBox, log) : undefined;
  const app = await buildApp({ config, database, secretBox, loggerInstance: log, ...(workers ? { wake: workers } : {}) });
  const url = await app.listen({ host: config.host, port: config.port });
  return {
    app,
    database,
    url,
    stop: async () => {
      await app.close();
      await workers?.stop();
      await database.close();
    },
  };
}
