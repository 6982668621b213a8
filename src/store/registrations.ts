import { isDeepStrictEqual } from 'node:util';
import type { CatalogKind } from '../domain/catalog.js';
import type { NewChange } from '../domain/changes.js';
import { HookflowError, notFound, unknownReference } from '../domain/errors.js';
import type { ProfileSnapshot } from '../domain/profile.js';
import {
  type EventContext,
  type RegistrationInput,
  type RegistrationSnapshot,
  applyRegistration,
  registrationChange,
  resolveRegistrationInput,
} from '../domain/registration.js';
import { entriesForEvent } from './catalog.js';
import { EventContexts } from './event-contexts.js';
import { appendChanges } from './changes.js';
import { findEvent, toDefinitions } from './events.js';
import { chunks, fromJson, toJson } from './json.js';
import { loadProfiles, saveProfiles } from './profiles.js';
import type { Db } from './schema.js';

export type UpsertOutcome =
  | { index: number; code: string; outcome: 'created' | 'updated' | 'unchanged'; registration: RegistrationSnapshot }
  | { index: number; code: string; outcome: 'error'; error: { code: string; message: string; field?: string } };

type StoredRegistration = Omit<RegistrationSnapshot, 'profile'> & { profileCode: string };

/** What a registration may refer to in its event, loaded once per event per batch. */
export async function loadEventContext(db: Db, accountId: number, eventCode: string): Promise<EventContext> {
  const event = await findEvent(db, accountId, eventCode);
  if (!event) throw unknownReference('eventCode', 'event', eventCode);
  const entries = await entriesForEvent(db, accountId, eventCode, ['registration_status', 'attendee_type', 'registration_property', 'question', 'profile_custom_field']);
  const of = (kind: CatalogKind) => entries.filter((e) => e.kind === kind);
  const codes = (kind: CatalogKind) => new Set(of(kind).map((e) => e.code));
  return {
    event,
    statuses: codes('registration_status'),
    attendeeTypes: codes('attendee_type'),
    customProperties: codes('registration_property'),
    questions: codes('question'),
    profileFields: toDefinitions(of('profile_custom_field')),
  };
}

/**
 * The stored registrations among `codes`, and the account's configuration version, read in the
 * same statement so that cached event contexts are checked without a round trip of their own.
 */
async function loadRegistrations(db: Db, accountId: number, codes: readonly string[]) {
  const found = new Map<string, StoredRegistration>();
  let configVersion = 0;
  for (const batch of chunks([...new Set(codes)])) {
    const rows = await db
      .selectFrom('accounts as a')
      .leftJoin('registrations as r', (join) => join.onRef('r.account_id', '=', 'a.id').on('r.code', 'in', batch))
      .select(['a.config_version', 'r.data'])
      .where('a.id', '=', accountId)
      .execute();
    for (const r of rows) {
      configVersion = Number(r.config_version);
      if (r.data === null) continue;
      const reg = fromJson<StoredRegistration>(r.data);
      found.set(reg.code, reg);
    }
  }
  return { found, configVersion };
}

const withoutProfile = ({ profile, ...rest }: RegistrationSnapshot): StoredRegistration => ({ ...rest, profileCode: profile.code });

/**
 * Appends a write's changes once its data is written: `appendChanges` queues them for the flows;
 * a writer evaluating them at once does that instead. `at` is the write's time; `configVersion` is
 * the account's, as read in this transaction.
 */
export type AppendChanges = (db: Db, accountId: number, changes: readonly NewChange[], at: string, configVersion: number) => Promise<unknown>;

/**
 * Upserts registrations in the caller's transaction, each checked on its own: a bad record is
 * reported and skipped, the rest are written, with one change record per real change.
 */
