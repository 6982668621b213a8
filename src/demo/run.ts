import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Config, DEFAULT_ALERTS, loadConfig } from '../config.js';
import { SYSTEM_CLOCK } from '../domain/clock.js';
import { RequestInspector } from '../inspector/request-inspector.js';
import { type Runtime, openRuntime } from '../runtime.js';
import { SecretBox } from '../secrets/secret-box.js';
import type { Database } from '../store/database.js';
import { seedDemo } from './seed.js';
import { Simulator } from './simulator.js';

const SECOND = 1000;

/**
 * The demo's timings, so that a newcomer sees it all in seconds: alerts judged every 2 s over the
 * last minute, two failing deliveries enough to open one; and the retry schedule a tenth of the
 * real one (a connection failure retried after 3 s, then 30 s), so Retrying turns Delivered soon
 * after the target recovers.
 */
const demoTimings = (config: Config): Config => ({
  ...config,
  retryScale: 0.1,
  alerts: { ...DEFAULT_ALERTS, every: 2 * SECOND, window: 60 * SECOND, minFailing: 2 },
  metrics: { token: null, listen: null },
});

export interface DemoOptions {
  port?: string;
  /** A SQLite file of its own; by default a fresh one in a new temporary folder. */
  database?: string;
  logLevel?: string;
}

export interface Demo {
  url: string;
  apiKey: string;
  databaseFile: string;
  runtime: Runtime;
  stop(): Promise<void>;
}

/**
 * `hookflow demo`: a fresh SQLite store (never the configured one), the demo account seeded through
 * the API, the built-in inspector as its target, and the simulator keeping it alive.
 */
export async function startDemo(o: DemoOptions, env: NodeJS.ProcessEnv = process.env): Promise<Demo> {
  const databaseFile = resolve(o.database ?? join(mkdtempSync(join(tmpdir(), 'hookflow-demo-')), 'demo.db'));
  const config = demoTimings(
    loadConfig(env, { databaseUrl: `sqlite:${databaseFile}`, logLevel: o.logLevel ?? env.HOOKFLOW_LOG_LEVEL ?? 'warn', ...(o.port ? { port: o.port } : {}) }),
  );
  const inspector = new RequestInspector();
  const fresh = !existsSync(databaseFile);
  // A throwaway key: the demo's secrets need not outlive it, and the real key file stays untouched.
  const runtime = await openRuntime(config, { api: true, secretBox: SecretBox.ephemeral(), inspector, beforeStart: (database) => refuseAStoreInUse(database, databaseFile, fresh) });
  const app = runtime.app as FastifyInstance;
  try {
    const url = await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const { apiKey, call } = await seedDemo(app, inspector, `http://127.0.0.1:${port}`);
    const simulator = new Simulator({ call, inspector, clock: SYSTEM_CLOCK });
    simulator.start();
    return {
      url,
      apiKey,
      databaseFile,
      runtime,
      stop: async () => {
        await simulator.stop();
        await runtime.stop();
      },
    };
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}

/** The demo seeds only a store nobody uses: a file it just created, or one with no account yet. */
async function refuseAStoreInUse({ db }: Database, file: string, fresh: boolean) {
  if (fresh) return;
  const accounts = await db.selectFrom('accounts').select('id').limit(1).execute();
  if (accounts.length > 0) throw new Error(`${file} already holds accounts: the demo seeds only a fresh store (give --database a new file, or leave it out)`);
}
