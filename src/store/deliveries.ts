import { type Kysely, sql } from 'kysely';
import type { Change, ChangeKind } from '../domain/changes.js';
import { type Delivery, type DeliveryStatus, FRONT_OF_QUEUE, NORMAL_PRIORITY, type QueueStatus, queueStatus } from '../delivery/delivery.js';
import { notFound } from '../domain/errors.js';
import type { FailureCategory } from '../delivery/failure.js';
import type { Dialect } from './database.js';
import { chunks } from './json.js';
import { ATTEMPTS_PER_STATEMENT, type NewAttempt, insertAttempts } from './attempts.js';
import { toChange } from './changes.js';
import type { Db, Row, Schema } from './schema.js';

export const toDelivery = (r: Row<'deliveries'>): Delivery => ({
  id: r.id,
  accountId: r.account_id,
  changeId: r.change_id,
  flowId: r.flow_id,
  destination: r.destination,
  connection: r.connection,
  orderingKey: r.ordering_key,
  status: r.status as DeliveryStatus,
  priority: r.priority,
  attempts: r.attempts,
  retries: r.retries,
  nextAttemptAt: r.next_attempt_at,
  failureCategory: r.failure_category as FailureCategory | null,
  failureMessage: r.failure_message,
  abandoned: r.abandoned === 1,
  deliveredAt: r.delivered_at,
  targetRecordId: r.target_record_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface NewDelivery {
  accountId: number;
  changeId: number;
  changeKind: ChangeKind;
  /** The registration (or, for event changes, the event) the change is about. */
  recordCode: string;
  flowId: number;
  destination: string;
  connection: string;
}

/** Changes to one record reach one destination in the order they happened. */
export const orderingKey = (d: NewDelivery) => `${d.accountId}/${d.flowId}/${d.destination}/${d.changeKind.startsWith('event.') ? 'event' : 'registration'}:${d.recordCode}`;

/**
 * A worker taking fresh deliveries as they are queued, without a claim of its own (see
 * `DeliveryWorker.handover`): `take` answers whether it has a slot for this one, and reserves it.
 */
export interface DirectClaim {
  worker: string;
  leaseUntil: string;
  take(d: Pick<Delivery, 'accountId' | 'connection'>): boolean;
}

/**
 * Queues deliveries, in the order given. With `direct`, those the worker takes are written already
 * claimed (processing, under its lease) and returned: only deliveries no earlier one waits before,
 * in the store or in this batch, so that one record's changes still go out in order.
 */
export async function enqueueDeliveries(db: Db, deliveries: readonly NewDelivery[], at: string, direct?: DirectClaim): Promise<Delivery[]> {
  const handed: Delivery[] = [];
  for (const batch of chunks(deliveries, 500)) {
    const waiting = direct ? await unfinishedKeys(db, batch.map(orderingKey)) : new Set<string>();
    const rows = batch.map((d) => {
      const key = orderingKey(d);
      const taken = direct !== undefined && !waiting.has(key) && direct.take(d);
      waiting.add(key);
      return {
        account_id: d.accountId,
        change_id: d.changeId,
        flow_id: d.flowId,
        destination: d.destination,
        connection: d.connection,
        ordering_key: key,
        status: taken ? 'processing' : 'received',
        priority: NORMAL_PRIORITY,
        attempts: 0,
        retries: 0,
        next_attempt_at: at,
        lease_until: taken ? (direct as DirectClaim).leaseUntil : null,
        leased_by: taken ? (direct as DirectClaim).worker : null,
        failure_category: null,
        failure_message: null,
        abandoned: 0,
        delivered_at: null,
        target_record_id: null,
        created_at: at,
        updated_at: at,
      };
    });
    if (!rows.some((r) => r.leased_by !== null)) {
      await db.insertInto('deliveries').values(rows).execute();
      continue;
    }
    // RETURNING's order is not promised (SQLite): rows are told apart by change, flow and destination.
    const ids = await db.insertInto('deliveries').values(rows).returning(['id', 'change_id', 'flow_id', 'destination']).execute();
    const idOf = new Map(ids.map((r) => [`${r.change_id}/${r.flow_id}/${r.destination}`, r.id]));
    for (const r of rows) {
      if (r.leased_by !== null) handed.push(toDelivery({ ...r, id: idOf.get(`${r.change_id}/${r.flow_id}/${r.destination}`) as number }));
    }
  }
  return handed;
}

/** The ordering keys among `keys` with a delivery still to finish. */
async function unfinishedKeys(db: Db, keys: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('deliveries')
    .select('ordering_key')
    .distinct()
    .where('ordering_key', 'in', [...new Set(keys)])
    .where(sql<boolean>`status in ('received', 'retrying', 'processing')`)
    .execute();
  return new Set(rows.map((r) => r.ordering_key));
}


/** A claimed delivery, with its account's configuration version as of the claim. */
export type ClaimedDelivery = Delivery & { configVersion: number };

export interface Claim {
  deliveries: ClaimedDelivery[];
  /** Nothing else was due: no need to claim again until new work is signalled (or the poll). */
  drained: boolean;
  /** The claimed deliveries' changes, when the claim read them too. */
  changes?: Map<number, Change>;
}

/** Free request slots of connections: a busy target's deliveries wait, the others go ahead. */
export interface FreeSlots {
  /** By `accountId/connection`: those with requests in flight, limits of their own, or paused. */
  byConnection: ReadonlyMap<string, number>;
  /** Any other connection's. */
  otherwise: number;
}

export interface ClaimOptions {
  dialect: Dialect;
  worker: string;
  limit: number;
  now: string;
  leaseUntil: string;
  /** Also take over claims whose lease ran out (a dead worker's); a look now and then is enough. */
  takeOverExpired: boolean;
  freeSlots?: FreeSlots;
}

const freeSlotsOf = (d: Pick<Delivery, 'accountId' | 'connection'>, slots?: FreeSlots) =>
  slots ? (slots.byConnection.get(`${d.accountId}/${d.connection}`) ?? slots.otherwise) : Number.POSITIVE_INFINITY;

/** Waits while an earlier delivery with the same ordering key is unfinished. */
const notBehindAnEarlierOne = sql<boolean>`not exists (select 1 from deliveries e where e.ordering_key = d.ordering_key and e.id < d.id and e.status in ('received', 'retrying', 'processing'))`;
/** The account's configuration version, beside each delivery (`d`, or in a RETURNING, where SQLite refuses aliases, `deliveries`). */
const configVersionOf = (table: 'd' | 'deliveries') => sql<number>`(select config_version from accounts a where a.id = ${sql.ref(`${table}.account_id`)})`;
const configVersion = configVersionOf('d');
const inClaimOrder = (a: Delivery, b: Delivery) => a.priority - b.priority || a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id;

/**
 * Claims due deliveries for one worker: those waiting, retrying once due, or processing under a
 * lease that ran out (a dead worker's). A delivery waits while an earlier one with the same
 * ordering key is unfinished, so one registration's changes never overtake each other. A batch
 * is shared round-robin between connections, each within its free slots.
 */
export function claimDeliveries(db: Kysely<Schema>, o: ClaimOptions): Promise<Claim> {
  if (o.dialect === 'postgres' && !o.takeOverExpired) return claimInOneStatement(db, o);
  return db.transaction().execute((trx) => claimInTransaction(trx, o));
}

async function claimInTransaction(trx: Db, o: ClaimOptions): Promise<Claim> {
  // Literal statuses, as in the partial indexes, so the planner can use them (bound parameters
  // would hide that they match): claims never walk finished or in-flight deliveries. Candidates
  // carry only what the fair share needs; whole rows are read for the chosen ones alone.
  const needed = ['d.id', 'd.account_id', 'd.connection'] as const;
  let waiting = trx
    .selectFrom('deliveries as d')
    .select(needed)
    .where(sql<boolean>`d.status in ('received', 'retrying')`)
    .where('d.next_attempt_at', '<=', o.now)
    .where(notBehindAnEarlierOne)
    .orderBy('d.priority')
    .orderBy('d.next_attempt_at')
    .orderBy('d.id')
    .limit(o.limit * 4);
  let expired = trx
    .selectFrom('deliveries as d')
    .select(needed)
    .where(sql<boolean>`d.status = 'processing'`)
    .where('d.lease_until', '<', o.now)
    .orderBy('d.lease_until')
    .limit(o.limit);
  if (o.dialect === 'postgres') {
    waiting = waiting.forUpdate().skipLocked();
    expired = expired.forUpdate().skipLocked();
  }
  const due = await waiting.execute();
  const rows = [...(o.takeOverExpired ? await expired.execute() : []), ...due];
  const candidates = rows.map((r) => ({ id: r.id, accountId: r.account_id, connection: r.connection }));
  const chosen = fairShare(candidates, o.limit, o.freeSlots);
  const drained = due.length < o.limit * 4 && chosen.length === candidates.length;
  if (chosen.length === 0) return { deliveries: [], drained };
  const claimed = await trx
    .updateTable('deliveries')
    .set({ status: 'processing', lease_until: o.leaseUntil, leased_by: o.worker, updated_at: o.now })
    .where('id', 'in', chosen.map((d) => d.id))
    .returningAll()
    .returning(configVersionOf('deliveries').as('config_version'))
    .execute();
  return { deliveries: claimed.map((r) => ({ ...toDelivery(r), configVersion: Number(r.config_version) })).sort(inClaimOrder), drained };
}

/**
 * PostgreSQL: the same claim as one statement, without a transaction around it (four round trips
 * become one), the changes read with it. The round-robin is a rank within each connection.
 */
async function claimInOneStatement(db: Db, o: ClaimOptions): Promise<Claim> {
  const slots = [...(o.freeSlots?.byConnection ?? [])].map(([key, free]) => {
    const slash = key.indexOf('/');
    return { account_id: Number(key.slice(0, slash)), connection: key.slice(slash + 1), free };
  });
  type Claimed = Row<'deliveries'> & { config_version: number; change: Row<'changes'> | null; candidates: number };
  const { rows } = await sql<Claimed | (Partial<Claimed> & { id: null; candidates: number })>`
    with candidates as (
      select d.id, d.account_id, d.connection, d.priority, d.next_attempt_at from deliveries d
      where d.status in ('received', 'retrying') and d.next_attempt_at <= ${o.now} and ${notBehindAnEarlierOne}
      order by d.priority, d.next_attempt_at, d.id limit ${o.limit * 4}
      for update skip locked
    ), ranked as (
      select c.id, c.priority, c.next_attempt_at, coalesce(s.free, ${o.freeSlots?.otherwise ?? o.limit}) as free,
        row_number() over (partition by c.account_id, c.connection order by c.priority, c.next_attempt_at, c.id) as turn
      from candidates c
      left join jsonb_to_recordset(${JSON.stringify(slots)}::jsonb) as s(account_id bigint, connection text, free int)
        on s.account_id = c.account_id and s.connection = c.connection
    ), chosen as (
      select id from ranked where turn <= free order by turn, priority, next_attempt_at, id limit ${o.limit}
    ), claimed as (
      update deliveries d set status = 'processing', lease_until = ${o.leaseUntil}, leased_by = ${o.worker}, updated_at = ${o.now}
      from chosen where d.id = chosen.id
      returning d.*, ${configVersion} as config_version, (select row_to_json(c) from changes c where c.id = d.change_id) as change
    )
    select claimed.*, (select count(*) from candidates) as candidates from (select 1) as one left join claimed on true`.execute(db);
  const claimed = rows.filter((r): r is Claimed => r.id !== null);
  const candidates = Number(rows[0]?.candidates ?? 0);
  return {
    deliveries: claimed.map((r) => ({ ...toDelivery(r), configVersion: Number(r.config_version) })).sort(inClaimOrder),
    drained: candidates < o.limit * 4 && claimed.length === candidates,
    changes: new Map(claimed.flatMap((r) => (r.change ? [[r.change_id, toChange(r.change)] as const] : []))),
  };
}

/** Takes deliveries round-robin across connections, so one busy target cannot fill the batch. */
function fairShare<D extends Pick<Delivery, 'accountId' | 'connection'>>(candidates: D[], limit: number, slots?: FreeSlots): D[] {
  const byConnection = new Map<string, D[]>();
  for (const d of candidates) {
    const key = `${d.accountId}/${d.connection}`;
    let queue = byConnection.get(key);
    if (!queue) byConnection.set(key, (queue = []));
    if (queue.length < freeSlotsOf(d, slots)) queue.push(d);
  }
  const queues = [...byConnection.values()];
  const chosen: D[] = [];
  for (let round = 0; chosen.length < limit && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const d = q[round];
      if (d && chosen.length < limit) chosen.push(d);
    }
  }
  return chosen;
}

/** Updates only the caller's own claim: a worker whose lease ran out cannot overwrite the next one's result. */
const ownClaim = (db: Db, id: number, worker: string) =>
  db.updateTable('deliveries').where('id', '=', id).where('status', '=', 'processing').where('leased_by', '=', worker);

/** Deliveries that reached their target, in one statement (a worker records what finished together). */
export async function markDelivered(db: Db, worker: string, at: string, delivered: readonly DeliveredMark[]) {
  for (const batch of chunks(delivered, 500)) await markDeliveredQuery(db, worker, at, batch).execute();
}

/**
 * PostgreSQL: the attempts of delivered deliveries recorded and the deliveries marked in one
 * statement (a data-modifying CTE), as atomic as a transaction without its two extra round trips.
 */
export async function recordDelivered(db: Db, worker: string, at: string, delivered: readonly (DeliveredMark & { attempt: NewAttempt })[]) {
  for (const batch of chunks(delivered, ATTEMPTS_PER_STATEMENT)) {
    const attempts = insertAttempts(
      db,
      batch.map((d) => d.attempt),
    );
    await sql`with recorded as (${attempts}) ${markDeliveredQuery(db, worker, at, batch)}`.execute(db);
  }
}

interface DeliveredMark {
  id: number;
  targetRecordId: string | null;
}

function markDeliveredQuery(db: Db, worker: string, at: string, batch: readonly DeliveredMark[]) {
  const known = batch.filter((d) => d.targetRecordId !== null);
  const targetRecordId = known.length ? sql<string>`case id ${sql.join(known.map((d) => sql`when ${d.id} then ${d.targetRecordId}`), sql` `)} end` : null;
  return db
    .updateTable('deliveries')
    .where('id', 'in', batch.map((d) => d.id))
    .where('status', '=', 'processing')
    .where('leased_by', '=', worker)
    .set((eb) => ({
      status: 'delivered',
      attempts: eb('attempts', '+', 1),
      delivered_at: at,
      target_record_id: targetRecordId,
      failure_category: null,
      failure_message: null,
      lease_until: null,
      updated_at: at,
    }));
}

export interface FailedAttempt {
  category: FailureCategory;
  message: string;
  at: string;
}

export async function markRetrying(db: Db, id: number, worker: string, f: FailedAttempt, nextAttemptAt: string) {
  await ownClaim(db, id, worker)
    .set((eb) => ({
      status: 'retrying',
      attempts: eb('attempts', '+', 1),
      retries: eb('retries', '+', 1),
      next_attempt_at: nextAttemptAt,
      failure_category: f.category,
      failure_message: f.message,
      lease_until: null,
      updated_at: f.at,
    }))
    .execute();
}

export async function markFailed(db: Db, id: number, worker: string, f: FailedAttempt, abandoned: boolean) {
  await ownClaim(db, id, worker)
    .set((eb) => ({
      status: 'failed',
      attempts: eb('attempts', '+', 1),
      failure_category: f.category,
      failure_message: f.message,
      abandoned: abandoned ? 1 : 0,
      lease_until: null,
      updated_at: f.at,
    }))
    .execute();
}

/** Gives a claim back untouched (graceful shutdown): it is taken again at once, by anyone. */
export async function releaseClaim(db: Db, id: number, worker: string, at: string) {
  await ownClaim(db, id, worker)
    .set({ status: sql<string>`case when retries > 0 then 'retrying' else 'received' end`, lease_until: null, leased_by: null, next_attempt_at: at, updated_at: at })
    .execute();
}

/** The dashboard guide's threshold: Processing for longer than this is worth a person's look. */
export const STUCK_AFTER_MINUTES = 15;

export interface DeliveryFilter {
  status?: DeliveryStatus;
  /** Only deliveries stuck in Processing past the threshold. */
  stuck?: boolean;
  queue?: QueueStatus;
  category?: FailureCategory;
  flow?: string;
  connection?: string;
  changeId?: number;
  after?: number;
  limit?: number;
}

const QUEUE_WHERE: Record<QueueStatus, { status: DeliveryStatus; abandoned?: number }> = {
  Retry: { status: 'retrying' },
  Error: { status: 'failed', abandoned: 0 },
  Failed: { status: 'failed', abandoned: 1 },
  Done: { status: 'delivered' },
};

const stuckBefore = (now: Date) => new Date(now.getTime() - STUCK_AFTER_MINUTES * 60_000).toISOString();

function filtered(db: Db, accountId: number, f: DeliveryFilter) {
  let q = db.selectFrom('deliveries as d').leftJoin('flows as f', 'f.id', 'd.flow_id').where('d.account_id', '=', accountId);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.queue) {
    const { status, abandoned } = QUEUE_WHERE[f.queue];
    q = q.where('d.status', '=', status);
    if (abandoned !== undefined) q = q.where('d.abandoned', '=', abandoned);
  }
  if (f.category) q = q.where('d.failure_category', '=', f.category);
  if (f.flow) q = q.where('f.name', '=', f.flow);
  if (f.connection) q = q.where('d.connection', '=', f.connection);
  if (f.changeId) q = q.where('d.change_id', '=', f.changeId);
  if (f.stuck) q = q.where('d.status', '=', 'processing').where('d.updated_at', '<', stuckBefore(new Date()));
  return q;
}

