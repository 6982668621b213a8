import { describe, expect, it } from 'vitest';
import { PROFILE_STANDARD_FIELDS, applyProfile } from '../../src/domain/profile.js';
import { joeProfile } from './fixtures.js';

const defs = new Map([['tshirt', { code: 'tshirt', type: 'radio' as const, options: ['S', 'M', 'L'] }], ['bio', { code: 'bio', type: 'text' as const, options: [] }]]);

describe('applying a profile upsert', () => {
  it('starts a new profile with every standard field empty', () => {
    expect(PROFILE_STANDARD_FIELDS).toHaveLength(12);
    const fresh = applyProfile(null, { code: 'P-9', email: 'ann@example.com' }, defs);
    expect(fresh).toEqual({ code: 'P-9', customFields: {}, ...Object.fromEntries(PROFILE_STANDARD_FIELDS.map((f) => [f, f === 'email' ? 'ann@example.com' : null])) });
  });

  it('keeps the fields and custom fields an update does not send, and clears those sent as null', () => {
    const stored = joeProfile({ customFields: { tshirt: 'M', bio: 'Hi' } });
    expect(applyProfile(stored, { code: 'P-1' }, defs)).toEqual(stored);
    expect(applyProfile(stored, { code: 'P-1', position: null, customFields: { bio: 'Hello' } }, defs)).toEqual(
      joeProfile({ position: null, customFields: { tshirt: 'M', bio: 'Hello' } }),
    );
  });

  it('checks custom fields, naming the field under the given path', () => {
    const attempt = (field?: string) => () => applyProfile(null, { code: 'P-9', customFields: { tshirt: 'XXL' } }, defs, field);
    expect(attempt()).toThrow(expect.objectContaining({
      code: 'HF_INVALID_VALUE', field: 'profile/customFields/tshirt', message: "profile/customFields/tshirt: 'XXL' is not one of the allowed values (S, M, L)",
    }));
    expect(attempt('rows/3/profile')).toThrow(/^rows\/3\/profile\/customFields\/tshirt: /);
  });
});
