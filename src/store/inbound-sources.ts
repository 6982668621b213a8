import { randomBytes } from 'node:crypto';
import { HookflowError, notFound } from '../domain/errors.js';
import { DEFAULT_HOLD, type InboundSource, type MatchKey, type Verification } from '../domain/postback.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';

/** The secret of each verification: sealed apart from the settings, never shown back. */
const SECRET_FIELD = { none: null, standard_webhooks: 'secret', hmac: 'secret', basic: 'password', api_key: 'key' } as const;

/** A verification as a client sends it: its secret may be left out on an update, which keeps the stored one. */
export type VerificationInput = { [K in Verification['type']]: DistributiveOmit<Extract<Verification, { type: K }>, 'secret' | 'password' | 'key'> & Partial<Extract<Verification, { type: K }>> }[Verification['type']];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface InboundSourceInput {
  verification: VerificationInput;
  match: MatchKey;
  holdSeconds?: number;
}

export interface InboundSourceRecord {
  source: InboundSource;
  createdAt: string;
  updatedAt: string;
}

/** The secret is bound to its account and name: copied into another row, it opens nowhere. */
const sealContext = (accountId: number, name: string) => `inbound-sources/${accountId}/${name}`;

/** 32 random bytes: the whole of a source's URL that a caller could not guess. */
export const newToken = () => randomBytes(32).toString('base64url');

function toRecord(box: SecretBox, row: Row<'inbound_sources'>): InboundSourceRecord {
  const settings = fromJson<Omit<InboundSource, 'id' | 'name' | 'token'>>(row.settings);
  const secrets = box.open(row.sealed_secrets, sealContext(row.account_id, row.name));
  const source = { ...settings, verification: { ...settings.verification, ...secrets } as Verification, id: row.id, name: row.name, token: row.token };
  return { source, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The verification with its secret filled in from the stored one when the input leaves it out. */
function mergeVerification(input: VerificationInput, stored: Verification | null): Verification {
  const field = SECRET_FIELD[input.type];
  if (field === null || (input as Record<string, unknown>)[field] !== undefined) return input as Verification;
  const kept = stored?.type === input.type ? (stored as Record<string, unknown>)[field] : undefined;
  if (kept === undefined) throw new HookflowError('HF_BAD_REQUEST', `body/verification/${field}: required for a ${input.type} verification`, `verification/${field}`);
  return { ...input, [field]: kept } as Verification;
}

function split(v: Verification): { settings: Record<string, unknown>; secrets: Record<string, unknown> } {
  const field = SECRET_FIELD[v.type];
  if (field === null) return { settings: v, secrets: {} };
  const { [field]: secret, ...settings } = v as unknown as Record<string, unknown>;
  return { settings, secrets: { [field]: secret } };
}

const findRow = (db: Db, accountId: number, name: string) =>
  db.selectFrom('inbound_sources').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();

export async function listInboundSources(db: Db, box: SecretBox, accountId: number): Promise<InboundSourceRecord[]> {
  const rows = await db.selectFrom('inbound_sources').selectAll().where('account_id', '=', accountId).orderBy('name').execute();
  return rows.map((r) => toRecord(box, r));
}

export async function getInboundSource(db: Db, box: SecretBox, accountId: number, name: string): Promise<InboundSourceRecord> {
  const row = await findRow(db, accountId, name);
  if (!row) throw notFound('inbound source', name);
  return toRecord(box, row);
}

/** The source a call's URL names, with its account; null for a token no source has. */
export async function sourceForToken(db: Db, box: SecretBox, token: string): Promise<{ accountId: number; source: InboundSource } | null> {
  const row = await db.selectFrom('inbound_sources').selectAll().where('token', '=', token).executeTakeFirst();
  return row ? { accountId: row.account_id, source: toRecord(box, row).source } : null;
}

/** A source by its id (a postback's), null once deleted. */
export async function sourceById(db: Db, box: SecretBox, accountId: number, id: number): Promise<InboundSource | null> {
  const row = await db.selectFrom('inbound_sources').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  return row ? toRecord(box, row).source : null;
}

/** Creates or updates a source by name (run it in a transaction); its URL stays, unless rotated. */
export async function putInboundSource(db: Db, box: SecretBox, accountId: number, name: string, input: InboundSourceInput, at: string): Promise<{ record: InboundSourceRecord; created: boolean }> {
  const row = await findRow(db, accountId, name);
  const existing = row ? toRecord(box, row) : null;
  const verification = mergeVerification(input.verification, existing?.source.verification ?? null);
  const { settings, secrets } = split(verification);
  const holdMs = input.holdSeconds === undefined ? (existing?.source.holdMs ?? DEFAULT_HOLD) : input.holdSeconds * 1000;
  const stored = toJson({ verification: settings, match: input.match, holdMs });
  const sealed = box.seal(secrets, sealContext(accountId, name));
  const token = row?.token ?? newToken();
  let id = row?.id;
  if (row) await db.updateTable('inbound_sources').set({ settings: stored, sealed_secrets: sealed, updated_at: at }).where('id', '=', row.id).execute();
  else {
    const inserted = await db
      .insertInto('inbound_sources')
      .values({ account_id: accountId, name, token, settings: stored, sealed_secrets: sealed, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = inserted.id;
  }
  const source: InboundSource = { id: id as number, name, token, verification, match: input.match, holdMs };
  return { record: { source, createdAt: existing?.createdAt ?? at, updatedAt: at }, created: !row };
}

/** A new URL for the source: the old one answers 404 from now on (a leaked URL, revoked). */
export async function rotateInboundSourceToken(db: Db, box: SecretBox, accountId: number, name: string, at: string): Promise<InboundSourceRecord> {
  const row = await findRow(db, accountId, name);
  if (!row) throw notFound('inbound source', name);
  const token = newToken();
  await db.updateTable('inbound_sources').set({ token, updated_at: at }).where('id', '=', row.id).execute();
  return toRecord(box, { ...row, token, updated_at: at });
}

export async function deleteInboundSource(db: Db, accountId: number, name: string): Promise<void> {
  const result = await db.deleteFrom('inbound_sources').where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('inbound source', name);
}
