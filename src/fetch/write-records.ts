import { isDeepStrictEqual } from 'node:util';
import { HookflowError } from '../domain/errors.js';
import type { EventInput } from '../domain/event.js';
import type { FetchTarget } from '../domain/fetch/job.js';
import type { ProfileInput } from '../domain/profile.js';
import type { RegistrationInput } from '../domain/registration.js';
import { upsertEvent } from '../store/events.js';
import { loadProfiles, upsertProfile } from '../store/profiles.js';
import { upsertRegistrations } from '../store/registrations.js';
import type { Db } from '../store/schema.js';

export type WriteOutcome = { outcome: 'created' | 'updated' | 'unchanged' } | { outcome: 'error'; message: string };

/**
 * A page's checked records written in the caller's transaction, by the writes the API's routes
 * make, so their changes are recorded (registrations, events) and flow on like any other write.
 * A record the store refuses (an unknown event, a tag that does not apply) fails alone.
 */
export async function writeRecords(trx: Db, accountId: number, target: FetchTarget, records: readonly unknown[], at: string): Promise<WriteOutcome[]> {
  switch (target) {
    case 'registrations':
      return (await upsertRegistrations(trx, accountId, records as RegistrationInput[], at)).map((o) => (o.outcome === 'error' ? { outcome: 'error', message: o.error.message } : { outcome: o.outcome }));
    case 'profiles':
      return writeProfiles(trx, accountId, records as ProfileInput[], at);
    case 'events':
      return eachAlone(records as (EventInput & { code: string })[], async ({ code, ...input }) => {
        const { created, changed } = await upsertEvent(trx, accountId, code, input, at);
        return created ? 'created' : changed ? 'updated' : 'unchanged';
      });
  }
}

async function writeProfiles(trx: Db, accountId: number, records: readonly ProfileInput[], at: string): Promise<WriteOutcome[]> {
  const known = await loadProfiles(trx, accountId, records.map((r) => r.code));
  return eachAlone(records, async (input) => {
    const { profile, created } = await upsertProfile(trx, accountId, input, at);
    const same = isDeepStrictEqual(known.get(input.code), profile);
    known.set(input.code, profile);
    return created ? 'created' : same ? 'unchanged' : 'updated';
  });
}

/** One write per record, in order; our own errors (checked before anything is written) are the record's outcome. */
async function eachAlone<T>(records: readonly T[], write: (r: T) => Promise<'created' | 'updated' | 'unchanged'>): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = [];
  for (const r of records) {
    try {
      outcomes.push({ outcome: await write(r) });
    } catch (error) {
      if (!(error instanceof HookflowError)) throw error;
      outcomes.push({ outcome: 'error', message: error.message });
    }
  }
  return outcomes;
}
