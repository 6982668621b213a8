import type { TagObject } from './tags.js';
import { HookflowError } from './errors.js';

/**
 * Catalogue entries: the small taggable definitions registrations, events and sessions point at
 * (sessions themselves are records of their own: src/domain/event-session.ts).
 * One shape (code, name, tags, attributes) and one table serve them all; a kind's spec says
 * where it lives (account or event), which tag object it takes, and what attributes it has.
 */
export type CatalogKind =
  | 'registration_status'
  | 'session_registration_status'
  | 'event_status'
  | 'registration_property'
  | 'attendee_type'
  | 'question'
  | 'event_custom_field'
  | 'session_custom_field'
  | 'profile_custom_field';

export type CatalogScope = 'account' | 'event';

export interface CatalogKindSpec {
  kind: CatalogKind;
  /** The words used in messages: "attendee type 'SPK'". */
  noun: string;
  /** The URL segment: /v1/events/:event/attendee-types/:code. */
  path: string;
  /** Where custom entries are defined. Standard entries always live at account level. */
  scopes: readonly CatalogScope[];
  tagObject: TagObject | null;
  /** Questions take at most one tag: more would send duplicate data downstream. */
  maxTags: number;
  standard: readonly { code: string; name: string }[];
}

const spec = (s: Omit<CatalogKindSpec, 'maxTags' | 'standard'> & Partial<CatalogKindSpec>): CatalogKindSpec => ({
  maxTags: Number.POSITIVE_INFINITY,
  standard: [],
  ...s,
});

export const CATALOG: Record<CatalogKind, CatalogKindSpec> = {
  registration_status: spec({
    kind: 'registration_status',
    noun: 'registration status',
    path: 'registration-statuses',
    scopes: ['account', 'event'],
    tagObject: 'registration_statuses',
    standard: [
      { code: 'new', name: 'New' },
      { code: 'requested_invitation', name: 'Requested Invitation' },
      { code: 'waitlist_hold', name: 'Waitlist Hold' },
      { code: 'invited', name: 'Invited' },
      { code: 'request_denied', name: 'Request Denied' },
      { code: 'invitation_sent', name: 'Invitation Sent' },
      { code: 'registered', name: 'Registered' },
      { code: 'cancelled', name: 'Cancelled' },
    ],
  }),
  session_registration_status: spec({
    kind: 'session_registration_status',
    noun: 'session registration status',
    path: 'session-registration-statuses',
    scopes: ['account'],
    tagObject: 'session_registration_statuses',
    standard: [
      { code: 'registered', name: 'Registered' },
      { code: 'waitlisted', name: 'Waitlisted' },
      { code: 'attended', name: 'Attended' },
      { code: 'cancelled', name: 'Cancelled' },
    ],
  }),
  event_status: spec({
    kind: 'event_status',
    noun: 'event status',
    path: 'event-statuses',
    scopes: ['account'],
    tagObject: 'event_statuses',
    standard: [
      { code: 'planning', name: 'Planning' },
      { code: 'open', name: 'Open' },
      { code: 'closed', name: 'Closed' },
      { code: 'completed', name: 'Completed' },
      { code: 'cancelled', name: 'Cancelled' },
    ],
  }),
  registration_property: spec({
    kind: 'registration_property',
    noun: 'registration property',
    path: 'registration-properties',
    scopes: ['event'],
    tagObject: 'registration_properties',
  }),
  attendee_type: spec({
    kind: 'attendee_type',
    noun: 'attendee type',
    path: 'attendee-types',
    scopes: ['event'],
    tagObject: 'attendee_types',
  }),
  question: spec({
    kind: 'question',
    noun: 'question',
    path: 'questions',
    scopes: ['event'],
    tagObject: 'questions',
    maxTags: 1,
  }),
  // Custom fields of events and sessions take tags (`Touchpoint: Related Link`): a mapping reads a field by its tag.
  event_custom_field: spec({
    kind: 'event_custom_field',
    noun: 'event custom field',
    path: 'event-custom-fields',
    scopes: ['account'],
    tagObject: 'event_custom_fields',
  }),
  session_custom_field: spec({
    kind: 'session_custom_field',
    noun: 'session custom field',
    path: 'session-custom-fields',
    scopes: ['account'],
    tagObject: 'session_custom_fields',
  }),
  profile_custom_field: spec({
    kind: 'profile_custom_field',
    noun: 'profile custom field',
    path: 'profile-custom-fields',
    scopes: ['account'],
    tagObject: null,
  }),
};

export const CATALOG_KINDS = Object.values(CATALOG);

/** A catalogue entry as the API and the flows see it. */
export interface CatalogEntry {
  kind: CatalogKind;
  code: string;
  name: string;
  /** null for account-level entries. */
  eventCode: string | null;
  standard: boolean;
  tags: string[];
  attributes: Record<string, unknown>;
}

/** Rules the JSON schema cannot say: enumerated types need their allowed values. */
export function checkAttributes(kind: CatalogKind, attributes: Record<string, unknown>): void {
  if (!['question', 'event_custom_field', 'session_custom_field', 'profile_custom_field'].includes(kind)) return;
  const type = attributes.type as string | undefined;
  const options = (attributes.options as string[] | undefined) ?? [];
  if (type && type !== 'text' && options.length === 0) {
    throw new HookflowError('HF_INVALID_VALUE', `attributes/options: a ${type} ${CATALOG[kind].noun} needs its allowed values`, 'attributes/options');
  }
  if (type === 'text' && options.length > 0) {
    throw new HookflowError('HF_INVALID_VALUE', `attributes/options: a text ${CATALOG[kind].noun} has no allowed values`, 'attributes/options');
  }
}
