import type { paths } from '../../api/schema';
import { EVENT_TYPES, type EventType } from '../../event-types';

export { EVENT_TYPES, type EventType };

/** A delivery as the history lists it. */
export type ListedDelivery = paths['/v1/deliveries']['get']['responses'][200]['content']['application/json']['deliveries'][number];
/** A delivery in detail: its attempts, payload, change, status history and problem. */
export type DeliveryDetail = paths['/v1/deliveries/{id}']['get']['responses'][200]['content']['application/json'];
export type Attempt = DeliveryDetail['attempts'][number];
export type DeliveryStatus = ListedDelivery['status'];

/** The monitoring guide's statuses, in the order a delivery passes through them. */
export const STATUSES: readonly { value: DeliveryStatus; label: string }[] = [
  { value: 'received', label: 'Received' },
  { value: 'processing', label: 'Processing' },
  { value: 'retrying', label: 'Retrying' },
  { value: 'delivered', label: 'Delivered' },
  { value: 'failed', label: 'Failed' },
];


export const eventTypeLabel = (t: EventType | null) => (t ? EVENT_TYPES[t] : '—');

/** Only these can go back to the queue by hand ("Submit to Retry Queue"). */
export const canResubmit = (status: DeliveryStatus) => status === 'failed' || status === 'retrying';

/** A body as a person reads it: JSON indented, anything else as it came. */
export function readable(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export const formatDuration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
