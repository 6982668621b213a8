import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../store/database.js';

export type Signal = 'changes' | 'deliveries';

/**
 * Wake-ups between processes sharing one PostgreSQL database: worker processes LISTEN and take
 * the work at once instead of at their next poll. Queued changes and deliveries NOTIFY by trigger;
 * `send` is for the writes no trigger sees (a resubmit). The channels' names come from the
 * database (`hookflow_channel`), the one place that defines them.
 * On SQLite there is one process, and nothing to send.
 */
export interface Signals {
  send(signal: Signal): void;
  close(): Promise<void>;
}

/** Milliseconds between two notifications of one signal from one process. */
const SPACING = 5;

const NONE: Signals = { send() {}, close: async () => {} };

export async function openSignals(database: Database, on?: (signal: Signal) => void): Promise<Signals> {
  if (database.dialect !== 'postgres') return NONE;
  let listener: pg.Client | null = null;
  if (on) {
    const { rows } = await sql<Record<Signal, string>>`select hookflow_channel('changes') as changes, hookflow_channel('deliveries') as deliveries`.execute(database.db);
    const channels = rows[0] as Record<Signal, string>;
    const { url, schema } = database.options;
    listener = new pg.Client({ connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    await listener.connect();
    listener.on('notification', (n) => on(n.channel === channels.changes ? 'changes' : 'deliveries'));
    listener.on('error', () => {}); // the workers' polls carry on if the listener goes away
    for (const channel of Object.values(channels)) await listener.query(`listen "${channel}"`);
  }
  // A notification is a small transaction of its own, serialized on the server's notify queue:
  // bursts of writes send one per signal every SPACING ms at most, the last write's included.
  const pending = new Set<Signal>();
  let timer: NodeJS.Timeout | null = null;
  let last = 0;
  const flush = () => {
    timer = null;
    last = Date.now();
    for (const signal of pending) void sql`select pg_notify(hookflow_channel(${signal}), '')`.execute(database.db).catch(() => {});
    pending.clear();
  };
  return {
    send(signal) {
      pending.add(signal);
      timer ??= setTimeout(flush, Math.max(0, last + SPACING - Date.now()));
    },
    close: async () => {
      if (timer) clearTimeout(timer);
      await listener?.end();
    },
  };
}
