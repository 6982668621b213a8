import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../../src/store/database.js';
import type { Sink } from './sink.js';
import { type TestDatabase, openTestDatabase } from './stores.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = ['--import', 'tsx', 'src/cli.ts'];
/** Test processes keep their secret key out of the working tree. */
const TEST_ENV = { HOOKFLOW_SECRET_KEY_FILE: `${process.env.TMPDIR ?? '/tmp'}/hookflow-test/secret.key` };

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `hookflow <args>` as a real process, from source. */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, env: { ...process.env, ...TEST_ENV, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

export interface Served {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts `hookflow serve` on a free port and waits until it listens. */
export const serve = (env: Record<string, string>) => start('serve', /hookflow listening at (http:\/\/127\.0\.0\.1:\d+)/, env);

/** Starts `hookflow demo <args>` and waits until it listens (and has printed its key: the same line's output). */
export const demo = (env: Record<string, string>, args: string[] = []) => start('demo', /hookflow demo running at (http:\/\/127\.0\.0\.1:\d+)/, env, args);

/** Starts `hookflow worker` and waits until it runs. */
export const worker = (env: Record<string, string>) => start('worker', /hookflow (worker \S+) running/, env);

async function start(command: string, ready: RegExp, env: Record<string, string>, args: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [...CLI, command, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_ENV, HOOKFLOW_PORT: '0', HOOKFLOW_LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d;
      const match = ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
  });
  return { url, child, output: () => output };
}

export async function stop(served: Served, signal: NodeJS.Signals = 'SIGTERM') {
  if (served.child.exitCode !== null || served.child.signalCode !== null) return;
  const exited = once(served.child, 'exit');
  served.child.kill(signal);
  await exited;
}

/**
 * What a suite of Hookflow processes needs around them: a fresh store they share with the test
 * (`childDatabaseUrl` reaches it from a child) and a target on loopback, both closed at the end.
 */
export function useStoreAndSink(dialect: Dialect, sink: Sink): { database: TestDatabase } {
  const f = {} as { database: TestDatabase };
  beforeAll(async () => {
    f.database = await openTestDatabase(dialect);
    await sink.start();
  });
  afterAll(async () => {
    await sink.stop();
    await f.database.close();
  });
  return f;
}
