import { describe, expect, it } from 'vitest';
import { mergeDefined } from '../../src/domain/merge.js';

describe('merging an upsert', () => {
  const base = { name: 'Summit', location: 'Lisbon', tags: ['Roadshow'] as string[] | null };

  it('keeps a field left out, or sent as undefined', () => {
    expect(mergeDefined(base, { name: 'Summit 2026', location: undefined })).toEqual({ name: 'Summit 2026', location: 'Lisbon', tags: ['Roadshow'] });
  });

  it('clears a field sent as null, and keeps falsy values as sent', () => {
    expect(mergeDefined(base, { tags: null, location: '' })).toEqual({ name: 'Summit', location: '', tags: null });
  });

  it('returns a new object and leaves the base as it was', () => {
    const out = mergeDefined(base, { name: 'Other' });
    expect(out).not.toBe(base);
    expect(base.name).toBe('Summit');
  });
});
