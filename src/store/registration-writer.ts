import type { Kysely } from 'kysely';
import type { RegistrationInput } from '../domain/registration.js';
import { type UpsertOutcome, upsertRegistrations } from './registrations.js';
import type { Schema } from './schema.js';
import { inTransaction } from './transaction.js';

interface Pending {
  accountId: number;
  input: RegistrationInput;
  resolve(outcome: UpsertOutcome): void;
  reject(error: unknown): void;
}

/**
 * Group commit for single-record upserts: requests that arrive while a transaction is running
 * are written together in the next one, each still answered with its own outcome, and only once
 * committed. One transaction per batch instead of one per request is what lets single-record
 * writes approach the bulk rate; a bad record still fails alone, as in a bulk call.
 */
export class RegistrationWriter {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Schema>) {}

  write(accountId: number, input: RegistrationInput): Promise<UpsertOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ accountId, input, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves once everything queued so far is written. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain() {
    await new Promise<void>((r) => setImmediate(r)); // let the requests of this tick join
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      for (const group of byAccount(batch)) await this.writeGroup(group);
    }
    this.running = null;
  }

  private async writeGroup(group: Pending[]) {
    const accountId = group[0]?.accountId as number;
    try {
      const outcomes = await inTransaction(this.db, (trx) => upsertRegistrations(trx, accountId, group.map((p) => p.input)));
      group.forEach((p, i) => p.resolve({ ...(outcomes[i] as UpsertOutcome), index: 0 }));
    } catch (error) {
      // A failure of the store itself: write the records one by one, so only the culprit fails.
      if (group.length === 1) return group[0]?.reject(error);
      for (const one of group) await this.writeGroup([one]);
    }
  }
}

function byAccount(batch: Pending[]): Pending[][] {
  const groups = new Map<number, Pending[]>();
  for (const p of batch) groups.set(p.accountId, [...(groups.get(p.accountId) ?? []), p]);
  return [...groups.values()];
}
