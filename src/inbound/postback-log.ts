import type { Kysely } from 'kysely';
import { GroupCommit } from '../store/group-commit.js';
import { type NewPostback, insertPostback, originalOf } from '../store/postbacks.js';
import type { Db, Schema } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';

/** Where a call went in the log: its row, and for a duplicate the postback it repeats. */
export interface Logged {
  id: number;
  duplicateOf?: number;
}

/**
 * The postback log's writer: each call's row is one insert, and the calls arriving together are
 * committed together (group commit), each answered only once its batch committed. A call whose id
 * its source already logged (earlier, or earlier in the same batch) is written as a duplicate.
 */
export class PostbackLog {
  private readonly group: GroupCommit<NewPostback, Logged>;

  constructor(db: Kysely<Schema>) {
    this.group = new GroupCommit((rows) => inTransaction(db, (trx) => writeAll(trx, rows)));
  }

  write(row: NewPostback): Promise<Logged> {
    return this.group.write(row);
  }

  /** Resolves once everything written so far is committed. */
  idle(): Promise<void> {
    return this.group.idle();
  }
}

export const duplicateDetail = (original: number) => `a duplicate of postback ${original}: its id was accepted before`;

async function writeAll(trx: Db, rows: NewPostback[]): Promise<Logged[]> {
  const logged: Logged[] = [];
  for (const row of rows) {
    const id = await insertPostback(trx, row);
    if (id !== null) {
      logged.push({ id });
      continue;
    }
    const original = (await originalOf(trx, row.source_id, row.dedupe_key as string)) as number;
    // Not waiting for any registration: only what it repeats is shown, never matched again.
    const duplicate = { ...row, outcome: 'rejected', cause: 'duplicate', status: 200, dedupe_key: null, match_by: null, match_value: null, hold_until: null, detail: duplicateDetail(original) } as const;
    logged.push({ id: (await insertPostback(trx, duplicate)) as number, duplicateOf: original });
  }
  return logged;
}
