import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const POSTGRES_URL = process.env.HOOKFLOW_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Child {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a server script and waits for its "listening at" line: TypeScript through tsx, or the
 * compiled `dist/cli.js` (what production runs: measure that, not tsx's on-the-fly transforms).
 */
export async function startChild(args: string[], env: Record<string, string> = {}, ready = /listening at (http:\/\/[\d.:]+)/): Promise<Child> {
  const loader = args.some((a) => a.endsWith('.ts')) ? ['--import', 'tsx'] : [];
  // BENCH_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`: profile what is measured.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, ...loader, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      const m = ready.exec(output);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A fresh store for one measurement: a new SQLite file or a new PostgreSQL schema. */
export async function freshStore(dialect: 'sqlite' | 'postgres'): Promise<{ url: string; drop(): Promise<void> }> {
  const id = `bench_${randomBytes(4).toString('hex')}`;
  if (dialect === 'sqlite') return { url: `sqlite:${process.env.TMPDIR ?? '/tmp'}/hookflow-${id}.db`, drop: async () => {} };
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${id}`);
  await admin.end();
  return {
    url: `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${id}`)}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop schema ${id} cascade`);
      await c.end();
    },
  };
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
export const ratio = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;

/** `hookflow serve` (the compiled CLI) on a fresh store, with its first account's API key and a PUT helper for setting it up. */
export async function serveHookflow(dialect: 'sqlite' | 'postgres'): Promise<{ server: Child; key: string; put(path: string, body: unknown): Promise<unknown>; drop(): Promise<void> }> {
  const store = await freshStore(dialect);
  const server = await startChild(['dist/cli.js', 'serve'], { HOOKFLOW_DATABASE_URL: store.url, HOOKFLOW_PORT: '0', HOOKFLOW_LOG_LEVEL: 'warn', HOOKFLOW_SECRET_KEY_FILE: `${process.env.TMPDIR ?? '/tmp'}/hookflow-bench/secret.key` });
  const key = /API key \(shown once[^)]*\): (hf_\S+)/.exec(server.output())?.[1] ?? '';
  const put = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return { server, key, put, drop: store.drop };
}
