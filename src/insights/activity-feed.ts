import type { DeliveryStatus } from '../domain/delivery.js';
import type { Db, Dialect } from '../store/schema.js';
import type { InsightQuery } from './insight-query.js';
import { type Narrowing, type Page, listRecords } from './records.js';

/**
 * How a flow's processing of a change went, for the Activity Feed: not triggered, or its
 * deliveries' state, the worst first (one failed makes it failed).
 */
export type ActivityResult = 'not_triggered' | 'failed' | 'retrying' | 'pending' | 'delivered';

export function resultOf(triggered: boolean, statuses: readonly DeliveryStatus[]): ActivityResult {
  if (!triggered) return 'not_triggered';
  if (statuses.includes('failed')) return 'failed';
  if (statuses.includes('retrying')) return 'retrying';
  if (statuses.length === 0 || statuses.some((s) => s !== 'delivered')) return 'pending';
  return 'delivered';
}

/** The Activity Feed: registrations processed, newest first, with how each went and the deliveries it made. */
export async function activityFeed(store: { db: Db; dialect: Dialect }, q: InsightQuery, n: Narrowing, page: Page) {
  const { records, nextCursor } = await listRecords(store, 'activity', q, n, page);
  const rows = records as { changeId: number; flow: string | null; at: string; triggered: boolean }[];
  const changeIds = [...new Set(rows.map((r) => r.changeId))];
  const deliveries = changeIds.length
    ? await store.db
        .selectFrom('deliveries as d')
        .leftJoin('flows as f', 'f.id', 'd.flow_id')
        .select(['d.id', 'd.change_id', 'f.name as flow', 'd.created_at', 'd.status'])
        .select('d.account_id')
        .where('d.change_id', 'in', changeIds)
        .execute()
    : [];
  // The account is checked here, not in the query: there it would lead the planner to scan the account's deliveries instead of finding these changes'.
  const ours = deliveries.filter((d) => d.account_id === q.accountId);
  const deliveriesOf = (r: (typeof rows)[number]) => ours.filter((d) => d.change_id === r.changeId && d.flow === r.flow && d.created_at === r.at);
  return {
    records: rows.map((r) => {
      const made = deliveriesOf(r);
      return { ...r, result: resultOf(r.triggered, made.map((d) => d.status)), deliveryIds: made.map((d) => d.id) };
    }),
    nextCursor,
  };
}
