import type { ChangeKind } from './change-kinds.js';
import type { ChangeOrigin } from './write-back.js';
import type { EventChange } from './event.js';
import type { SessionChange } from './event-session.js';
import type { RegistrationChange } from './registration.js';
import type { SessionRegistrationChange } from './session-registration.js';

export { CHANGE_KINDS, type ChangeKind } from './change-kinds.js';
export type { EventChange, RegistrationChange, SessionChange, SessionRegistrationChange };

/**
 * A change about to be written, in the same transaction as the data it describes; one a
 * write-back recorded says which flow's answer it wrote (the loop guard reads it).
 */
export type NewChange = (RegistrationChange | SessionRegistrationChange | EventChange | SessionChange) & { origin?: ChangeOrigin };

export type Change = NewChange & { id: number; createdAt: string };

/** Some fields of a change, each kind still with its own snapshots. */
export type ChangeFields<K extends keyof Change> = Change extends infer C ? (C extends Change ? Pick<C, K> : never) : never;

/** What a change is about: an event, a session of one, or a registration (a session registration's is its registration's). */
export type RecordType = 'event' | 'session' | 'registration';

const RECORD_TYPE: Partial<Record<ChangeKind, RecordType>> = {
  'event.created': 'event',
  'event.updated': 'event',
  'session.created': 'session',
  'session.updated': 'session',
};

export const recordTypeOf = (kind: ChangeKind): RecordType => RECORD_TYPE[kind] ?? 'registration';

export const isEventChange = <C extends NewChange>(change: C): change is Extract<C, EventChange> => recordTypeOf(change.kind) === 'event';

export const isSessionChange = <C extends NewChange>(change: C): change is Extract<C, SessionChange> => recordTypeOf(change.kind) === 'session';

/** The code of the record a change is about: the event's, the session's (event/code), or the registration's. */
export const recordCode = (change: NewChange): string =>
  change.kind === 'session_registration.status_changed' ? change.after.registrationCode : change.subjectCode;