export async function upsertRegistrations(
  db: Db,
  accountId: number,
  inputs: readonly RegistrationInput[],
  at: string,
  contexts = new EventContexts(loadEventContext),
  append: AppendChanges = appendChanges,
): Promise<UpsertOutcome[]> {
  const { found: stored, configVersion } = await loadRegistrations(db, accountId, inputs.map((i) => i.code));
  const loadedProfiles = await loadProfiles(db, accountId, [
    ...inputs.flatMap((i) => i.profile?.code ?? []),
    ...[...stored.values()].map((r) => r.profileCode),
  ]);
  const profiles = new Map(loadedProfiles);
  const current = new Map<string, RegistrationSnapshot>();
  for (const [code, reg] of stored) {
    const { profileCode, ...rest } = reg;
    current.set(code, { ...rest, profile: profiles.get(profileCode) as ProfileSnapshot });
  }
  const context = (eventCode: string) => contexts.get(db, accountId, configVersion, eventCode);

  const outcomes: UpsertOutcome[] = [];
  const changes: NewChange[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      const before = current.get(input.code) ?? null;
      const resolved = resolveRegistrationInput(before, input);
      const ctx = await context(resolved.eventCode);
      const after = applyRegistration(before, profiles.get(resolved.profile.code) ?? null, resolved, ctx);
      const change = registrationChange(before, after, ctx.event);
      if (change) {
        current.set(after.code, after);
        profiles.set(after.profile.code, after.profile);
        changes.push(change);
      }
      outcomes.push({ index, code: input.code, outcome: change ? (before ? 'updated' : 'created') : 'unchanged', registration: after });
    } catch (error) {
      if (!(error instanceof HookflowError)) throw error;
      outcomes.push({ index, code: input.code, outcome: 'error', error: { code: error.code, message: error.message, field: error.field } });
    }
  }
  await saveProfiles(db, accountId, loadedProfiles, profiles.values(), at);
  await saveRegistrations(db, accountId, stored, current, at);
  await append(db, accountId, changes, at, configVersion);
  return outcomes;
}

async function saveRegistrations(
  db: Db,
  accountId: number,
  stored: ReadonlyMap<string, StoredRegistration>,
  current: ReadonlyMap<string, RegistrationSnapshot>,
  at: string,
) {
  const fresh: StoredRegistration[] = [];
  for (const reg of current.values()) {
    const next = withoutProfile(reg);
    const old = stored.get(reg.code);
    if (!old) fresh.push(next);
    else if (!isDeepStrictEqual(old, next)) {
      await db
        .updateTable('registrations')
        .set({ profile_code: next.profileCode, status: next.status, data: toJson(next), updated_at: at })
        .where('account_id', '=', accountId)
        .where('code', '=', next.code)
        .execute();
    }
  }
  for (const batch of chunks(fresh)) {
    await db
      .insertInto('registrations')
      .values(
        batch.map((r) => ({
          account_id: accountId,
          code: r.code,
          event_code: r.eventCode,
          profile_code: r.profileCode,
          status: r.status,
          data: toJson(r),
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
}

export interface RegistrationView extends RegistrationSnapshot {
  createdAt: string;
  updatedAt: string;
}

export async function findRegistration(db: Db, accountId: number, code: string): Promise<RegistrationView | null> {
  const row = await db
    .selectFrom('registrations')
    .innerJoin('profiles', (j) => j.onRef('profiles.account_id', '=', 'registrations.account_id').onRef('profiles.code', '=', 'registrations.profile_code'))
    .select(['registrations.data as reg', 'profiles.data as profile', 'registrations.created_at', 'registrations.updated_at'])
    .where('registrations.account_id', '=', accountId)
    .where('registrations.code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  const { profileCode: _, ...reg } = fromJson<StoredRegistration>(row.reg);
  return { ...reg, profile: fromJson<ProfileSnapshot>(row.profile), createdAt: row.created_at, updatedAt: row.updated_at };
}

export async function getRegistration(db: Db, accountId: number, code: string): Promise<RegistrationView> {
  const found = await findRegistration(db, accountId, code);
  if (!found) throw notFound('registration', code);
  return found;
}

export async function listRegistrations(db: Db, accountId: number, opts: { eventCode?: string; after?: string; limit: number }) {
  let q = db.selectFrom('registrations').select(['data', 'created_at', 'updated_at']).where('account_id', '=', accountId);
  if (opts.eventCode) q = q.where('event_code', '=', opts.eventCode);
  if (opts.after) q = q.where('code', '>', opts.after);
  const rows = await q.orderBy('code').limit(opts.limit).execute();
  return rows.map((r) => ({ ...fromJson<StoredRegistration>(r.data), createdAt: r.created_at, updatedAt: r.updated_at }));
}

