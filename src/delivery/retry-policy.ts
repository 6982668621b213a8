import type { Failure, FailureCategory } from '../domain/failure.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * When to try a failed action again. The guide: "the more serious the reason, the sooner the
 * retry". Our own faults (system) come back soonest; problems a person fixes here (config) next,
 * so a fix is picked up quickly; a target's outage (connection) gets room to recover; missing
 * source data (platform_api) waits longest. Validation failures are never retried.
 */
export const RETRY_SCHEDULE: Record<Exclude<FailureCategory, 'validation'>, readonly number[]> = {
  system: [10 * SECOND, 1 * MINUTE, 5 * MINUTE],
  config: [1 * MINUTE, 5 * MINUTE, 15 * MINUTE],
  connection: [30 * SECOND, 5 * MINUTE, 30 * MINUTE],
  platform_api: [5 * MINUTE, 30 * MINUTE, 2 * HOUR],
};

export const DEFAULT_MAX_RETRIES = 3;
/** Retry-After is honoured up to this; a target asking for days is treated as down. */
const MAX_RETRY_AFTER = 1 * HOUR;
const JITTER = 0.2;

export type RetryDecision = { retry: true; delay: number } | { retry: false; why: 'not_retryable' | 'retries_exhausted' };

/**
 * `retriesSoFar` automatic retries have happened; `scale` shrinks the schedule (tests, demos);
 * `random` is injected so tests can pin the jitter.
 */
export function nextRetry(
  failure: Failure,
  retriesSoFar: number,
  { maxRetries = DEFAULT_MAX_RETRIES, scale = 1, random = Math.random }: { maxRetries?: number; scale?: number; random?: () => number } = {},
): RetryDecision {
  if (failure.category === 'validation') return { retry: false, why: 'not_retryable' };
  if (retriesSoFar >= maxRetries) return { retry: false, why: 'retries_exhausted' };
  const steps = RETRY_SCHEDULE[failure.category];
  const base = steps[Math.min(retriesSoFar, steps.length - 1)] as number;
  const jittered = base * (1 - JITTER + 2 * JITTER * random());
  const asked = failure.retryAfter !== undefined ? Math.min(failure.retryAfter * SECOND, MAX_RETRY_AFTER) : 0;
  return { retry: true, delay: Math.round(Math.max(jittered, asked) * scale) };
}
