import { Cron } from 'croner';
import type { Schedule } from './job.js';

const SECOND = 1000;

/** Pure: when a job runs next after a run that ended at `after` (cron in UTC). */
export function nextRunAt(schedule: Schedule, after: Date): Date {
  if ('every' in schedule) return new Date(after.getTime() + schedule.every * SECOND);
  const next = new Cron(schedule.cron, { timezone: 'UTC', paused: true }).nextRun(after);
  // A valid expression with no next time (a date long past) never runs again: far off, not at once.
  return next ?? new Date(8.64e15);
}

/** Why a cron expression cannot be used, or null. */
export function cronProblem(expression: string): string | null {
  try {
    new Cron(expression, { timezone: 'UTC', paused: true });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
