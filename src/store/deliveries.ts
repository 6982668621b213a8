import { type Delivery, type DeliveryFailure, type DeliveryStatus, type ProcessingDelivery, type QueueStatus, RESUBMITTABLE } from '../domain/delivery.js';
import { notFound } from '../domain/errors.js';
import type { FailureCategory } from '../domain/failure.js';
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

/** The deliveries of an account matching a filter (the dashboard's lists, a bulk resubmit). */
export function deliveriesMatching(db: Db, accountId: number, f: DeliveryFilter, now: Date) {
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
  if (f.stuck) q = q.where('d.status', '=', 'processing').where('d.updated_at', '<', stuckBefore(now));
  return q;
}

/** The deliveries matching a filter that "Submit to Retry Queue" would take (a resubmit, its estimate, a bulk resubmit's). */
export const resubmittable = (db: Db, accountId: number, f: DeliveryFilter, now: Date) => deliveriesMatching(db, accountId, f, now).where('d.status', 'in', RESUBMITTABLE);

export async function listDeliveries(db: Db, accountId: number, f: DeliveryFilter, now: Date) {
  const rows = await deliveriesMatching(db, accountId, f, now)
    .selectAll('d')
    .select('f.name as flow')
    .where('d.id', '>', f.after ?? 0)
    .orderBy('d.id')
    .limit(f.limit ?? 100)
    .execute();
  const threshold = stuckBefore(now);
  return rows.map((r) => ({ ...toDelivery(r), flow: r.flow, stuck: r.status === 'processing' && r.updated_at < threshold }));
}

export async function getDelivery(db: Db, accountId: number, id: number, now: Date) {
  const [found] = await listDeliveries(db, accountId, { after: id - 1, limit: 1 }, now);
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
