import { describe, expect, it } from 'vitest';
import { bucketRanges, lastPeriod, seriesStep, wholeMinutes } from '../../src/domain/period.js';

const at = (iso: string) => new Date(iso);

describe('the insights’ periods', () => {
  it('the last 15 minutes run to the end of the current minute', () => {
    expect(lastPeriod('15m', at('2026-12-01T10:07:30Z'))).toEqual({ from: at('2026-12-01T09:53:00Z'), to: at('2026-12-01T10:08:00Z') });
    expect(lastPeriod('2d', at('2026-12-01T10:07:00Z')).from).toEqual(at('2026-11-29T10:08:00Z'));
  });

  it('any from-to is rounded out to whole minutes', () => {
    expect(wholeMinutes(at('2026-12-01T10:07:30Z'), at('2026-12-01T10:09:01Z'))).toEqual({ from: at('2026-12-01T10:07:00Z'), to: at('2026-12-01T10:10:00Z') });
  });

  it('a period splits into whole days, then whole hours beside them, then minutes at the edges', () => {
    expect(bucketRanges({ from: at('2026-11-29T22:58:00Z'), to: at('2026-12-01T01:02:00Z') })).toEqual([
      { grain: 'minute', from: '2026-11-29T22:58:00.000Z', to: '2026-11-29T23:00:00.000Z' },
      { grain: 'hour', from: '2026-11-29T23:00:00.000Z', to: '2026-11-30T00:00:00.000Z' },
      { grain: 'day', from: '2026-11-30T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
      { grain: 'hour', from: '2026-12-01T00:00:00.000Z', to: '2026-12-01T01:00:00.000Z' },
      { grain: 'minute', from: '2026-12-01T01:00:00.000Z', to: '2026-12-01T01:02:00.000Z' },
    ]);
  });

  it('a short period is minutes only', () => {
    expect(bucketRanges({ from: at('2026-12-01T10:05:00Z'), to: at('2026-12-01T10:20:00Z') })).toEqual([{ grain: 'minute', from: '2026-12-01T10:05:00.000Z', to: '2026-12-01T10:20:00.000Z' }]);
  });

  it('series are drawn on a step that fits the period', () => {
    const span = (hours: number) => seriesStep({ from: at('2026-12-01T00:00:00Z'), to: new Date(Date.parse('2026-12-01T00:00:00Z') + hours * 3600_000) });
    expect(span(0.25)).toEqual({ grain: 'minute', stepMs: 60_000 });
    expect(span(4)).toEqual({ grain: 'minute', stepMs: 300_000 });
    expect(span(24)).toEqual({ grain: 'hour', stepMs: 3600_000 });
    expect(span(30 * 24)).toEqual({ grain: 'day', stepMs: 86_400_000 });
  });
});
