import { sql } from 'kysely';
import type { FailureCategory } from '../domain/failure.js';
import { chunks } from '../store/json.js';
import type { Db } from '../store/schema.js';
import { ownClaims } from './own-claim.js';

export interface FailedAttempt {
  category: FailureCategory;
  message: string;
  at: string;
}

/** A failed attempt's consequence: tried again at `at`, or failed for good (`abandoned` once its retries ran out). */
export type AfterFailure = { status: 'retrying'; at: string } | { status: 'failed'; abandoned: boolean };

export interface Failed {
  id: number;
  failed: FailedAttempt;
  next: AfterFailure;
}

/** Failed attempts, retrying or failed, in one statement per batch. */
export async function markFailures(db: Db, worker: string, failures: readonly Failed[]) {
  for (const batch of chunks(failures, 200)) {
    // Numbers as literals: PostgreSQL would read a bound parameter in a CASE as text.
    const each = <T>(value: (f: Failed) => unknown) => sql<T>`case id ${sql.join(batch.map((f) => sql`when ${f.id} then ${value(f)}`), sql` `)} end`;
    const flag = (yes: boolean) => sql.lit(yes ? 1 : 0);
    await ownClaims(
      db,
      batch.map((f) => f.id),
      worker,
    )
      .set((eb) => ({
        status: each<'retrying' | 'failed'>((f) => f.next.status),
        attempts: eb('attempts', '+', 1),
        retries: sql<number>`retries + ${each((f) => flag(f.next.status === 'retrying'))}`,
        next_attempt_at: each<string>((f) => (f.next.status === 'retrying' ? f.next.at : sql.ref('next_attempt_at'))),
        abandoned: each<number>((f) => flag(f.next.status === 'failed' && f.next.abandoned)),
        failure_category: each<FailureCategory>((f) => f.failed.category),
        failure_message: each<string>((f) => f.failed.message),
        lease_until: null,
        updated_at: each<string>((f) => f.failed.at),
      }))
      .execute();
  }
}
