import { sql } from 'kysely';
import { type OperationalEvent, eventBody } from '../domain/operational-event.js';
import type { Dialect } from './database.js';
import { chunks, toJson } from './json.js';
import type { Db, OperationalEventStatus, Row } from './schema.js';

/**
 * The outbox of operational events. Recording costs nothing for accounts that are told nothing:
 * each event is inserted by a select from its account's subscription to that type, so where
 * there is none, the statement inserts no row, and no read came first.
 */
export async function recordOperationalEvents(db: Db, events: readonly OperationalEvent[], at: string): Promise<number> {
  let recorded = 0;
  for (const batch of chunks(events, 100)) {
    const text = (value: string) => sql<string>`cast(${value} as text)`;
    const [first, ...rest] = batch.map((e) =>
      db
        .selectFrom('notification_subscriptions')
        .select((eb) => [
          'account_id',
          // Never null here (see the where below); coalesced for the column's type.
          eb.fn.coalesce('connection', sql.lit('')).as('connection'),
          'event_type as type',
          text(toJson(eventBody(e, at))).as('body'),
          sql.lit('pending').as('status'),
          sql.lit(0).as('attempts'),
          text(at).as('next_attempt_at'),
          text(at).as('created_at'),
        ])
        .where('account_id', '=', e.accountId)
        .where('event_type', '=', e.type)
        .where('connection', 'is not', null),
    );
    if (!first) continue;
    const all = rest.reduce((union, select) => union.unionAll(select), first);
    const result = await db
      .insertInto('operational_events')
      .columns(['account_id', 'connection', 'type', 'body', 'status', 'attempts', 'next_attempt_at', 'created_at'])
      .expression(all)
      .executeTakeFirst();
    recorded += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return recorded;
}

/**
 * Takes the due events for one sender: their due time moves past `holdUntil`, so no other sender
 * takes them meanwhile, and one whose sender died is due again after it. Counts the try.
 */
export function takeDueEvents(db: Db, dialect: Dialect, now: string, holdUntil: string, limit: number): Promise<Row<'operational_events'>[]> {
  // The status literal, as in the partial index.
  let due = db.selectFrom('operational_events').select('id').where(sql<boolean>`status = 'pending'`).where('next_attempt_at', '<=', now).orderBy('next_attempt_at').orderBy('id').limit(limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('operational_events')
    .set((eb) => ({ next_attempt_at: holdUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** A send's outcome: sent; failed, to be tried again at `retryAt`; or failed for the last time (dropped, the error kept). */
export type SendOutcome = { sent: true } | { sent: false; error: string; retryAt: string | null };

export async function recordSend(db: Db, id: number, outcome: SendOutcome, at: string): Promise<void> {
  const set = outcome.sent
    ? { status: 'sent' as const, finished_at: at, last_error: null }
    : outcome.retryAt
      ? { next_attempt_at: outcome.retryAt, last_error: outcome.error }
      : { status: 'dropped' as const, finished_at: at, last_error: outcome.error };
  await db.updateTable('operational_events').set(set).where('id', '=', id).where('status', '=', 'pending').execute();
}

export interface OperationalEventFilter {
  status?: OperationalEventStatus;
  after?: number;
  limit?: number;
}

/** An account's operational events, oldest first: what was sent, what waits, what was dropped and why. */
export async function listOperationalEvents(db: Db, accountId: number, f: OperationalEventFilter) {
  let q = db.selectFrom('operational_events').selectAll().where('account_id', '=', accountId).where('id', '>', f.after ?? 0);
  if (f.status) q = q.where('status', '=', f.status);
  const rows = await q
    .orderBy('id')
    .limit(f.limit ?? 100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    connection: r.connection,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
    lastError: r.last_error,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    body: JSON.parse(r.body) as unknown,
  }));
}
