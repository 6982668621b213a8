/**
 * The insights' periods: "the last 15 minutes, 1 hour or 4 hours, or a number of days" (the
 * guide), or any from-to. Figures are read from rollups counted per minute, hour and day, so a
 * period is whole minutes: `from` rounds down and `to` up, and the period the figures cover is
 * returned with them (the drill-downs list exactly that period, so the count shown and the records
 * listed agree). A period splits into whole days, then whole hours, then minutes at its edges.
 */
export const GRAINS = ['minute', 'hour', 'day', 'total'] as const;
export type Grain = (typeof GRAINS)[number];

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const GRAIN_MS: Record<Exclude<Grain, 'total'>, number> = { minute: MINUTE, hour: HOUR, day: DAY };

/** The longest period the figures cover: the history kept (the guide's 30 days), and a little more. */
export const MAX_PERIOD_DAYS = 31;

export const LAST = ['15m', '1h', '4h'] as const;
export type Last = (typeof LAST)[number] | `${number}d`;

export interface Period {
  from: Date;
  to: Date;
}

const LAST_MS: Record<(typeof LAST)[number], number> = { '15m': 15 * MINUTE, '1h': HOUR, '4h': 4 * HOUR };

export function lastPeriod(last: Last, now: Date): Period {
  const to = ceilTo(now.getTime() + 1, MINUTE);
  const span = last in LAST_MS ? LAST_MS[last as keyof typeof LAST_MS] : Number.parseInt(last, 10) * DAY;
  return { from: new Date(to - span), to: new Date(to) };
}

/** A from-to period in whole minutes (`to` exclusive). */
export const wholeMinutes = (from: Date, to: Date): Period => ({ from: new Date(floorTo(from.getTime(), MINUTE)), to: new Date(ceilTo(to.getTime(), MINUTE)) });

export const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;
const ceilTo = (ms: number, step: number) => Math.ceil(ms / step) * step;

/** The bucket a moment falls in, for a grain: its start, as ISO text ('' for the total). */
export function bucketOf(grain: Grain, at: string | Date): string {
  if (grain === 'total') return '';
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(floorTo(ms, GRAIN_MS[grain])).toISOString();
}

/** A run of buckets of one grain: those starting at or after `from` and before `to`. */
export interface BucketRange {
  grain: Exclude<Grain, 'total'>;
  from: string;
  to: string;
}

/** The period as the fewest buckets: whole days in the middle, whole hours beside them, minutes at the edges. */
export function bucketRanges(p: Period): BucketRange[] {
  const ranges: BucketRange[] = [];
  const split = (from: number, to: number, grains: Exclude<Grain, 'total'>[]) => {
    const [grain, ...finer] = grains;
    if (from >= to || !grain) return;
    const size = GRAIN_MS[grain];
    const [start, end] = [ceilTo(from, size), floorTo(to, size)];
    if (finer.length === 0 || start >= end) {
      if (finer.length === 0) ranges.push({ grain, from: iso(from), to: iso(to) });
      else split(from, to, finer);
      return;
    }
    split(from, start, finer);
    ranges.push({ grain, from: iso(start), to: iso(end) });
    split(end, to, finer);
  };
  split(p.from.getTime(), p.to.getTime(), ['day', 'hour', 'minute']);
  return ranges;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** How finely a series over the period is drawn: about 15 to 100 points, on a grain the rollups hold. */
export function seriesStep(p: Period): { grain: Exclude<Grain, 'total'>; stepMs: number } {
  const span = p.to.getTime() - p.from.getTime();
  if (span <= 2 * HOUR) return { grain: 'minute', stepMs: MINUTE };
  if (span <= 8 * HOUR) return { grain: 'minute', stepMs: 5 * MINUTE };
  if (span <= 4 * DAY) return { grain: 'hour', stepMs: HOUR };
  if (span <= 8 * DAY) return { grain: 'hour', stepMs: 2 * HOUR };
  return { grain: 'day', stepMs: DAY };
}
