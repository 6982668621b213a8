import { type DeliveryFailure, type DeliveryStatus, type QueueStatus, queueStatus } from './delivery.js';
import type { FailureCategory } from './failure.js';

/**
 * A delivery's status change, as the live tail tells it (Convoy's "Tail events"): what the store
 * records of a delivery's journey, its arrival (Received) and each attempt's outcome.
 */
interface EventOf<S extends DeliveryStatus> {
  deliveryId: number;
  changeId: number;
  /** The flow's name; null once the flow was deleted. */
  flow: string | null;
  connection: string;
  status: S;
  /** When the change happened: the delivery queued, or the attempt finished. */
  at: string;
}

export type ReceivedEvent = EventOf<'received'>;
export type DeliveredEvent = EventOf<'delivered'> & { attempt: number };
export type RetryingEvent = EventOf<'retrying'> & { attempt: number; failure: DeliveryFailure };
/** Failed for good: not retryable, or `abandoned` once its retries ran out. */
export type FailedEvent = EventOf<'failed'> & { attempt: number; failure: DeliveryFailure; abandoned: boolean };

export type DeliveryEvent = ReceivedEvent | DeliveredEvent | RetryingEvent | FailedEvent;

/** The parts of a deliveries filter that are about the status itself, so the tail checks them on each change. */
export interface EventFilter {
  status?: DeliveryStatus;
  queue?: QueueStatus;
  category?: FailureCategory;
}

export function matchesEvent(e: DeliveryEvent, f: EventFilter): boolean {
  if (f.status && e.status !== f.status) return false;
  if (f.queue && queueStatus(e) !== f.queue) return false;
  if (f.category && !('failure' in e && e.failure.category === f.category)) return false;
  return true;
}
