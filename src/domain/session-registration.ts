import type { ChangeOf } from './change-kinds.js';

export interface SessionRegistrationSnapshot {
  registrationCode: string;
  eventCode: string;
  sessionCode: string;
  status: string;
}

/** Creating a session registration or changing its status is a status change; anything else is none. */
export function sessionRegistrationChange(
  before: SessionRegistrationSnapshot | null,
  after: SessionRegistrationSnapshot,
  isTest: boolean,
): SessionRegistrationChange | null {
  if (before?.status === after.status) return null;
  return {
    kind: 'session_registration.status_changed',
    subjectCode: `${after.registrationCode}/${after.sessionCode}`,
    eventCode: after.eventCode,
    before,
    after,
    isTest,
  };
}

/** A change to this kind of record, with its snapshots. */
export type SessionRegistrationChange = ChangeOf<'session_registration.status_changed', SessionRegistrationSnapshot>;
