#!/usr/bin/env node
import { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { type Config, ConfigError, loadConfig } from './config.js';
import { SYSTEM_CLOCK } from './domain/clock.js';
import { type Runtime, openRuntime } from './runtime.js';
import { createAccount } from './store/accounts.js';
import { type Database, openDatabase } from './store/database.js';

type Flags = Partial<Record<keyof Config, string>>;

const program = new Command('hookflow')
  .description('Real-time, tag-driven event integration')
  .option('--database-url <url>', 'sqlite:<file> or postgres://... (env HOOKFLOW_DATABASE_URL)')
  .option('--log-level <level>', 'env HOOKFLOW_LOG_LEVEL');

const config = (extra: Flags = {}): Config => {
  const { databaseUrl, logLevel } = program.opts<Flags>();
  return loadConfig(process.env, { databaseUrl, logLevel, ...extra });
};

program
  .command('serve')
  .description('Run the API and the workers in one process')
  .option('--host <host>', 'env HOOKFLOW_HOST (default 127.0.0.1)')
  .option('--port <port>', 'env HOOKFLOW_PORT (default 8080)')
  .action(async (opts: Flags) => {
    const cfg = config(opts);
    const runtime = await openRuntime(cfg, { api: true, beforeStart: createFirstAccount });
    const url = await (runtime.app as FastifyInstance).listen({ host: cfg.host, port: cfg.port });
    console.log(`hookflow listening at ${url} (dashboard at ${url}/, API docs at ${url}/docs)`);
    announceMetrics(runtime);
    stopOnSignal(runtime);
  });

/** A fresh install gets an account to try things with; its key is shown this once. */
async function createFirstAccount({ db }: Database) {
  const accounts = await db.selectFrom('accounts').select('id').limit(1).execute();
  if (accounts.length > 0) return;
  const { account, apiKey } = await createAccount(db, 'Default', SYSTEM_CLOCK.now().toISOString());
  console.log(`first start: created account '${account.code}'; its API key (shown once; log in to the dashboard with it): ${apiKey}`);
}

program
  .command('demo')
  .description('A living demo on a fresh SQLite file: a seeded account, a built-in request inspector as its target, a simulator')
  .option('--port <port>', 'env HOOKFLOW_PORT (default 8080)')
  .option('--database <file>', 'a SQLite file of its own (default: a fresh one in a temporary folder); one already holding accounts is refused')
  .action(async (opts: { port?: string; database?: string }) => {
    // Loaded only here: `serve` never carries the demo's code, let alone its data.
    const { startDemo } = await import('./demo/run.js');
    const { logLevel } = program.opts<Flags>();
    const demo = await startDemo({ ...opts, ...(logLevel ? { logLevel } : {}) });
    console.log(
      [
        `hookflow demo running at ${demo.url} (store: ${demo.databaseFile})`,
        '',
        `  Open the dashboard:  ${demo.url}/`,
        `  Log in with the API key:  ${demo.apiKey}`,
        '',
        '  A registration arrives every second and goes to two targets, both the built-in request inspector',
        '  (the Inspector page shows what they received): the CRM always answers; Slack fails for the first',
        '  20 s of every two minutes, so within seconds you see Delivered, Retrying and an alert, then the recovery.',
        '  Ctrl-C stops it.',
      ].join('\n'),
    );
    stopOnSignal(demo);
  });

program
  .command('worker')
  .description('Run only the workers (change processing and delivery), beside API processes sharing a PostgreSQL database')
  .action(async () => {
    const runtime = await openRuntime({ ...config(), workers: true });
    announceMetrics(runtime);
    console.log(`hookflow worker ${runtime.workers?.worker.id} running`);
    stopOnSignal(runtime);
  });

/** Where Prometheus scrapes this process, when it has a listener of its own (HOOKFLOW_METRICS_LISTEN). */
function announceMetrics({ metricsListener }: Runtime) {
  if (metricsListener) console.log(`hookflow metrics at ${metricsListener.url}/metrics`);
}

function stopOnSignal(runtime: Pick<Runtime, 'stop'>) {
  const stop = async () => {
    await runtime.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
}

program
  .command('migrate')
  .description('Bring the database schema up to date')
  .action(async () => {
    const database = await openDatabase({ url: config().databaseUrl });
    await database.close();
    console.log('database is up to date');
  });

program
  .command('accounts')
  .description('Manage accounts')
  .command('create')
  .requiredOption('--name <name>', "the account's name")
  .action(async (opts: { name: string }) => {
    const database = await openDatabase({ url: config().databaseUrl });
    const { account, apiKey } = await createAccount(database.db, opts.name, SYSTEM_CLOCK.now().toISOString());
    await database.close();
    console.log(`account '${account.name}' created with code ${account.code}`);
    console.log(`API key (shown once, keep it safe): ${apiKey}`);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `hookflow: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
