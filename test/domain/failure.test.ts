import { describe, expect, it } from 'vitest';
import { categoryOfStatus, parseRetryAfter } from '../../src/domain/failure.js';

describe('failure categories', () => {
  it.each([
    [500, 'connection'], [502, 'connection'], [503, 'connection'], [429, 'connection'], [408, 'connection'],
    [401, 'config'], [403, 'config'], [404, 'config'], [501, 'config'],
    [400, 'validation'], [422, 'validation'], [409, 'validation'],
    [405, 'config'], [407, 'config'], [410, 'config'],
    [423, 'connection'], [425, 'connection'], [504, 'connection'], [599, 'connection'],
    [402, 'validation'], [413, 'validation'], [499, 'validation'], [300, 'validation'],
  ])('files HTTP %i under %s', (status, category) => {
    expect(categoryOfStatus(status)).toBe(category);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('reads Retry-After with spaces, a date in the past as now, and nothing as nothing', () => {
    const now = new Date('2026-11-24T10:00:00.400Z');
    expect(parseRetryAfter(' 30 ', now)).toBe(30);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:02 GMT', new Date('2026-11-24T10:00:00.600Z'))).toBe(1);
  });
});
