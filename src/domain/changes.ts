import type { EventSnapshot } from './event.js';
import type { RegistrationSnapshot } from './registration.js';
import type { SessionRegistrationSnapshot } from './session-registration.js';

/** The kinds of change the log records; flows choose their source among them. */
export const CHANGE_KINDS = [
  'registration.created',
  'registration.updated',
  'registration.status_changed',
  'session_registration.status_changed',
  'event.created',
  'event.updated',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A change of kind `K`: the record as it was (null when new) and as the change left it. */
interface ChangeOf<K extends ChangeKind, S> {
  kind: K;
  subjectCode: string;
  eventCode: string;
  before: S | null;
  after: S;
  isTest: boolean;
}

export type RegistrationChange = ChangeOf<'registration.created' | 'registration.updated' | 'registration.status_changed', RegistrationSnapshot>;
export type SessionRegistrationChange = ChangeOf<'session_registration.status_changed', SessionRegistrationSnapshot>;
export type EventChange = ChangeOf<'event.created' | 'event.updated', EventSnapshot>;

/** A change about to be written, in the same transaction as the data it describes. */
export type NewChange = RegistrationChange | SessionRegistrationChange | EventChange;

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
