import type { paths } from '../../api/schema';

/** A delivery as the history lists it. */
export type ListedDelivery = paths['/v1/deliveries']['get']['responses'][200]['content']['application/json']['deliveries'][number];
/** A delivery in detail: its attempts, payload, change, status history and problem. */
export type DeliveryDetail = paths['/v1/deliveries/{id}']['get']['responses'][200]['content']['application/json'];
export type Attempt = DeliveryDetail['attempts'][number];
export type DeliveryStatus = ListedDelivery['status'];
export type EventType = NonNullable<ListedDelivery['eventType']>;

/** The monitoring guide's statuses, in the order a delivery passes through them. */
export const STATUSES: readonly { value: DeliveryStatus; label: string }[] = [
  { value: 'received', label: 'Received' },
  { value: 'processing', label: 'Processing' },
  { value: 'retrying', label: 'Retrying' },
  { value: 'delivered', label: 'Delivered' },
  { value: 'failed', label: 'Failed' },
];

/** The guide's event types ("contact created, deal updated") in Hookflow's words. */
export const EVENT_TYPES: Record<EventType, string> = {
  'registration.created': 'Registration created',
  'registration.updated': 'Registration updated',
  'registration.status_changed': 'Registration status changed',
  'session_registration.status_changed': 'Session registration status changed',
  'event.created': 'Event created',
  'event.updated': 'Event updated',
};

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
