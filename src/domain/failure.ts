/**
 * Why an action failed, in the guide's retry categories. The category decides whether and when
 * the action is tried again.
 * - connection: the target could not be reached or was unwell (network, timeout, 5xx, 408, 429).
 * - config: something a person can fix here (untagged status, inactive flow, missing or broken
 *   connection, 401/403/404 from the target).
 * - validation: the data itself is wrong (a required field missing, 400/422 from the target);
 *   never retried, since the same data would fail the same way.
 * - system: Hookflow's own fault.
 * - platform_api: the source data is not available (a registration or event that no longer exists).
 */
export const FAILURE_CATEGORIES = ['connection', 'config', 'validation', 'system', 'platform_api'] as const;
export type FailureCategory = (typeof FAILURE_CATEGORIES)[number];

/** How a target could not be reached (no answer at all). */
export const UNREACHABLE = ['dns', 'refused', 'tls', 'timeout'] as const;
export type Unreachable = (typeof UNREACHABLE)[number];

export interface Failure {
  category: FailureCategory;
  message: string;
  /** Seconds the target asked us to wait (Retry-After), when it did. */
  retryAfter?: number;
  /** How the target could not be reached, when no answer came. */
  unreachable?: Unreachable;
}

const CONFIG_STATUSES = new Set([401, 403, 404, 405, 407, 410, 501]);
const CONNECTION_STATUSES = new Set([408, 423, 425, 429]);

/** The category of an HTTP answer that is not a success. */
export function categoryOfStatus(status: number): FailureCategory {
  if (CONFIG_STATUSES.has(status)) return 'config';
  if (CONNECTION_STATUSES.has(status) || status >= 500) return 'connection';
  return 'validation';
}

/** Retry-After as seconds, from either of its two forms; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now.getTime()) / 1000));
}
