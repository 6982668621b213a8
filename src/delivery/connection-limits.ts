import { LIMITS } from '../connections/model.js';
import type { Db } from '../store/schema.js';

const SECOND = 1000;

export interface Limits {
  maxConcurrent: number;
  requestsPerSecond: number | null;
  maxRetries: number;
}

const DEFAULTS: Limits = { maxConcurrent: LIMITS.maxConcurrent, requestsPerSecond: null, maxRetries: LIMITS.maxRetries };

/**
 * Every connection's delivery limits, as of each account's configuration version, and the pacing
 * of requests for those with a requests-per-second limit. Work carries the version it was
 * evaluated or claimed under: limits older than that are read again before the work goes out,
 * so an edit (a new connection's limit included) applies to the very next delivery.
 */
export class ConnectionLimits {
  private limits = new Map<string, Limits>();
  private versions = new Map<number, number>();
  private loaded = false;
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly db: Db) {}

  /** Read at least once. */
  get ready(): boolean {
    return this.loaded;
  }

  /** Whether work of `accountId` under configuration `version` needs the limits read again. */
  isStale(accountId: number, version: number | undefined): boolean {
    return !this.loaded || (version !== undefined && (this.versions.get(accountId) ?? -1) < version);
  }

  async refresh() {
    // The versions first: a write meanwhile leaves newer limits under an older number (read again next time), never the reverse.
    const accounts = await this.db.selectFrom('accounts').select(['id', 'config_version']).execute();
    const rows = await this.db.selectFrom('connections').select(['account_id', 'name', 'settings']).execute();
    this.versions = new Map(accounts.map((a) => [a.id, a.config_version]));
    this.limits = new Map(
      rows.map((r) => {
        const s = JSON.parse(r.settings) as Partial<Limits>;
        return [`${r.account_id}/${r.name}`, { ...DEFAULTS, ...Object.fromEntries(Object.entries(s).filter(([k, v]) => k in DEFAULTS && v !== undefined)) } as Limits];
      }),
    );
    this.loaded = true;
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
  pace(key: string, now: number): number {
    const rps = this.of(key).requestsPerSecond;
    if (!rps) return 0;
    const at = Math.max(now, this.nextSlot.get(key) ?? 0);
    this.nextSlot.set(key, at + SECOND / rps);
    return at - now;
  }
}
