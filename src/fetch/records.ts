import type { FetchTarget } from '../domain/fetch/job.js';
import type { JoltTransform } from '../jolt/index.js';

/**
 * Checks a record against what the target's API accepts; answers the problems in words naming the
 * field (`records/3/profile/email must be string`), or null. The API's schemas are the rule, so
 * the check is handed down from above (workers.ts, the routes).
 */
export type RecordCheck = (target: FetchTarget, record: unknown, index: number) => string | null;

/** One record of a page as it came, as it is written (after the transform), and why it is not written. */
export interface PreparedRecord {
  index: number;
  raw: unknown;
  record: unknown;
  /** The record's code when it has one: per-record results and errors name it. */
  code: string;
  problem: string | null;
}

/** Each record transformed (Jolt, when the job has a spec) and checked on its own: one bad record does not sink its page. */
export function prepareRecords(raw: readonly unknown[], transform: JoltTransform | null, target: FetchTarget, check: RecordCheck): PreparedRecord[] {
  return raw.map((r, index) => {
    const record = transform ? transform(r) : r;
    const code = typeof (record as { code?: unknown } | null)?.code === 'string' ? (record as { code: string }).code : '';
    return { index, raw: r, record, code, problem: check(target, record, index) };
  });
}
