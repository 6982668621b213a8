import type { ChangeKind } from './change-kinds.js';
import type { ChangeOrigin } from './write-back.js';
import type { EventChange } from './event.js';
import type { RegistrationChange } from './registration.js';
import type { SessionRegistrationChange } from './session-registration.js';

export { CHANGE_KINDS, type ChangeKind } from './change-kinds.js';
export type { EventChange, RegistrationChange, SessionRegistrationChange };

/**
 * A change about to be written, in the same transaction as the data it describes; one a
 * write-back recorded says which flow's answer it wrote (the loop guard reads it).
 */
export type NewChange = (RegistrationChange | SessionRegistrationChange | EventChange) & { origin?: ChangeOrigin };

export type Change = NewChange & { id: number; createdAt: string };

/** Some fields of a change, each kind still with its own snapshots. */
export type ChangeFields<K extends keyof Change> = Change extends infer C ? (C extends Change ? Pick<C, K> : never) : never;

/** What a change is about: an event, or a registration (a session registration's is its registration's). */
export type RecordType = 'event' | 'registration';

export const recordTypeOf = (kind: ChangeKind): RecordType => (kind === 'event.created' || kind === 'event.updated' ? 'event' : 'registration');

export const isEventChange = <C extends NewChange>(change: C): change is Extract<C, EventChange> => recordTypeOf(change.kind) === 'event';

/** The code of the record a change is about: the event's, or the registration's. */
export const recordCode = (change: NewChange): string =>
  change.kind === 'session_registration.status_changed' ? change.after.registrationCode : change.subjectCode;