export async function listDeliveries(db: Db, accountId: number, f: DeliveryFilter) {
  const rows = await filtered(db, accountId, f)
    .selectAll('d')
    .select('f.name as flow')
    .where('d.id', '>', f.after ?? 0)
    .orderBy('d.id')
    .limit(f.limit ?? 100)
    .execute();
  const threshold = stuckBefore(new Date());
  return rows.map((r) => ({ ...toDelivery(r), flow: r.flow, queueStatus: queueStatus(toDelivery(r)), stuck: r.status === 'processing' && r.updated_at < threshold }));
}

export async function getDelivery(db: Db, accountId: number, id: number) {
  const [found] = await listDeliveries(db, accountId, { after: id - 1, limit: 1 });
  if (!found || found.id !== id) throw notFound('delivery', String(id));
  return found;
}

export async function listAttempts(db: Db, accountId: number, deliveryId: number) {
  const rows = await db.selectFrom('attempts').selectAll().where('account_id', '=', accountId).where('delivery_id', '=', deliveryId).orderBy('number').execute();
  return rows.map((r) => ({
    number: r.number,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    outcome: r.outcome,
    failureCategory: r.failure_category,
    failureMessage: r.failure_message,
    // Null when nothing was sent or answered; the string "expired" once past payload retention.
    request: r.request === null ? null : JSON.parse(r.request),
    response: r.response === null ? null : JSON.parse(r.response),
  }));
}

/**
 * "Submit to Retry Queue": failed or waiting deliveries go to the front of the queue, due now,
 * with a fresh set of automatic retries. Matching is always within the caller's account.
 */
export async function resubmit(db: Db, accountId: number, f: DeliveryFilter & { ids?: number[] }, at: string): Promise<number> {
  let ids = f.ids;
  if (!ids) ids = (await filtered(db, accountId, f).select('d.id').where('d.status', 'in', ['failed', 'retrying']).execute()).map((r) => r.id);
  let count = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const result = await db
      .updateTable('deliveries')
      .set({ status: 'retrying', priority: FRONT_OF_QUEUE, retries: 0, abandoned: 0, next_attempt_at: at, updated_at: at })
      .where('account_id', '=', accountId)
      .where('id', 'in', ids.slice(i, i + 500))
      .where('status', 'in', ['failed', 'retrying'])
      .executeTakeFirst();
    count += Number(result.numUpdatedRows);
  }
  return count;
}
