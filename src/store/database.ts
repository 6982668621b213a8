import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { sqlitePath } from '../config.js';
import { migrate } from './migrations.js';
import type { Dialect, Schema } from './schema.js';

export type { Dialect } from './schema.js';

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** How it was opened: another connection to the same store (a LISTEN client) is made from this. */
  options: DatabaseOptions;
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
  const database = { ...(options.url.startsWith('sqlite:') ? openSqlite(options.url) : openPostgres(options)), options };
  await migrate(database.db as Kysely<unknown>, database.dialect);
  return database;
}

function openSqlite(url: string): Omit<Database, 'options'> {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL: readers never block the writer. synchronous=NORMAL keeps every committed transaction
  // across a process crash (the WAL is in the OS cache); only a power loss could cost the last ones.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; preparing costs more than running a small one. The same SQL
 * text always gets the same prepared statement (they are reusable), within a bounded cache.
 */
const STATEMENT_CACHE_SIZE = 1000;
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (!statement) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        statement = sqlite.prepare(text);
        cache.set(text, statement);
      }
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}

function openPostgres({ url, schema, poolSize = 10 }: DatabaseOptions): Omit<Database, 'options'> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
