/** The kinds of change the log records; flows choose their source among them. */
export const CHANGE_KINDS = [
  'registration.created',
  'registration.updated',
  'registration.status_changed',
  'session_registration.status_changed',
  'event.created',
  'event.updated',
  'session.created',
  'session.updated',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A change of kind `K`: the record as it was (null when new) and as the change left it. */
export interface ChangeOf<K extends ChangeKind, S> {
  kind: K;
  subjectCode: string;
  eventCode: string;
  before: S | null;
  after: S;
  isTest: boolean;
}
