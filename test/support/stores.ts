import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { type Database, type Dialect, openDatabase } from '../../src/store/database.js';

/**
 * Every store-backed suite runs on both stores: `describeEachStore('...', (store) => ...)`.
 * HOOKFLOW_TEST_STORES=sqlite narrows the run. PostgreSQL is mandatory in CI; elsewhere it is
 * skipped, with the reason printed, when no server answers.
 */
export const POSTGRES_URL = process.env.HOOKFLOW_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const wanted = (process.env.HOOKFLOW_TEST_STORES ?? 'sqlite,postgres').split(',') as Dialect[];

async function postgresAnswers(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresProblem = wanted.includes('postgres') ? await postgresAnswers() : null;
if (postgresProblem) {
  if (process.env.CI) throw new Error(`PostgreSQL at ${POSTGRES_URL} is required in CI: ${postgresProblem}`);
  console.warn(`skipping the PostgreSQL runs: no server answers at ${POSTGRES_URL} (${postgresProblem})`);
}

export const STORES: Dialect[] = wanted.filter((s) => s === 'sqlite' || (s === 'postgres' && !postgresProblem));

export interface TestDatabase extends Database {
  /** For PostgreSQL, the schema this database lives in (dropped by close). */
  schema?: string;
  url: string;
}

/** A fresh, migrated, empty store: a temporary SQLite file, or a new PostgreSQL schema. */
export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const id = `t_${randomBytes(6).toString('hex')}`;
  if (dialect === 'sqlite') {
    const url = `sqlite:${process.env.TMPDIR ?? '/tmp'}/hookflow-test-${id}.db`;
    return { ...(await openDatabase({ url })), url };
  }
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${id}`);
  await admin.end();
  const database = await openDatabase({ url: POSTGRES_URL, schema: id, poolSize: 4 });
  return {
    ...database,
    schema: id,
    url: POSTGRES_URL,
    close: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema ${id} cascade`);
      await client.end();
    },
  };
}

export function describeEachStore(name: string, suite: (dialect: Dialect) => void) {
  for (const dialect of STORES) describe(`${name} (${dialect})`, () => suite(dialect));
}

/** The URL a separate process uses to reach the same test database (PostgreSQL: the same schema). */
export const childDatabaseUrl = (db: TestDatabase) => (db.schema ? `${db.url}?options=${encodeURIComponent(`-c search_path=${db.schema}`)}` : db.url);
