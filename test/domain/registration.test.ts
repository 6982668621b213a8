import { describe, expect, it } from 'vitest';
import { HookflowError } from '../../src/domain/errors.js';
import { type ResolvedRegistrationInput, STANDARD_PROPERTIES, applyRegistration, isTestData, registrationChange } from '../../src/domain/registration.js';
import { joeAtSummit, joeProfile, summit, summitContext } from './fixtures.js';

const input = (extra: Partial<ResolvedRegistrationInput> = {}): ResolvedRegistrationInput => ({ code: 'R-1', eventCode: 'SUMMIT', profile: { code: 'P-1' }, ...extra });
const apply = (extra: Partial<ResolvedRegistrationInput>, existing = joeAtSummit()) => applyRegistration(existing, existing.profile, input(extra), summitContext());
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof HookflowError ? { code: e.code, field: e.field, message: e.message } : e;
  }
  throw new Error('expected a refusal');
};

describe('applying a registration upsert', () => {
  it('starts a new registration as New, live, without attendee type, properties or answers', () => {
    const reg = applyRegistration(null, null, input({ profile: { code: 'P-9', firstName: 'Ann' } }), summitContext());
    expect(reg).toEqual({
      code: 'R-1', eventCode: 'SUMMIT', status: 'new', attendeeType: null, isTest: false, properties: {}, answers: {},
      profile: expect.objectContaining({ code: 'P-9', firstName: 'Ann', lastName: null, customFields: {} }),
    });
  });

  it('keeps every field an update leaves out', () => {
    expect(apply({})).toEqual(joeAtSummit());
  });

  it('keeps the test flag when it is not sent, and clears it when sent as false', () => {
    expect(apply({}, joeAtSummit({ isTest: true })).isTest).toBe(true);
    expect(apply({ isTest: false }, joeAtSummit({ isTest: true })).isTest).toBe(false);
    expect(apply({ isTest: true }).isTest).toBe(true);
  });

  it('clears the attendee type sent as null, and changes it when sent', () => {
    expect(apply({ attendeeType: null }).attendeeType).toBeNull();
    expect(apply({ attendeeType: 'ATT' }).attendeeType).toBe('ATT');
  });

  it('merges properties and answers: the ones not sent keep their values', () => {
    const reg = apply({ properties: { vip_dinner: true }, answers: { topics: ['AI'] } });
    expect(reg.properties).toEqual({ complete: true, vip_dinner: true });
    expect(reg.answers).toEqual({ diet: 'Vegan', topics: ['AI'] });
    expect(apply({ properties: { complete: false }, answers: { diet: null } })).toMatchObject({ properties: { complete: false }, answers: { diet: null } });
  });

  it('applies the profile part to the stored profile', () => {
    expect(apply({ profile: { code: 'P-1', position: 'CEO', customFields: { tshirt: 'L' } } }).profile).toEqual(
      joeProfile({ position: 'CEO', customFields: { tshirt: 'L' } }),
    );
  });

  it('refuses to move a registration to another event', () => {
    expect(refusal(() => apply({ eventCode: 'OTHER' }))).toEqual({
      code: 'HF_INVALID_VALUE', field: 'eventCode', message: "eventCode: registration 'R-1' belongs to event 'SUMMIT' and cannot move",
    });
  });

  it('refuses a status, attendee type, property or question the event does not have, naming the field', () => {
    expect(refusal(() => apply({ status: 'postponed' }))).toEqual({
      code: 'HF_UNKNOWN_REFERENCE', field: 'status', message: "status: registration status 'postponed' does not exist",
    });
    expect(refusal(() => apply({ attendeeType: 'EXH' }))).toEqual({
      code: 'HF_UNKNOWN_REFERENCE', field: 'attendeeType', message: "attendeeType: attendee type 'EXH' does not exist",
    });
    expect(refusal(() => apply({ properties: { parking: true } }))).toEqual({
      code: 'HF_UNKNOWN_REFERENCE', field: 'properties/parking', message: "properties/parking: registration property 'parking' does not exist",
    });
    expect(refusal(() => apply({ answers: { shoe: '42' } }))).toEqual({
      code: 'HF_UNKNOWN_REFERENCE', field: 'answers/shoe', message: "answers/shoe: question 'shoe' does not exist",
    });
  });

  it('checks the stored status and attendee type too, when the event no longer has them', () => {
    expect(refusal(() => apply({}, joeAtSummit({ status: 'waitlisted' })))).toMatchObject({ field: 'status' });
    expect(refusal(() => apply({}, joeAtSummit({ attendeeType: 'EXH' })))).toMatchObject({ field: 'attendeeType' });
  });

  it('accepts the standard properties in every event, but Test only as the test flag', () => {
    expect(STANDARD_PROPERTIES).toEqual(['complete', 'badge_printed', 'on_to_do_list', 'invoice_generated']);
    expect(apply({ properties: { complete: true, badge_printed: true, on_to_do_list: false, invoice_generated: true } }).properties).toMatchObject({
      badge_printed: true, on_to_do_list: false, invoice_generated: true,
    });
    expect(refusal(() => apply({ properties: { test: true } }))).toMatchObject({ field: 'properties/test' });
  });

  it('checks profile custom fields under the profile', () => {
    expect(refusal(() => apply({ profile: { code: 'P-1', customFields: { tshirt: 'XXL' } } }))).toMatchObject({
      code: 'HF_INVALID_VALUE', field: 'profile/customFields/tshirt',
    });
  });
});

describe('the change a registration write records', () => {
  const event = summit();

  it('records nothing when the registration is unchanged', () => {
    expect(registrationChange(joeAtSummit(), joeAtSummit(), event)).toBeNull();
  });

  it('records a creation with no before snapshot', () => {
    expect(registrationChange(null, joeAtSummit(), event)).toEqual({
      kind: 'registration.created', subjectCode: 'R-1', eventCode: 'SUMMIT', before: null, after: joeAtSummit(), isTest: false,
    });
  });

  it('records a status change when the status differs, and an update otherwise', () => {
    const cancelled = joeAtSummit({ status: 'cancelled' });
    expect(registrationChange(joeAtSummit(), cancelled, event)).toMatchObject({ kind: 'registration.status_changed', before: joeAtSummit(), after: cancelled });
    expect(registrationChange(joeAtSummit(), joeAtSummit({ answers: { diet: 'None' } }), event)?.kind).toBe('registration.updated');
    expect(registrationChange(joeAtSummit(), joeAtSummit({ profile: joeProfile({ position: 'CEO' }) }), event)?.kind).toBe('registration.updated');
  });

  it('marks the change as test data when the registration is Test or its event is a test event', () => {
    expect(registrationChange(null, joeAtSummit({ isTest: true }), event)?.isTest).toBe(true);
    expect(registrationChange(null, joeAtSummit(), summit({ isTest: true }))?.isTest).toBe(true);
    expect(isTestData(joeAtSummit(), event)).toBe(false);
    expect(isTestData(joeAtSummit({ isTest: true }), summit({ isTest: true }))).toBe(true);
  });
});
