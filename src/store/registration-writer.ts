import type { Kysely } from 'kysely';
import type { NewChange } from '../domain/changes.js';
import type { Clock } from '../domain/clock.js';
import type { RegistrationInput } from '../domain/registration.js';
import { appendChanges } from './changes.js';
import { EventContexts } from './event-contexts.js';
import { GroupCommit } from './group-commit.js';
import { type AppendChanges, type UpsertOutcome, loadEventContext, upsertRegistrations } from './registrations.js';
import type { Db, Schema } from './schema.js';
import { type AfterCommit, inTransaction, inTransactionThen } from './transaction.js';

interface Write {
  accountId: number;
  input: RegistrationInput;
}

/** Evaluates changes in the transaction that writes them, when it may (`WriteTimeEvaluation`). */
export interface WriteEvaluation {
  /** Off for a moment after a failure. */
  ready(): boolean;
  failed(error: unknown): void;
  /** Appends the changes and evaluates them; answers false if it queued them for the change processor instead. */
  append(trx: Db, accountId: number, changes: readonly NewChange[], at: string, configVersion: number, after: (call: AfterCommit) => void): Promise<boolean>;
}

export interface RegistrationWriterOptions {
  /** The time each batch is written at. */
  clock: Clock;
  evaluation?: WriteEvaluation;
  /** Told once a commit queued changes for the change processor (those evaluated at write need none). */
  queued?: () => void;
}

/**
 * Single-record upserts by group commit: each request is answered with its own outcome once its
 * batch committed, and a bad record still fails alone, as in a bulk call.
 */
export class RegistrationWriter {
  private readonly group: GroupCommit<Write, UpsertOutcome>;
  /** Shared by every batch: events' contexts are read again only after the configuration changed. */
  private readonly contexts = new EventContexts(loadEventContext);

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly options: RegistrationWriterOptions,
  ) {
    this.group = new GroupCommit((writes) => this.writeBatch(db, writes));
  }

  write(accountId: number, input: RegistrationInput): Promise<UpsertOutcome> {
    return this.group.write({ accountId, input });
  }

  /** A bulk call: its records in one transaction of their own, each with its own outcome; the change processor takes its changes. */
  async bulk(accountId: number, inputs: readonly RegistrationInput[]): Promise<UpsertOutcome[]> {
    const at = this.options.clock.now().toISOString();
    const outcomes = await inTransaction(this.db, (trx) => upsertRegistrations(trx, accountId, inputs, at, this.contexts));
    this.options.queued?.();
    return outcomes;
  }

  /** Resolves once everything queued so far is written. */
  idle(): Promise<void> {
    return this.group.idle();
  }

  /** Evaluates the batch's changes as it writes them when it may; else, or should that fail, queues them. */
  private async writeBatch(db: Kysely<Schema>, writes: Write[]): Promise<UpsertOutcome[]> {
    let queued = false;
    const { evaluation } = this.options;
    const at = this.options.clock.now().toISOString();
    if (evaluation?.ready()) {
      try {
        const outcomes = await inTransactionThen(db, (trx, after) =>
          this.writeAll(trx, writes, at, async (trx, accountId, changes, at, version) => {
            queued ||= !(await evaluation.append(trx, accountId, changes, at, version, after));
          }),
        );
        if (queued) this.options.queued?.();
        return outcomes;
      } catch (error) {
        evaluation.failed(error);
      }
    }
    const outcomes = await inTransaction(db, (trx) => this.writeAll(trx, writes, at, appendChanges));
    this.options.queued?.();
    return outcomes;
  }

  /** One bulk upsert per account; each write's outcome back in its place. */
  private async writeAll(trx: Db, writes: Write[], at: string, append: AppendChanges): Promise<UpsertOutcome[]> {
    const outcomes = new Array<UpsertOutcome>(writes.length);
    const byAccount = new Map<number, number[]>();
    writes.forEach((w, i) => {
      const positions = byAccount.get(w.accountId);
      if (positions) positions.push(i);
      else byAccount.set(w.accountId, [i]);
    });
    for (const [accountId, positions] of byAccount) {
      const written = await upsertRegistrations(trx, accountId, positions.map((i) => (writes[i] as Write).input), at, this.contexts, append);
      positions.forEach((i, k) => (outcomes[i] = { ...(written[k] as UpsertOutcome), index: 0 }));
    }
    return outcomes;
  }
}
