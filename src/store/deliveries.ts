import { sql } from 'kysely';
import type { StoredAttempt } from '../domain/attempt.js';
import type { ListPosition } from '../domain/cursor.js';
import { CHANGE_KINDS, type ChangeKind, recordTypeOf } from '../domain/changes.js';
import { type Delivery, type DeliveryFailure, type DeliveryStatus, type ProcessingDelivery, type QueueStatus, RESUBMITTABLE } from '../domain/delivery.js';
import { notFound } from '../domain/errors.js';
import type { FailureCategory } from '../domain/failure.js';
import { fromJson } from './json.js';
import type { Db, Row } from './schema.js';

/** Reads of the delivery queue, for the API and the dashboard. The queue's operations are in `src/queue/`. */

/** A delivery's row, as read or as just written (its `tx`, the store's own, is not part of the delivery). */
type DeliveryRow = Omit<Row<'deliveries'>, 'tx'>;

/** A delivery in the state its row's status says. */
export function toDelivery(r: DeliveryRow): Delivery {
  switch (r.status) {
    case 'received':
      return { ...common(r, r.status), failure: lastFailure(r) };
    case 'processing':
      return toProcessingDelivery(r);
    case 'retrying':
      return { ...common(r, r.status), failure: recordedFailure(r) };
    case 'delivered':
      return { ...common(r, r.status), deliveredAt: filled(r.delivered_at), targetRecordId: r.target_record_id };
    case 'failed':
      return { ...common(r, r.status), failure: recordedFailure(r), abandoned: r.abandoned === 1 };
  }
}

/** A row its caller has just claimed (or written claimed). */
export const toProcessingDelivery = (r: DeliveryRow): ProcessingDelivery => ({ ...common(r, 'processing'), failure: lastFailure(r) });

