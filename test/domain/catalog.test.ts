import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_KINDS, type CatalogKind, checkAttributes } from '../../src/domain/catalog.js';

const problem = (kind: CatalogKind, attributes: Record<string, unknown>) => {
  try {
    checkAttributes(kind, attributes);
    return null;
  } catch (e) {
    return e as { code: string; field: string; message: string };
  }
};

describe('the catalogue', () => {
  it('has one spec per kind, keyed by its kind', () => {
    expect(CATALOG_KINDS.map((s) => s.kind)).toEqual([
      'registration_status', 'session_registration_status', 'event_status', 'registration_property', 'attendee_type', 'question',
      'event_custom_field', 'session_custom_field', 'profile_custom_field',
    ]);
    for (const [kind, spec] of Object.entries(CATALOG)) expect(spec.kind).toBe(kind);
  });

  it('names each kind, its URL segment, where it is defined and what tags it takes', () => {
    expect(CATALOG_KINDS.map((s) => [s.noun, s.path, s.scopes.join('+'), s.tagObject])).toEqual([
      ['registration status', 'registration-statuses', 'account+event', 'registration_statuses'],
      ['session registration status', 'session-registration-statuses', 'account', 'session_registration_statuses'],
      ['event status', 'event-statuses', 'account', 'event_statuses'],
      ['registration property', 'registration-properties', 'event', 'registration_properties'],
      ['attendee type', 'attendee-types', 'event', 'attendee_types'],
      ['question', 'questions', 'event', 'questions'],
      ['event custom field', 'event-custom-fields', 'account', 'event_custom_fields'],
      ['session custom field', 'session-custom-fields', 'account', 'session_custom_fields'],
      ['profile custom field', 'profile-custom-fields', 'account', null],
    ]);
  });

  it('lets a question take one tag, and anything else any number', () => {
    expect(CATALOG.question.maxTags).toBe(1);
    for (const spec of CATALOG_KINDS.filter((s) => s.kind !== 'question')) expect(spec.maxTags).toBe(Number.POSITIVE_INFINITY);
  });

  it('starts every account with the standard statuses of the guide', () => {
    const codes = (kind: CatalogKind) => CATALOG[kind].standard.map((s) => `${s.code}=${s.name}`);
    expect(codes('registration_status')).toEqual([
      'new=New', 'requested_invitation=Requested Invitation', 'waitlist_hold=Waitlist Hold', 'invited=Invited', 'request_denied=Request Denied',
      'invitation_sent=Invitation Sent', 'registered=Registered', 'cancelled=Cancelled',
    ]);
    expect(codes('session_registration_status')).toEqual(['registered=Registered', 'waitlisted=Waitlisted', 'attended=Attended', 'cancelled=Cancelled']);
    expect(codes('event_status')).toEqual(['planning=Planning', 'open=Open', 'closed=Closed', 'completed=Completed', 'cancelled=Cancelled']);
    for (const kind of ['registration_property', 'attendee_type', 'question', 'event_custom_field', 'session_custom_field', 'profile_custom_field'] as const) {
      expect(CATALOG[kind].standard).toEqual([]);
    }
  });

  it.each(['question', 'event_custom_field', 'session_custom_field', 'profile_custom_field'] as const)('requires the allowed values of an enumerated %s, and none for text', (kind) => {
    const noun = CATALOG[kind].noun;
    expect(problem(kind, { type: 'select' })).toMatchObject({
      code: 'HF_INVALID_VALUE', field: 'attributes/options', message: `attributes/options: a select ${noun} needs its allowed values`,
    });
    expect(problem(kind, { type: 'checkbox', options: [] })?.message).toBe(`attributes/options: a checkbox ${noun} needs its allowed values`);
    expect(problem(kind, { type: 'text', options: ['a'] })).toMatchObject({
      code: 'HF_INVALID_VALUE', field: 'attributes/options', message: `attributes/options: a text ${noun} has no allowed values`,
    });
    expect(problem(kind, { type: 'radio', options: ['a', 'b'] })).toBeNull();
    expect(problem(kind, { type: 'text' })).toBeNull();
    expect(problem(kind, {})).toBeNull();
  });

  it('leaves the attributes of other kinds alone', () => {
    for (const kind of ['registration_status', 'attendee_type', 'event_status', 'registration_property'] as const) {
      expect(problem(kind, { type: 'select' })).toBeNull();
      expect(problem(kind, { type: 'text', options: ['a'] })).toBeNull();
    }
  });
});
