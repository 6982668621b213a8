import type { Failure } from './failure.js';

/**
 * A delivery: one triggered action (a flow destination) for one change, and its journey:
 * received -> processing -> delivered | retrying (-> processing ...) | failed.
 * A failed delivery is either not retryable (validation) or `abandoned` after its last retry
 * ("Retried Abandoned"); both stay kept and can be submitted again.
 */
export const DELIVERY_STATUSES = ['received', 'processing', 'retrying', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What a delivery keeps of its last failed attempt, until it is delivered. */
export type DeliveryFailure = Pick<Failure, 'category' | 'message'>;

interface DeliveryOf<S extends DeliveryStatus> {
  id: number;
  accountId: number;
  changeId: number;
  flowId: number;
  destination: string;
  connection: string;
  /** Its change's event, whether that is test data, and when the change was accepted. */
  eventCode: string;
  isTest: boolean;
  receivedAt: string;
  orderingKey: string;
  status: S;
  /** Lower goes first: a delivery submitted by hand jumps the queue. */
  priority: number;
  attempts: number;
  /** Automatic retries since it was queued or last submitted again. */
  retries: number;
  /** When it is due (claims take the earliest first); once claimed or finished, when it last was. */
  nextAttemptAt: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Waiting for a worker or with one. A delivery tried before (retried, or submitted again and then
 * given back by a worker shutting down) still carries its last attempt's failure.
 */
export type ReceivedDelivery = DeliveryOf<'received'> & { failure: DeliveryFailure | null };
export type ProcessingDelivery = DeliveryOf<'processing'> & { failure: DeliveryFailure | null };
/** Waiting until `nextAttemptAt` to be tried again, after a failed attempt (or submitted again). */
export type RetryingDelivery = DeliveryOf<'retrying'> & { failure: DeliveryFailure };
export type DeliveredDelivery = DeliveryOf<'delivered'> & { deliveredAt: string; targetRecordId: string | null };
/** Failed for good: not retryable, or `abandoned` once its retries ran out. */
export type FailedDelivery = DeliveryOf<'failed'> & { failure: DeliveryFailure; abandoned: boolean };

export type Delivery = ReceivedDelivery | ProcessingDelivery | RetryingDelivery | DeliveredDelivery | FailedDelivery;

/**
 * The guide's retry-queue statuses, as a view over the delivery statuses: Retry (waiting for its
 * next automatic try), Error (failed, not retryable: validation), Failed (Retried Abandoned),
 * Done (delivered).
 */
export const QUEUE_STATUSES = ['Retry', 'Error', 'Failed', 'Done'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** A delivery, or one of its status changes (`DeliveryEvent`): failed ones say whether they were abandoned. */
type HasStatus = { status: Exclude<DeliveryStatus, 'failed'> } | { status: 'failed'; abandoned: boolean };

export function queueStatus(d: HasStatus): QueueStatus | null {
  if (d.status === 'retrying') return 'Retry';
  if (d.status === 'delivered') return 'Done';
  if (d.status === 'failed') return d.abandoned ? 'Failed' : 'Error';
  return null;
}

/** The id receivers see in `webhook-id`: the same for every attempt, so they can drop duplicates. */
export const webhookId = (d: Pick<Delivery, 'id'>) => `msg_${d.id}`;

/** What "Submit to Retry Queue" takes: deliveries failed, or waiting for their next automatic try. */
export const RESUBMITTABLE = ['failed', 'retrying'] as const satisfies readonly DeliveryStatus[];

/** Normal deliveries queue at this priority; a hand-submitted one goes ahead of them. */
export const NORMAL_PRIORITY = 100;
export const FRONT_OF_QUEUE = 0;
/** Every priority a delivery can have. */
export const PRIORITIES = [FRONT_OF_QUEUE, NORMAL_PRIORITY] as const;
