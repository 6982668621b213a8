import type { Clock } from '../../src/domain/clock.js';

/** Where a TestClock starts; also the time of writes a test makes with no clock of its own. */
export const CLOCK_START = '2026-12-01T10:00:00.000Z';

/**
 * A clock the test drives: time moves only when the test advances it, or when something sleeps
 * on it (`autoAdvance`): sleepers then wake one at a time in the order of their wake-up times,
 * the clock reading exactly that time, however loaded the machine is.
 */
export class TestClock implements Clock {
  private t: number;
  private readonly sleepers: { at: number; wake: () => void }[] = [];
  private stepping = false;

  constructor(
    start = Date.parse(CLOCK_START),
    private readonly autoAdvance = true,
  ) {
    this.t = start;
  }

  now(): Date {
    return new Date(this.t);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      this.sleepers.push({ at: this.t + ms, wake });
      this.sleepers.sort((a, b) => a.at - b.at);
      if (this.autoAdvance) this.step();
    });
  }

  /** Moves time on, waking the sleepers due by then. */
  advance(ms: number) {
    this.t += ms;
    while (this.sleepers[0] && this.sleepers[0].at <= this.t) this.sleepers.shift()?.wake();
  }

  /** Wakes the next sleeper on its own turn of the event loop, so each runs on before the next wakes. */
  private step() {
    if (this.stepping) return;
    this.stepping = true;
    setImmediate(() => {
      this.stepping = false;
      const next = this.sleepers.shift();
      if (!next) return;
      this.t = Math.max(this.t, next.at);
      next.wake();
      if (this.sleepers.length) this.step();
    });
  }
}
