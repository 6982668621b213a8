import type { AttemptRecord, WriteBack } from '../domain/attempt.js';
import type { NewChange } from '../domain/changes.js';
import { appendChanges } from './changes.js';
import { findRegistration, upsertRegistrations } from './registrations.js';
import type { Db } from './schema.js';

/** A delivered attempt's write-back, and the record that explains what it could not write. */
export interface PendingWriteBack {
  writeBack: WriteBack;
  record: AttemptRecord;
  /** The record's notes before writing back: a transaction tried again starts from them. */
  notes: readonly string[];
}

/**
 * Writes answers back to their registrations' people in the caller's transaction (the one that
 * records the attempts), as an API write would: the change it records is queued for the one
 * evaluator, carrying its origin so that the flow that wrote it is not triggered by it again. A
 * write refused (a value not among a field's options, a registration since deleted) is noted on
 * the attempt; the delivery stays delivered. Answers how many changes were recorded.
 */
export async function applyWriteBacks(trx: Db, at: string, pending: readonly PendingWriteBack[]): Promise<number> {
  let recorded = 0;
  for (const { writeBack, record, notes } of pending) {
    const { accountId, registrationCode, customFields, origin } = writeBack;
    record.notes = [...notes];
    const note = (why: string) => record.notes?.push(`write-back to registration '${registrationCode}' skipped: ${why}`);
    if (!(await findRegistration(trx, accountId, registrationCode))) {
      note('the registration no longer exists');
      continue;
    }
    const withOrigin = (db: Db, account: number, changes: readonly NewChange[], when: string) => {
      recorded += changes.length;
      return appendChanges(db, account, changes.map((c) => ({ ...c, origin })), when);
    };
    const [outcome] = await upsertRegistrations(trx, accountId, [{ code: registrationCode, profile: { customFields } }], at, undefined, withOrigin);
    if (outcome?.outcome === 'error') note(outcome.error.message);
  }
  return recorded;
}
