import type { Db } from '../store/schema.js';
import { LIMITS } from '../connections/model.js';

const SECOND = 1000;

export interface Limits {
  maxConcurrent: number;
  requestsPerSecond: number | null;
  maxRetries: number;
}

const DEFAULTS: Limits = { maxConcurrent: LIMITS.maxConcurrent, requestsPerSecond: null, maxRetries: LIMITS.maxRetries };

/**
 * Every connection's delivery limits, re-read at most once a second (an edit applies within it),
 * and the pacing of requests for those with a requests-per-second limit.
 */
export class ConnectionLimits {
  private limits = new Map<string, Limits>();
  private loadedAt = 0;
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly db: Db) {}

  async refresh(now = Date.now()) {
    if (now - this.loadedAt < SECOND) return;
    const rows = await this.db.selectFrom('connections').select(['account_id', 'name', 'settings']).execute();
    this.limits = new Map(
      rows.map((r) => {
        const s = JSON.parse(r.settings) as Partial<Limits>;
        return [`${r.account_id}/${r.name}`, { ...DEFAULTS, ...Object.fromEntries(Object.entries(s).filter(([k, v]) => k in DEFAULTS && v !== undefined)) } as Limits];
      }),
    );
    this.loadedAt = now;
  }

  of(key: string): Limits {
    return this.limits.get(key) ?? DEFAULTS;
  }

  /** What a connection without settings of its own gets. */
  readonly defaults: Limits = DEFAULTS;

  /** The connections with limits of their own (the others have the defaults). */
  custom(): string[] {
    return [...this.limits].filter(([, l]) => l.maxConcurrent !== DEFAULTS.maxConcurrent).map(([key]) => key);
  }

  /** Milliseconds to wait before the next request to `key`, reserving that moment for it. */
  pace(key: string, now = Date.now()): number {
    const rps = this.of(key).requestsPerSecond;
    if (!rps) return 0;
    const at = Math.max(now, this.nextSlot.get(key) ?? 0);
    this.nextSlot.set(key, at + SECOND / rps);
    return at - now;
  }
}
