import { describe, expect, it } from 'vitest';
import { categoryOfStatus, parseRetryAfter } from '../../src/domain/failure.js';
import { RETRY_SCHEDULE, nextRetry } from '../../src/delivery/retry-policy.js';

const noJitter = { random: () => 0.5 };

describe('retry policy', () => {
  it.each([
    [500, 'connection'], [502, 'connection'], [503, 'connection'], [429, 'connection'], [408, 'connection'],
    [401, 'config'], [403, 'config'], [404, 'config'], [501, 'config'],
    [400, 'validation'], [422, 'validation'], [409, 'validation'],
  ])('files HTTP %i under %s', (status, category) => {
    expect(categoryOfStatus(status)).toBe(category);
  });

  it('never retries a validation failure', () => {
    expect(nextRetry({ category: 'validation', message: 'Email is required' }, 0)).toEqual({ retry: false, why: 'not_retryable' });
  });

  it('retries three times by default, then gives up', () => {
    const failure = { category: 'connection' as const, message: '503' };
    expect([0, 1, 2].map((n) => nextRetry(failure, n, noJitter))).toEqual(RETRY_SCHEDULE.connection.map((delay) => ({ retry: true, delay })));
    expect(nextRetry(failure, 3, noJitter)).toEqual({ retry: false, why: 'retries_exhausted' });
    expect(nextRetry(failure, 5, { ...noJitter, maxRetries: 5 })).toEqual({ retry: false, why: 'retries_exhausted' });
  });

  it('comes back sooner for the more serious reasons, as the guide says', () => {
    const first = (category: 'system' | 'config' | 'connection' | 'platform_api') => RETRY_SCHEDULE[category][0] as number;
    expect(first('system')).toBeLessThan(first('config'));
    expect(first('config')).toBeGreaterThan(first('connection') / 2);
  });

  it('spreads retries with ±20% jitter', () => {
    const failure = { category: 'system' as const, message: 'x' };
    const low = nextRetry(failure, 0, { random: () => 0 });
    const high = nextRetry(failure, 0, { random: () => 0.999999 });
    expect(low).toEqual({ retry: true, delay: 8000 });
    expect(high.retry && high.delay).toBe(12000);
  });

  it('honours Retry-After, in seconds or as a date, capped at an hour', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 600 }, 0, noJitter)).toEqual({ retry: true, delay: 600_000 });
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 86_400 }, 0, noJitter)).toEqual({ retry: true, delay: 3_600_000 });
  });

  it('can run the whole schedule faster (scale), for demos and tests', () => {
    expect(nextRetry({ category: 'connection', message: '503' }, 0, { ...noJitter, scale: 0.001 })).toEqual({ retry: true, delay: 30 });
  });
});
