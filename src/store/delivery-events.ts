import { type SqlBool, sql } from 'kysely';
import type { AttemptResult } from '../domain/attempt.js';
import { type DeliveryEvent, type EventFilter, matchesEvent } from '../domain/delivery-event.js';
import type { FailureCategory } from '../domain/failure.js';
import { type Position, type TailCursor, inTailOrder } from '../domain/tail-cursor.js';
import type { Dialect } from './database.js';
import { type DeliveryFilter, deliveriesMatching } from './deliveries.js';
import type { Db, Row } from './schema.js';

/** What the live tail filters by: the list's filters, but for `stuck` (a state, not a change). */
export type TailFilter = Omit<DeliveryFilter, 'stuck'>;

export interface TailRead {
  /** The matching status changes, in order, each with the cursor just after it. */
  events: { event: DeliveryEvent; cursor: TailCursor }[];
  /** How far this read went, matching or not. */
  cursor: TailCursor;
  /** It stopped at its limit, having got on: read again at once. */
  more: boolean;
}

/**
 * PostgreSQL: every transaction older than the oldest still running has ended, so the rows they
 * inserted are final: none can still appear before them. A long-running transaction holds the tail
 * back until it ends, rather than let it skip what that transaction may yet commit.
 */
const HORIZON = sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/** Where a tail starts when it is not resuming: after everything final now. */
export async function tailStart(db: Db, dialect: Dialect): Promise<TailCursor> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ horizon: number }>`select ${HORIZON} as horizon`.execute(db);
    // (horizon, 0): every row of a transaction from the horizon on comes after it.
    const from = { tx: Number(rows[0]?.horizon), id: 0 };
    return { received: from, attempts: from };
  }
  const { rows } = await sql<{ received: number | null; attempts: number | null }>`select (select max(id) from deliveries) as received, (select max(id) from attempts) as attempts`.execute(db);
  return { received: { tx: 0, id: rows[0]?.received ?? 0 }, attempts: { tx: 0, id: rows[0]?.attempts ?? 0 } };
}

/**
 * The account's status changes after `cursor`, at most `limit` rows of each table. Attempts are
 * read first: every attempt's delivery was final before it, so the deliveries read after include
 * it (or it was before the cursor). Every row of the account is read, matching the filter or not,
 * so the cursor moves on past those that do not; the filter's delivery parts select deliveries as
 * the list does (`deliveriesMatching`), its status parts are checked on each change.
 */
export async function readEvents(db: Db, dialect: Dialect, accountId: number, filter: TailFilter, cursor: TailCursor, limit: number, now: Date): Promise<TailRead> {
  const { status, queue, category, ...ofDelivery } = filter;
  const forEvents: EventFilter = { ...(status ? { status } : {}), ...(queue ? { queue } : {}), ...(category ? { category } : {}) };
  const matched = Object.values(ofDelivery).some((v) => v !== undefined)
    ? sql<number>`case when exists ${deliveriesMatching(db, accountId, ofDelivery, now).select(sql.lit(1).as('one')).where('d.id', '=', sql.ref<number>('x.id'))} then 1 else 0 end`
    : sql<number>`1`;
  const ordered = dialect === 'postgres' ? (['tx', 'id'] as const) : (['id'] as const);

  let attemptsQuery = db
    .selectFrom('attempts as a')
    .innerJoin('deliveries as x', 'x.id', 'a.delivery_id')
    .leftJoin('flows as fl', 'fl.id', 'x.flow_id')
    .select(['a.tx', 'a.id', 'a.number', 'a.outcome', 'a.result', 'a.failure_category', 'a.failure_message', 'a.started_at', 'a.duration_ms'])
    .select(['x.id as delivery_id', 'x.tx as delivery_tx', 'x.change_id', 'x.connection', 'fl.name as flow', matched.as('matched')])
    .where('a.account_id', '=', accountId)
    .where(after('a', cursor.attempts, dialect));
  for (const column of ordered) attemptsQuery = attemptsQuery.orderBy(`a.${column}`);
  const attempts = await attemptsQuery.limit(limit).execute();

  let receivedQuery = db
    .selectFrom('deliveries as x')
    .leftJoin('flows as fl', 'fl.id', 'x.flow_id')
    .select(['x.tx', 'x.id', 'x.change_id', 'x.connection', 'x.created_at', 'fl.name as flow', matched.as('matched')])
    .where('x.account_id', '=', accountId)
    .where(after('x', cursor.received, dialect));
  for (const column of ordered) receivedQuery = receivedQuery.orderBy(`x.${column}`);
  const received = await receivedQuery.limit(limit).execute();

  const steps = inTailOrder(
    cursor,
    received.map((r) => ({ ...r, position: { tx: Number(r.tx), id: r.id }, at: r.created_at })),
    attempts.map((r) => ({ ...r, position: { tx: Number(r.tx), id: r.id }, at: finishedAt(r), delivery: { tx: Number(r.delivery_tx), id: r.delivery_id } })),
  );
  const events = steps.flatMap((s) => {
    if (Number(s.row.matched) !== 1) return [];
    const event: DeliveryEvent = s.kind === 'received' ? { ...about(s.row, s.row.id), status: 'received', at: s.row.at } : attemptEvent(s.row);
    return matchesEvent(event, forEvents) ? [{ event, cursor: s.cursor }] : [];
  });
  const reached = steps.at(-1)?.cursor ?? cursor;
  // Read again at once only while it gets on: what is held back waits for the next poll.
  return { events, cursor: reached, more: steps.length > 0 && (received.length === limit || attempts.length === limit) };
}

/** Rows after a position in their table's order (see `TailCursor`). */
function after(table: 'a' | 'x', p: Position, dialect: Dialect) {
  const [tx, id] = [sql.ref(`${table}.tx`), sql.ref(`${table}.id`)];
  // SQLite: tx is always 0, and the primary key serves.
  return dialect === 'postgres' ? sql<SqlBool>`(${tx}, ${id}) > (${p.tx}, ${p.id}) and ${tx} < ${HORIZON}` : sql<SqlBool>`${id} > ${p.id}`;
}

const finishedAt = (r: Pick<Row<'attempts'>, 'started_at' | 'duration_ms'>) => new Date(Date.parse(r.started_at) + r.duration_ms).toISOString();

const about = (r: { change_id: number; flow: string | null; connection: string }, deliveryId: number) => ({ deliveryId, changeId: r.change_id, flow: r.flow, connection: r.connection });

type AttemptRead = Pick<Row<'attempts'>, 'number' | 'outcome' | 'result' | 'failure_category' | 'failure_message'> & { delivery_id: number; change_id: number; flow: string | null; connection: string; at: string };

function attemptEvent(r: AttemptRead): DeliveryEvent {
  const common = { ...about(r, r.delivery_id), at: r.at, attempt: r.number };
  // Attempts recorded before their result was (0014) tell only their outcome.
  const result: AttemptResult = r.result ?? (r.outcome === 'delivered' ? 'delivered' : 'failed');
  if (result === 'delivered') return { ...common, status: 'delivered' };
  // A failed attempt always records its failure (trusted, as the row is).
  const failure = { category: r.failure_category as FailureCategory, message: r.failure_message as string };
  if (result === 'retrying') return { ...common, status: 'retrying', failure };
  return { ...common, status: 'failed', failure, abandoned: result === 'abandoned' };
}
