import type { Kysely } from 'kysely';
import type { RegistrationInput } from '../domain/registration.js';
import { GroupCommit } from './group-commit.js';
import { EventContexts } from './event-contexts.js';
import { type UpsertOutcome, loadEventContext, upsertRegistrations } from './registrations.js';
import type { Db, Schema } from './schema.js';
import { inTransaction } from './transaction.js';

interface Write {
  accountId: number;
  input: RegistrationInput;
}

/**
 * Single-record upserts by group commit: each request is answered with its own outcome once its
 * batch committed, and a bad record still fails alone, as in a bulk call.
 */
export class RegistrationWriter {
  private readonly group: GroupCommit<Write, UpsertOutcome>;
  /** Shared by every batch: events' contexts are read again only after the configuration changed. */
  private readonly contexts = new EventContexts(loadEventContext);

  constructor(private readonly db: Kysely<Schema>) {
    this.group = new GroupCommit(db, (db, writes) => inTransaction(db, (trx) => this.writeAll(trx, writes)));
  }

  write(accountId: number, input: RegistrationInput): Promise<UpsertOutcome> {
    return this.group.write({ accountId, input });
  }

  /** A bulk call: its records in one transaction of their own, each with its own outcome. */
  bulk(accountId: number, inputs: readonly RegistrationInput[]): Promise<UpsertOutcome[]> {
    return inTransaction(this.db, (trx) => upsertRegistrations(trx, accountId, inputs, this.contexts));
  }

  /** Resolves once everything queued so far is written. */
  idle(): Promise<void> {
    return this.group.idle();
  }

  /** One bulk upsert per account; each write's outcome back in its place. */
  private async writeAll(trx: Db, writes: Write[]): Promise<UpsertOutcome[]> {
    const outcomes = new Array<UpsertOutcome>(writes.length);
    const byAccount = new Map<number, number[]>();
    writes.forEach((w, i) => byAccount.set(w.accountId, [...(byAccount.get(w.accountId) ?? []), i]));
    for (const [accountId, positions] of byAccount) {
      const written = await upsertRegistrations(trx, accountId, positions.map((i) => (writes[i] as Write).input), this.contexts);
      positions.forEach((i, k) => (outcomes[i] = { ...(written[k] as UpsertOutcome), index: 0 }));
    }
    return outcomes;
  }
}
