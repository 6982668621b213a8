import { isDeepStrictEqual } from 'node:util';
import type { ChangeOf } from './change-kinds.js';
import type { CustomFieldDefinition } from './custom-fields.js';
import { HookflowError, invalidValue, unknownReference } from './errors.js';
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
  /** The key:value tags postbacks attached (the latest value of each key), once one has: mapping sources and filter fields `postback.<key>`. */
  postback?: Record<string, string>;
}

/**
 * What a client sends. Creating a registration takes its event and its profile's code; an update
 * may leave out any field, which keeps its value (the event and the person included).
 */
export interface RegistrationInput {
  code: string;
  eventCode?: string;
  /** A different code moves the registration to that person; without one, the current person is updated. */
  profile?: Partial<ProfileInput>;
  status?: string;
  attendeeType?: string | null;
  isTest?: boolean;
  properties?: Record<string, boolean>;
  answers?: Record<string, Answer>;
  /** Tags of a postback (never from the API): merged into those attached before. */
  postback?: Record<string, string>;
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

/** An input with the event and the person it is about: as sent, or else the stored registration's. */
export type ResolvedRegistrationInput = RegistrationInput & { eventCode: string; profile: ProfileInput };

/** Fills in what an update leaves out; a new registration must say it, or is refused naming each missing field. */
export function resolveRegistrationInput(existing: RegistrationSnapshot | null, input: RegistrationInput): ResolvedRegistrationInput {
  const eventCode = input.eventCode ?? existing?.eventCode;
  const profileCode = input.profile?.code ?? existing?.profile.code;
  if (eventCode === undefined || profileCode === undefined) {
    const missing = [eventCode === undefined && 'eventCode', profileCode === undefined && (input.profile ? 'profile/code' : 'profile')].filter((f) => f !== false);
    const message = `registration '${input.code}' is new: ${missing.map((f) => `${f} is required`).join('; ')}`;
    throw new HookflowError('HF_BAD_REQUEST', message, missing[0]);
  }
  return { ...input, eventCode, profile: { ...input.profile, code: profileCode } };
}

/** Applies an upsert to the stored registration; checks every reference against the event. */
export function applyRegistration(
  existing: RegistrationSnapshot | null,
  existingProfile: ProfileSnapshot | null,
  input: ResolvedRegistrationInput,
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
    // Absent until a postback attaches tags, so that the snapshots of registrations without any stay as they were.
    ...(existing?.postback || input.postback ? { postback: { ...existing?.postback, ...input.postback } } : {}),
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

/** A change to this kind of record, with its snapshots. */
export type RegistrationChange = ChangeOf<'registration.created' | 'registration.updated' | 'registration.status_changed', RegistrationSnapshot>;
