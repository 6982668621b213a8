import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, serve, stop, type Served } from './support/process.js';

const tmpDb = () => `${process.env.TMPDIR ?? '/tmp'}/hookflow-cli-${randomBytes(4).toString('hex')}/hookflow.db`;

describe('the hookflow command', () => {
  let served: Served | undefined;
  afterEach(async () => served && stop(served));

  it('creates an account and prints its API key once; the key works against `serve`', async () => {
    const file = tmpDb();
    const env = { HOOKFLOW_DATABASE_URL: `sqlite:${file}` };
    const created = await runCli(['accounts', 'create', '--name', 'Acme Events'], env);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("account 'Acme Events' created with code acme-events");
    const key = /API key \(shown once, keep it safe\): (hf_\S+)/.exec(created.stdout)?.[1];
    expect(key).toBeDefined();

    served = await serve(env);
    const events = await fetch(`${served.url}/v1/events`, { headers: { authorization: `Bearer ${key}` } });
    expect(events.status).toBe(200);
    expect(await events.json()).toEqual({ events: [] });
    expect(served.output()).not.toContain('first start');
  });

  it('creates the SQLite file under its folder on first start, in WAL mode, with a first account', async () => {
    const file = tmpDb();
    served = await serve({ HOOKFLOW_DATABASE_URL: `sqlite:${file}` });
    expect(existsSync(file)).toBe(true);
    expect(served.output()).toMatch(/first start: created account 'default'; its API key \(shown once; log in to the dashboard with it\): hf_/);
    const db = new SQLite(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('migrates on demand', async () => {
    const result = await runCli(['migrate'], { HOOKFLOW_DATABASE_URL: `sqlite:${tmpDb()}` });
    expect(result.stdout).toContain('database is up to date');
  });

  it('refuses a bad configuration with a message naming each bad value', async () => {
    const result = await runCli(['serve'], { HOOKFLOW_PORT: 'eighty', HOOKFLOW_DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("HOOKFLOW_PORT: 'eighty' must be a whole number from 0 to 65535");
    expect(result.stderr).toContain("HOOKFLOW_DATABASE_URL: 'mysql://nope' must be sqlite:<file> or postgres://...");
  });
});
