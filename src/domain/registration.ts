import { isDeepStrictEqual } from 'node:util';
import type { RegistrationChange } from './changes.js';
import type { CustomFieldDefinition } from './custom-fields.js';
import { invalidValue, unknownReference } from './errors.js';
import type { EventSnapshot } from './event.js';
import { type ProfileInput, type ProfileSnapshot, applyProfile } from './profile.js';
import { STANDARD_PROPERTY_TAGS } from './tags.js';

export type Answer = string | string[] | null;

export interface RegistrationSnapshot {
  code: string;
  eventCode: string;
  status: string;
  attendeeType: string | null;
  /** The standard "Test" property: a test registration, even in a live event. */
  isTest: boolean;
  /** Standard properties (complete, badge_printed, ...) and the event's custom ones. */
  properties: Record<string, boolean>;
  /** Answers by question code. */
  answers: Record<string, Answer>;
  profile: ProfileSnapshot;
}

export interface RegistrationInput {
  code: string;
  eventCode: string;
  profile: ProfileInput;
  status?: string;
  attendeeType?: string | null;
  isTest?: boolean;
  properties?: Record<string, boolean>;
  answers?: Record<string, Answer>;
}

/** What a registration may refer to in its event: the store loads it, the rules check against it. */
export interface EventContext {
  event: EventSnapshot;
  statuses: ReadonlySet<string>;
  attendeeTypes: ReadonlySet<string>;
  customProperties: ReadonlySet<string>;
  questions: ReadonlySet<string>;
  profileFields: ReadonlyMap<string, CustomFieldDefinition>;
}

export const STANDARD_PROPERTIES: readonly string[] = STANDARD_PROPERTY_TAGS.map((p) => p.code).filter((c) => c !== 'test');

/** A change is test data if the registration is marked Test or its event is a test event. */
export const isTestData = (reg: RegistrationSnapshot, event: EventSnapshot) => reg.isTest || event.isTest;

/** Applies an upsert to the stored registration; checks every reference against the event. */
export function applyRegistration(
  existing: RegistrationSnapshot | null,
  existingProfile: ProfileSnapshot | null,
  input: RegistrationInput,
  ctx: EventContext,
): RegistrationSnapshot {
  if (existing && existing.eventCode !== input.eventCode) {
    throw invalidValue('eventCode', `registration '${input.code}' belongs to event '${existing.eventCode}' and cannot move`);
  }
  const status = input.status ?? existing?.status ?? 'new';
  if (!ctx.statuses.has(status)) throw unknownReference('status', 'registration status', status);
  const attendeeType = input.attendeeType === undefined ? (existing?.attendeeType ?? null) : input.attendeeType;
  if (attendeeType !== null && !ctx.attendeeTypes.has(attendeeType)) {
    throw unknownReference('attendeeType', 'attendee type', attendeeType);
  }
  for (const code of Object.keys(input.properties ?? {})) {
    if (!STANDARD_PROPERTIES.includes(code) && !ctx.customProperties.has(code)) {
      throw unknownReference(`properties/${code}`, 'registration property', code);
    }
  }
  for (const code of Object.keys(input.answers ?? {})) {
    if (!ctx.questions.has(code)) throw unknownReference(`answers/${code}`, 'question', code);
  }
  return {
    code: input.code,
    eventCode: input.eventCode,
    status,
    attendeeType,
    isTest: input.isTest ?? existing?.isTest ?? false,
    properties: { ...existing?.properties, ...input.properties },
    answers: { ...existing?.answers, ...input.answers },
    profile: applyProfile(existingProfile, input.profile, ctx.profileFields),
  };
}

/** The change a write records, or null when it changes nothing. */
export function registrationChange(
  before: RegistrationSnapshot | null,
  after: RegistrationSnapshot,
  event: EventSnapshot,
): RegistrationChange | null {
  if (before && isDeepStrictEqual(before, after)) return null;
  const kind: RegistrationChange['kind'] = !before
    ? 'registration.created'
    : before.status !== after.status
      ? 'registration.status_changed'
      : 'registration.updated';
  return { kind, subjectCode: after.code, eventCode: after.eventCode, before, after, isTest: isTestData(after, event) };
}
