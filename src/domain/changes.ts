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

/** A change about to be written, in the same transaction as the data it describes. */
export interface NewChange {
  kind: ChangeKind;
  subjectCode: string;
  eventCode: string;
  before: unknown;
  after: unknown;
  isTest: boolean;
}

export interface Change extends NewChange {
  id: number;
  createdAt: string;
}
