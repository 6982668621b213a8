import type { Clock } from '../../domain/clock.js';
import type { Metric } from '../../domain/insight-counts.js';
import { listAccounts } from '../../store/accounts.js';
import { type AccountTotal, totalsOf } from '../../store/insight-counts.js';
import { type QueueDepth, earliestWaitingDue, oldestPendingChangeAt, queueDepth } from '../../store/queue-state.js';
import type { Db } from '../../store/schema.js';

/** The rollups /metrics reads: attempts by what they left behind, and the two histograms. */
const COUNTED: readonly Metric[] = ['delivered', 'failed', 'abandoned', 'retried', 'attempt_seconds', 'attempt_ms_sum', 'latency_seconds', 'latency_ms_sum'];

/**
 * What every process sharing the database reports alike, read from it at scrape time: the
 * rollups kept as work is recorded (in the transactions that record it, by whichever process),
 * and the queues as they stand.
 */
export interface ClusterFigures {
  /** Each account's code by id: the `account` label. */
  accounts: ReadonlyMap<number, string>;
  totals: readonly AccountTotal[];
  queue: QueueDepth;
  /** How long the longest-waiting due delivery has been due, in seconds (0 when none is). */
  oldestDueSeconds: number;
  /** How long the oldest change waiting for the change processor has waited since it was accepted, in seconds. */
  changeLagSeconds: number;
}

/** One query after another: a scrape takes one pooled connection at a time from the workers. */
export async function readClusterFigures(db: Db, clock: Clock): Promise<ClusterFigures> {
  const now = clock.now().getTime();
  const ageOf = (at: string | null) => (at === null ? 0 : Math.max(0, now - Date.parse(at)) / 1000);
  const accounts = await listAccounts(db);
  const totals = await totalsOf(
    db,
    accounts.map((a) => a.id),
    COUNTED,
  );
  return {
    accounts: new Map(accounts.map((a) => [a.id, a.code])),
    totals,
    queue: await queueDepth(db),
    oldestDueSeconds: ageOf(await earliestWaitingDue(db)),
    changeLagSeconds: ageOf(await oldestPendingChangeAt(db)),
  };
}
