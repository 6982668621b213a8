const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait after the first failed run, doubling with each further failure up to `MAX_BACKOFF`. */
export const FIRST_BACKOFF = 1 * MINUTE;
export const MAX_BACKOFF = 1 * HOUR;

/**
 * Pure: when a job that failed `failures` runs in a row runs again: not before its schedule's next
 * time, and not before the backoff, so a source that is down is not hammered by a short interval.
 */
export function retryAt(failures: number, scheduled: Date, failedAt: Date): Date {
  const backoff = Math.min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** Math.max(0, failures - 1));
  return new Date(Math.max(scheduled.getTime(), failedAt.getTime() + backoff));
}
