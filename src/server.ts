import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app.js';
import type { Config } from './config.js';
import { loadSecretKey } from './secrets/key-file.js';
import { SecretBox } from './secrets/secret-box.js';
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
  // The key first: a missing or unsafe key file stops the start before anything else is touched.
  const secretBox = new SecretBox(await loadSecretKey(config));
  const database = await openDatabase({ url: config.databaseUrl });
  await beforeListen?.(database);
  const app = await buildApp({ config, database, secretBox, logger: { level: config.logLevel }, onWrite: () => processor.notify() });
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
