import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { sqlitePath } from '../config.js';
import { migrate } from './migrations.js';
import type { Schema } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  close(): Promise<void>;
}

// PostgreSQL returns int8 (our ids, counts) as strings; ours stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export interface DatabaseOptions {
  url: string;
  /** PostgreSQL only: the schema to work in (tests use one each). */
  schema?: string;
  poolSize?: number;
}

/** Opens the store the URL names and migrates it. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.url.startsWith('sqlite:') ? openSqlite(options.url) : openPostgres(options);
  await migrate(database.db as Kysely<unknown>, database.dialect);
  return database;
}

function openSqlite(url: string): Database {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL: readers never block the writer. synchronous=NORMAL keeps every committed transaction
  // across a process crash (the WAL is in the OS cache); only a power loss could cost the last ones.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres({ url, schema, poolSize = 10 }: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
