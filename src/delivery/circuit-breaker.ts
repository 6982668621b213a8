import type { BreakerOptions } from '../config.js';

/** A breaker opening (its target paused) or closing again (resumed). */
export type BreakerTransition = 'opened' | 'closed';

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

  /**
   * An attempt's result: `reached` is false when the target could not be reached or was unwell.
   * Says when it paused the target (`opened`) or a probe got through (`closed`), for whoever tells of it.
   */
  record(key: string, reached: boolean, now: number): BreakerTransition | null {
    const s = this.states.get(key);
    if (reached) {
      this.states.delete(key);
      return s?.kind === 'open' ? 'closed' : null;
    }
    if (!s || s.kind === 'open') {
      this.states.set(key, s?.kind === 'open' ? { kind: 'open', nextProbe: now + this.o.probeEvery, probing: false } : { kind: 'closed', failures: 1, since: now });
      return null;
    }
    s.failures++;
    if (s.failures < this.o.failures || now - s.since < this.o.sustained) return null;
    this.states.set(key, { kind: 'open', nextProbe: now + this.o.probeEvery, probing: false });
    return 'opened';
  }

  /** The targets failing now (their allowance may be less than their free slots). */
  failing(): string[] {
    return [...this.states.keys()];
  }

  isOpen(key: string) {
    return this.states.get(key)?.kind === 'open';
  }
}
