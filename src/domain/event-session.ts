import { isDeepStrictEqual } from 'node:util';
import type { ChangeOf } from './change-kinds.js';
import type { CustomFieldValues } from './custom-fields.js';
import { mergeDefined } from './merge.js';

/**
 * A session of an event: a record of its own, like the event, with custom fields defined at
 * account level (`session_custom_field`). Its code is unique within its event; session
 * registrations point at it by that code.
 */
export interface SessionSnapshot {
  code: string;
  eventCode: string;
  name: string;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  customFields: CustomFieldValues;
}

export type SessionInput = Partial<Omit<SessionSnapshot, 'code' | 'eventCode'>>;

const newSession = (eventCode: string, code: string): SessionSnapshot => ({ code, eventCode, name: code, startsAt: null, endsAt: null, location: null, customFields: {} });

/** The session after an upsert; its custom fields are checked by the caller. Fields left out keep their value. */
export function applySession(existing: SessionSnapshot | null, eventCode: string, code: string, input: SessionInput): SessionSnapshot {
  const base = existing ?? newSession(eventCode, code);
  const merged = mergeDefined<SessionSnapshot>(base, input);
  if (input.customFields) merged.customFields = { ...base.customFields, ...input.customFields };
  return merged;
}

/** A session's record in the change log: unique across the account, as a session registration's is. */
export const sessionSubject = (eventCode: string, code: string) => `${eventCode}/${code}`;

/** `isTest`: the event's, since a session is test data exactly when its event is. */
export function sessionChange(before: SessionSnapshot | null, after: SessionSnapshot, isTest: boolean): SessionChange | null {
  if (before && isDeepStrictEqual(before, after)) return null;
  return {
    kind: before ? 'session.updated' : 'session.created',
    subjectCode: sessionSubject(after.eventCode, after.code),
    eventCode: after.eventCode,
    before,
    after,
    isTest,
  };
}

/** A change to this kind of record, with its snapshots. */
export type SessionChange = ChangeOf<'session.created' | 'session.updated', SessionSnapshot>;
