import { describe, expect, it } from 'vitest';
import { retryAt } from '../../../src/domain/fetch/backoff.js';
import { advanceCheckpoint } from '../../../src/domain/fetch/checkpoint.js';
import { nextRunAt } from '../../../src/domain/fetch/schedule.js';
import { fillTemplate, unknownPlaceholders } from '../../../src/domain/fetch/template.js';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

describe('fetch rules', () => {
  it('moves a checkpoint to the greatest value among the records: numbers by value, times in order, never back', () => {
    const rule = { initial: '', from: 'records' as const, path: 'v' };
    expect(advanceCheckpoint(rule, '9', { body: {}, records: [{ v: 10 }, { v: 9.5 }] })).toBe('10');
    expect(advanceCheckpoint(rule, '2026-01-02T00:00:00Z', { body: {}, records: [{ v: '2026-01-03T00:00:00Z' }, { v: '2025-12-31T00:00:00Z' }] })).toBe('2026-01-03T00:00:00Z');
    expect(advanceCheckpoint(rule, '2026-01-05', { body: {}, records: [{ v: '2026-01-03' }, {}] })).toBe('2026-01-05');
  });

  it("moves a checkpoint to the body's value when it has one", () => {
    const rule = { initial: '', from: 'body' as const, path: 'meta.until' };
    expect(advanceCheckpoint(rule, 'a', { body: { meta: { until: 'b' } }, records: [] })).toBe('b');
    expect(advanceCheckpoint(rule, 'a', { body: { meta: {} }, records: [] })).toBe('a');
  });

  it('schedules by interval or by cron, in UTC', () => {
    expect(nextRunAt({ every: 90 }, at('2026-12-01T10:00:00Z')).toISOString()).toBe('2026-12-01T10:01:30.000Z');
    expect(nextRunAt({ cron: '0 3 * * *' }, at('2026-12-01T10:00:00Z')).toISOString()).toBe('2026-12-02T03:00:00.000Z');
  });

  it('backs off a failing job from a minute, doubling to an hour, unless its schedule is later', () => {
    const failed = at('2026-12-01T10:00:00Z');
    const soon = at('2026-12-01T10:00:10Z');
    expect([1, 2, 3, 10].map((n) => retryAt(n, soon, failed).getTime() - failed.getTime())).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 60 * MINUTE]);
    expect(retryAt(1, at('2026-12-01T12:00:00Z'), failed).toISOString()).toBe('2026-12-01T12:00:00.000Z');
  });

  it('fills placeholders percent-encoded in a URL and JSON-escaped in a body, and names unknown ones', () => {
    const values = { checkpoint: '2026-01-01T00:00:00+01:00', page: '2', offset: '0', limit: '10', cursor: 'a"b' };
    expect(fillTemplate('https://x/?since={{checkpoint}}&p={{ page }}', values, 'url')).toBe('https://x/?since=2026-01-01T00%3A00%3A00%2B01%3A00&p=2');
    expect(fillTemplate('{"cursor":"{{cursor}}"}', values, 'json')).toBe('{"cursor":"a\\"b"}');
    expect(unknownPlaceholders('{{page}} {{since}} {{ Cursor }}')).toEqual(['since', 'Cursor']);
  });
});
