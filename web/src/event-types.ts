import type { paths } from './api/schema';

/** A change's kind, as the API names it (the guide's event type). */
export type EventType = NonNullable<paths['/v1/deliveries']['get']['responses'][200]['content']['application/json']['deliveries'][number]['eventType']>;

/** The guide's event types ("contact created, deal updated") in Hookflow's words. */
export const EVENT_TYPES: Record<EventType, string> = {
  'registration.created': 'Registration created',
  'registration.updated': 'Registration updated',
  'registration.status_changed': 'Registration status changed',
  'session_registration.status_changed': 'Session registration status changed',
  'event.created': 'Event created',
  'event.updated': 'Event updated',
  'session.created': 'Session created',
  'session.updated': 'Session updated',
};
