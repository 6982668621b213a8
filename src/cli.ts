#!/usr/bin/env node
import { Command } from 'commander';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createAccount } from './store/accounts.js';
import { pino } from 'pino';
import { loadSecretKey } from './secrets/key-file.js';
import { SecretBox } from './secrets/secret-box.js';
import { type Database, openDatabase } from './store/database.js';
import { openSignals } from './store/signals.js';
import { type Workers, startWorkers } from './workers.js';

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
    // Loaded here, not at the top: `hookflow worker` processes never carry the API's modules.
    const { startServer } = await import('./server.js');
    const server = await startServer(config(opts), createFirstAccount);
    console.log(`hookflow listening at ${server.url} (API docs at ${server.url}/docs)`);
    const stop = async () => {
      await server.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });

/** A fresh install gets an account to try things with; its key is shown this once. */
async function createFirstAccount({ db }: Database) {
  const accounts = await db.selectFrom('accounts').select('id').limit(1).execute();
  if (accounts.length > 0) return;
  const { account, apiKey } = await createAccount(db, 'Default');
  console.log(`first start: created account '${account.code}'; its API key (shown once): ${apiKey}`);
}

program
  .command('worker')
  .description('Run only the workers (change processing and delivery), beside API processes sharing a PostgreSQL database')
  .action(async () => {
    const cfg = config();
    const box = new SecretBox(await loadSecretKey(cfg));
    const database = await openDatabase({ url: cfg.databaseUrl });
    const log = pino({ level: cfg.logLevel });
    let workers: Workers | undefined;
    const signals = await openSignals(database, (signal) => (signal === 'changes' ? workers?.changes() : workers?.deliveries()));
    workers = startWorkers(cfg, database, box, log);
    console.log(`hookflow worker ${workers.worker.id} running`);
    const stop = async () => {
      await workers?.stop();
      await signals.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });

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
    const { account, apiKey } = await createAccount(database.db, opts.name);
    await database.close();
    console.log(`account '${account.name}' created with code ${account.code}`);
    console.log(`API key (shown once, keep it safe): ${apiKey}`);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `hookflow: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
