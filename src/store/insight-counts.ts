import { sql } from 'kysely';
import { type Increment, TOTAL_ONLY } from '../domain/insight-counts.js';
import { GRAINS, type Grain, bucketOf } from '../domain/period.js';
import type { CountRow, Db } from './schema.js';
const KEY = ['account_id', 'is_test', 'grain', 'bucket', 'metric', 'flow_id', 'connection', 'event_code', 'dimension'] as const;

/**
 * Adds increments to the rollups, in every grain, in one statement: summed in memory first (one
 * row per key), and written in key order, so that concurrent writers on PostgreSQL lock rows in
 * the same order and never deadlock.
 */
export async function addCounts(db: Db, increments: readonly Increment[]) {
  const rows = summed(increments);
  if (rows.length === 0) return;
  await upsertCounts(db, rows).execute();
}

/** The upsert of `increments`, not yet run (PostgreSQL folds it into a larger statement). */
export function upsertCounts(db: Db, rows: readonly CountRow[]) {
  return db
    .insertInto('insight_counts')
    .values(rows)
    .onConflict((oc) => oc.columns([...KEY]).doUpdateSet({ count: sql<number>`insight_counts.count + excluded.count` }));
}

export function summed(increments: readonly Increment[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const i of increments) {
    for (const grain of grainsOf(i)) {
      const row: CountRow = {
        account_id: i.accountId,
        is_test: i.isTest ? 1 : 0,
        grain,
        bucket: bucketOf(grain, i.at),
        metric: i.metric,
        flow_id: i.flowId ?? 0,
        connection: i.connection ?? '',
        event_code: i.eventCode ?? '',
        dimension: i.dimension ?? '',
        count: i.by ?? 1,
      };
      const key = KEY.map((k) => row[k]).join('\u0000');
      const seen = rows.get(key);
      if (seen) seen.count += row.count;
      else rows.set(key, row);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

const grainsOf = (i: Increment): readonly Grain[] => (TOTAL_ONLY.has(i.metric) ? ['total'] : GRAINS);

/**
 * When each registration was last processed: Unique Registrations for a period that runs up to
 * now is then the registrations processed since its start, exactly, from an index.
 */
export async function touchRegistrations(db: Db, touched: readonly { accountId: number; isTest: boolean; code: string }[], at: string) {
  const unique = new Map(touched.map((t) => [`${t.accountId}/${t.isTest}/${t.code}`, t]));
  if (unique.size === 0) return;
  const rows = [...unique.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, t]) => ({ account_id: t.accountId, is_test: t.isTest ? 1 : 0, registration_code: t.code, last_at: at }));
  await db
    .insertInto('insight_registrations')
    .values(rows)
    .onConflict((oc) => oc.columns(['account_id', 'is_test', 'registration_code']).doUpdateSet({ last_at: sql<string>`case when excluded.last_at > insight_registrations.last_at then excluded.last_at else insight_registrations.last_at end` }))
    .execute();
}