const common = <S extends DeliveryStatus>(r: DeliveryRow, status: S) => ({
  id: r.id,
  accountId: r.account_id,
  changeId: r.change_id,
  flowId: r.flow_id,
  destination: r.destination,
  connection: r.connection,
  eventCode: r.event_code,
  isTest: r.is_test === 1,
  receivedAt: r.received_at ?? r.created_at,
  orderingKey: r.ordering_key,
  status,
  priority: r.priority,
  attempts: r.attempts,
  retries: r.retries,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * A column the row's status always has filled: the queue writes it in the statement that sets the
 * status (the failure with failed and retrying, the time with delivered). Trusted, as the row is.
 */
const filled = <T>(value: T | null) => value as T;

const recordedFailure = (r: DeliveryRow): DeliveryFailure => ({ category: filled(r.failure_category), message: filled(r.failure_message) });
const lastFailure = (r: DeliveryRow): DeliveryFailure | null => (r.failure_category === null ? null : recordedFailure(r));

/** The dashboard guide's threshold: Processing for longer than this is worth a person's look. */
export const STUCK_AFTER_MINUTES = 15;

export interface DeliveryFilter {
  status?: DeliveryStatus;
  /** Only deliveries stuck in Processing past the threshold. */
  stuck?: boolean;
  /** Only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt. */
  retryQueue?: boolean;
  queue?: QueueStatus;
  category?: FailureCategory;
  flow?: string;
  connection?: string;
  changeId?: number;
  /** When the delivery's change was received (the history's timestamp): from (inclusive), to (exclusive); any ISO-8601 date-time. */
  from?: string;
  to?: string;
  /** The change's kind (the guide's "event type"). */
  eventType?: ChangeKind;
  eventCode?: string;
  /** The source record: a registration, with its session registrations. */
  registrationCode?: string;
}

/** Where a list starts and which way it runs: by the time the change was received, then by id. */
export interface DeliveryPage {
  order?: 'oldest' | 'newest';
  /** Just past this delivery (`at`: its change's receipt), in the list's order. */
  cursor?: ListPosition;
  /** Only deliveries with a greater id. */
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
/** Times are stored as UTC ISO text, compared as text: a bound in another offset is brought to that form. */
const utc = (time: string) => new Date(time).toISOString();
/** Kinds about no registration (events', sessions'): a registration's deliveries never include them. */
const NOT_REGISTRATION_KINDS: ChangeKind[] = CHANGE_KINDS.filter((k) => recordTypeOf(k) !== 'registration');

/** The deliveries of an account matching a filter (the dashboard's lists, a bulk resubmit), with their flow and change beside them. */
export function deliveriesMatching(db: Db, accountId: number, f: DeliveryFilter, now: Date) {
  let q = db
    .selectFrom('deliveries as d')
    .leftJoin('flows as f', 'f.id', 'd.flow_id')
    .leftJoin('changes as c', 'c.id', 'd.change_id')
    .where('d.account_id', '=', accountId);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.queue) {
    const { status, abandoned } = QUEUE_WHERE[f.queue];
    q = q.where('d.status', '=', status);
    if (abandoned !== undefined) q = q.where('d.abandoned', '=', abandoned);
  }
  if (f.retryQueue) q = q.where((eb) => eb.or([eb('d.status', 'in', RESUBMITTABLE), eb.and([eb('d.status', '=', 'delivered'), eb('d.attempts', '>', 1)])]));
  if (f.category) q = q.where('d.failure_category', '=', f.category);
  if (f.flow) q = q.where('f.name', '=', f.flow);
  if (f.connection) q = q.where('d.connection', '=', f.connection);
  if (f.changeId) q = q.where('d.change_id', '=', f.changeId);
  if (f.stuck) q = q.where('d.status', '=', 'processing').where('d.updated_at', '<', stuckBefore(now));
  if (f.from) q = q.where('d.received_at', '>=', utc(f.from));
  if (f.to) q = q.where('d.received_at', '<', utc(f.to));
  if (f.eventType) q = q.where('c.kind', '=', f.eventType);
  if (f.eventCode) q = q.where('d.event_code', '=', f.eventCode);
  if (f.registrationCode) q = q.where('c.kind', 'not in', NOT_REGISTRATION_KINDS).where(ofRegistration(f.registrationCode));
  return q;
}

/** The deliveries matching a filter that "Submit to Retry Queue" would take (a resubmit, its estimate, a bulk resubmit's). */
export const resubmittable = (db: Db, accountId: number, f: DeliveryFilter, now: Date) => deliveriesMatching(db, accountId, f, now).where('d.status', 'in', RESUBMITTABLE);

/** A registration's own changes (subject: its code) and its session registrations' (subject: `code/session`). */
const ofRegistration = (code: string) => sql<boolean>`(c.subject_code = ${code} or substr(c.subject_code, 1, ${sql.lit(code.length + 1)}) = ${`${code}/`})`;

export type ListedDelivery = Delivery & {
  flow: string | null;
  stuck: boolean;
  /** Its change's kind and subject (null only if the change is gone, which retention never does while a delivery refers to it). */
  eventType: ChangeKind | null;
  sourceRecord: string | null;
};

/** A page of the list; a full page may have another after it, from its last row's position. */
export async function listDeliveries(db: Db, accountId: number, f: DeliveryFilter & DeliveryPage, now: Date): Promise<ListedDelivery[]> {
  const direction = f.order === 'newest' ? 'desc' : 'asc';
  let q = listed(deliveriesMatching(db, accountId, f, now));
  if (f.after !== undefined) q = q.where('d.id', '>', f.after);
  if (f.cursor) {
    const { at, id } = f.cursor;
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('d.received_at', 'd.id'), direction === 'desc' ? '<' : '>', tuple(at, id)));
  }
  const rows = await q.orderBy('d.received_at', direction).orderBy('d.id', direction).limit(f.limit ?? 100).execute();
  return rows.map((r) => toListed(r, now));
}

export async function getDelivery(db: Db, accountId: number, id: number, now: Date): Promise<ListedDelivery> {
  const found = await listed(deliveriesMatching(db, accountId, {}, now)).where('d.id', '=', id).executeTakeFirst();
  if (!found) throw notFound('delivery', String(id));
  return toListed(found, now);
}

const listed = (q: ReturnType<typeof deliveriesMatching>) => q.selectAll('d').select(['f.name as flow', 'c.kind as event_type', 'c.subject_code as source_record']);

type ListedRow = Row<'deliveries'> & { flow: string | null; event_type: ChangeKind | null; source_record: string | null };

const toListed = (r: ListedRow, now: Date): ListedDelivery => ({
  ...toDelivery(r),
  flow: r.flow,
  stuck: r.status === 'processing' && r.updated_at < stuckBefore(now),
  eventType: r.event_type,
  sourceRecord: r.source_record,
});

export async function listAttempts(db: Db, accountId: number, deliveryId: number): Promise<StoredAttempt[]> {
  const rows = await db.selectFrom('attempts').selectAll().where('account_id', '=', accountId).where('delivery_id', '=', deliveryId).orderBy('number').execute();
  return rows.map((r) => ({
    number: r.number,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    outcome: r.outcome,
    failureCategory: r.failure_category,
    failureMessage: r.failure_message,
    httpStatus: r.http_status,
    cause: r.cause,
    result: r.result,
    request: r.request === null ? null : fromJson(r.request),
    response: r.response === null ? null : fromJson(r.response),
    note: r.note,
  }));
}
