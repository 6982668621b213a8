import type { BreakerOptions } from '../config.js';

type State = { kind: 'closed'; failures: number; since: number } | { kind: 'open'; nextProbe: number; probing: boolean };

/**
 * A circuit breaker per target. A target failing every attempt for a sustained time is paused:
 * its deliveries wait (their retries are not burned) while one probe at a time checks whether it
 * is back. Pure: the clock is passed in.
 */
export class CircuitBreakers {
  private readonly states = new Map<string, State>();

  constructor(private readonly o: BreakerOptions) {}

  /** How many requests the target may take now, given `free` slots. */
  allowance(key: string, free: number, now: number): number {
    const s = this.states.get(key);
    if (!s || s.kind === 'closed') return free;
    return !s.probing && now >= s.nextProbe ? Math.min(1, free) : 0;
  }

  /** A request to the target starts: while open, it is the probe. */
  started(key: string) {
    const s = this.states.get(key);
    if (s?.kind === 'open') s.probing = true;
  }

  /** An attempt's result: `reached` is false when the target could not be reached or was unwell. */
  record(key: string, reached: boolean, now: number) {
    const s = this.states.get(key);
    if (reached) {
      this.states.delete(key);
      return;
    }
    if (!s || s.kind === 'open') {
      this.states.set(key, s?.kind === 'open' ? { kind: 'open', nextProbe: now + this.o.probeEvery, probing: false } : { kind: 'closed', failures: 1, since: now });
      return;
    }
    s.failures++;
    if (s.failures >= this.o.failures && now - s.since >= this.o.sustained) {
      this.states.set(key, { kind: 'open', nextProbe: now + this.o.probeEvery, probing: false });
    }
  }

  /** The targets failing now (their allowance may be less than their free slots). */
  failing(): string[] {
    return [...this.states.keys()];
  }

  isOpen(key: string) {
    return this.states.get(key)?.kind === 'open';
  }
}
