/**
 * Time, injected: the store's timestamps, the workers' schedules, leases and pacing all read it,
 * so tests drive a clock of their own instead of sleeping.
 */
export interface Clock {
  now(): Date;
  /** Resolves `ms` milliseconds from now, by this clock. */
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
