import { loadConfig } from '../config.js';
import { openDatabase } from '../store/database.js';
import { buildApp } from './app.js';

/** The OpenAPI document, as the routes declare it: built on a store that lives only for this. */
export async function apiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ url: 'sqlite::memory:' });
  const app = await buildApp({ config: loadConfig({}), database });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
  }
}
