import { sql } from 'kysely';
import type { FailureCause } from '../domain/failure-cause.js';
import type { Db } from './schema.js';

/**
 * What the alerts are judged by, read from the attempts over short windows of time (the index on
 * an account's attempts by start time bounds every read to its window).
 */

export interface WindowCounts {
  connection: string;
  /** Deliveries attempted in the window, and those of them delivered in it. */
  deliveries: number;
  delivered: number;
  lastFailureAt: string | null;
  lastDeliveredAt: string | null;
}

const inWindow = (db: Db, accountId: number, from: string, to?: string) => {
  let q = db.selectFrom('attempts as a').innerJoin('deliveries as d', 'd.id', 'a.delivery_id').where('a.account_id', '=', accountId).where('a.started_at', '>=', from);
  if (to) q = q.where('a.started_at', '<', to);
  return q;
};

/** Per connection, its deliveries attempted in [from, to) and how many got through, counted by delivery. */
export async function windowCounts(db: Db, accountId: number, from: string, to?: string, connections?: readonly string[]): Promise<WindowCounts[]> {
  let perDelivery = inWindow(db, accountId, from, to)
    .select([
      'd.connection',
      sql<number>`max(case when a.outcome = 'delivered' then 1 else 0 end)`.as('ok'),
      sql<string | null>`max(case when a.outcome = 'failed' then a.started_at end)`.as('last_failure'),
      sql<string | null>`max(case when a.outcome = 'delivered' then a.started_at end)`.as('last_delivered'),
    ])
    .groupBy(['d.connection', 'a.delivery_id']);
  if (connections) perDelivery = perDelivery.where('d.connection', 'in', connections.length ? connections : ['']);
  const rows = await db
    .selectFrom(perDelivery.as('x'))
    .select((eb) => [
      'x.connection',
      eb.fn.countAll<number | string>().as('deliveries'),
      eb.fn.sum<number | string>('x.ok').as('delivered'),
      eb.fn.max('x.last_failure').as('lastFailureAt'),
      eb.fn.max('x.last_delivered').as('lastDeliveredAt'),
    ])
    .groupBy('x.connection')
    .execute();
  return rows.map((r) => ({ ...r, deliveries: Number(r.deliveries), delivered: Number(r.delivered) }));
}

/** Per connection, the window's failed attempts by their likely cause. */
export async function failureCauses(db: Db, accountId: number, from: string): Promise<Map<string, Partial<Record<FailureCause, number>>>> {
  const rows = await inWindow(db, accountId, from)
    .select((eb) => ['d.connection', 'a.cause', eb.fn.countAll<number | string>().as('n')])
    .where('a.outcome', '=', 'failed')
    .groupBy(['d.connection', 'a.cause'])
    .execute();
  const causes = new Map<string, Partial<Record<FailureCause, number>>>();
  for (const r of rows) {
    const of = causes.get(r.connection) ?? {};
    if (r.cause) of[r.cause] = Number(r.n);
    causes.set(r.connection, of);
  }
  return causes;
}

export interface StuckCount {
  accountId: number;
  connection: string;
  count: number;
  /** The newest stuck delivery's last change: it became stuck the threshold after. */
  newest: string;
}

/** Deliveries in Processing since before `before`, per account and connection (few rows: those in flight). */
export async function stuckCounts(db: Db, before: string): Promise<StuckCount[]> {
  const rows = await db
    .selectFrom('deliveries')
    .select((eb) => ['account_id', 'connection', eb.fn.countAll<number | string>().as('count'), eb.fn.max('updated_at').as('newest')])
    // The status literal, as in the partial index of leased deliveries.
    .where(sql<boolean>`status = 'processing'`)
    .where('updated_at', '<', before)
    .groupBy(['account_id', 'connection'])
    .execute();
  return rows.map((r) => ({ accountId: r.account_id, connection: r.connection, count: Number(r.count), newest: r.newest }));
}
