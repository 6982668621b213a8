import type { FailureCategory } from './failure.js';

/**
 * A delivery: one triggered action (a flow destination) for one change, and its journey:
 * received -> processing -> delivered | retrying (-> processing ...) | failed.
 * A failed delivery is either not retryable (validation) or `abandoned` after its last retry
 * ("Retried Abandoned"); both stay kept and can be submitted again.
 */
export const DELIVERY_STATUSES = ['received', 'processing', 'retrying', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * The guide's retry-queue statuses, as a view over the delivery statuses: Retry (waiting for its
 * next automatic try), Error (failed, not retryable: validation), Failed (Retried Abandoned),
 * Done (delivered).
 */
export const QUEUE_STATUSES = ['Retry', 'Error', 'Failed', 'Done'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export function queueStatus(d: Pick<Delivery, 'status' | 'abandoned'>): QueueStatus | null {
  if (d.status === 'retrying') return 'Retry';
  if (d.status === 'delivered') return 'Done';
  if (d.status === 'failed') return d.abandoned ? 'Failed' : 'Error';
  return null;
}

export interface Delivery {
  id: number;
  accountId: number;
  changeId: number;
  flowId: number;
  destination: string;
  connection: string;
  orderingKey: string;
  status: DeliveryStatus;
  priority: number;
  attempts: number;
  retries: number;
  nextAttemptAt: string;
  failureCategory: FailureCategory | null;
  failureMessage: string | null;
  abandoned: boolean;
  deliveredAt: string | null;
  targetRecordId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The id receivers see in `webhook-id`: the same for every attempt, so they can drop duplicates. */
export const webhookId = (d: Pick<Delivery, 'id'>) => `msg_${d.id}`;

/** Normal deliveries queue at this priority; a hand-submitted one goes ahead of them. */
export const NORMAL_PRIORITY = 100;
export const FRONT_OF_QUEUE = 0;
