import { describe, expect, it } from 'vitest';
import { RETRY_SCHEDULE, nextRetry } from '../../src/delivery/retry-policy.js';

const noJitter = { random: () => 0.5 };

describe('retry policy', () => {
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

  it('honours Retry-After, capped at an hour', () => {
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 600 }, 0, noJitter)).toEqual({ retry: true, delay: 600_000 });
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 86_400 }, 0, noJitter)).toEqual({ retry: true, delay: 3_600_000 });
  });

  it('can run the whole schedule faster (scale), for demos and tests', () => {
    expect(nextRetry({ category: 'connection', message: '503' }, 0, { ...noJitter, scale: 0.001 })).toEqual({ retry: true, delay: 30 });
  });

  it.each([
    ['system', [10_000, 60_000, 300_000]],
    ['config', [60_000, 300_000, 900_000]],
    ['connection', [30_000, 300_000, 1_800_000]],
    ['platform_api', [300_000, 1_800_000, 7_200_000]],
  ] as const)('waits, for a %s failure, the steps of its row in turn', (category, steps) => {
    expect([0, 1, 2].map((n) => nextRetry({ category, message: 'x' }, n, noJitter))).toEqual(steps.map((delay) => ({ retry: true, delay })));
    expect(RETRY_SCHEDULE[category]).toEqual(steps);
  });

  it('keeps to the last step of its row when more retries are allowed than the row has', () => {
    expect(nextRetry({ category: 'platform_api', message: 'x' }, 5, { ...noJitter, maxRetries: 8 })).toEqual({ retry: true, delay: 7_200_000 });
    expect(nextRetry({ category: 'system', message: 'x' }, 3, { ...noJitter, maxRetries: 4 })).toEqual({ retry: true, delay: 300_000 });
  });

  it('spreads every step by at most 20% either way', () => {
    const failure = { category: 'platform_api' as const, message: 'x' };
    expect(nextRetry(failure, 2, { random: () => 0 })).toEqual({ retry: true, delay: 5_760_000 });
    expect(nextRetry(failure, 2, { random: () => 1 })).toEqual({ retry: true, delay: 8_640_000 });
    expect(nextRetry(failure, 1, { random: () => 0.25 })).toEqual({ retry: true, delay: 1_620_000 });
  });

  it('gives up at the limit of retries, and retries up to it', () => {
    const failure = { category: 'connection' as const, message: '503' };
    expect(nextRetry(failure, 0, { ...noJitter, maxRetries: 0 })).toEqual({ retry: false, why: 'retries_exhausted' });
    expect(nextRetry(failure, 4, { ...noJitter, maxRetries: 5 })).toEqual({ retry: true, delay: 1_800_000 });
    expect(nextRetry({ category: 'validation', message: 'x' }, 9)).toEqual({ retry: false, why: 'not_retryable' });
  });

  it('waits its own delay when Retry-After asks for less, and scales what Retry-After asks for', () => {
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 5 }, 0, noJitter)).toEqual({ retry: true, delay: 30_000 });
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 0 }, 0, noJitter)).toEqual({ retry: true, delay: 30_000 });
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 3600 }, 0, noJitter)).toEqual({ retry: true, delay: 3_600_000 });
    expect(nextRetry({ category: 'connection', message: '429', retryAfter: 600 }, 0, { ...noJitter, scale: 0.01 })).toEqual({ retry: true, delay: 6000 });
  });

});
