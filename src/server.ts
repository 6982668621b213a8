import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app.js';
import type { Config } from './config.js';
import { ChangeProcessor } from './pipeline/change-processor.js';
import { type Database, openDatabase } from './store/database.js';

export interface Server {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens (and migrates) the store, then serves the API. `stop` drains requests, then closes the store. */
export async function startServer(config: Config, beforeListen?: (database: Database) => Promise<void>): Promise<Server> {
  const database = await openDatabase({ url: config.databaseUrl });
  await beforeListen?.(database);
  const app = await buildApp({ config, database, logger: { level: config.logLevel }, onWrite: () => processor.notify() });
  const processor = new ChangeProcessor(database.db, database.dialect, { log: app.log });
  processor.start();
  const url = await app.listen({ host: config.host, port: config.port });
  return {
    app,
    database,
    url,
    stop: async () => {
      await app.close();
      await processor.stop();
      await database.close();
    },
  };
}
