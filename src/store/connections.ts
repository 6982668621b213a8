import { type Connection, type ConnectionInput, type Secrets, joinSecrets, mergeConnection, splitSecrets } from '../connections/model.js';
import { notFound } from '../domain/errors.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { generateSigningSecret } from '../secrets/signing-secret.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';

/**
 * Connections, one row each: the settings as JSON, the secrets sealed (`sealed_secrets`). The
 * sealed text is bound to its account and name, so it opens nowhere else.
 */
export interface ConnectionRecord {
  connection: Connection;
  createdAt: string;
  updatedAt: string;
}

const sealContext = (accountId: number, name: string) => `connections/${accountId}/${name}`;

function toRecord(box: SecretBox, row: Row<'connections'>): ConnectionRecord {
  const secrets = box.open(row.sealed_secrets, sealContext(row.account_id, row.name)) as Secrets;
  return { connection: joinSecrets(row.name, fromJson(row.settings), secrets), createdAt: row.created_at, updatedAt: row.updated_at };
}

const findRow = (db: Db, accountId: number, name: string) =>
  db.selectFrom('connections').selectAll().where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();

/** Whether the account has a connection of this name (a fetch job names one). */
export const connectionExists = async (db: Db, accountId: number, name: string) => (await findRow(db, accountId, name)) !== undefined;

export async function listConnections(db: Db, box: SecretBox, accountId: number): Promise<ConnectionRecord[]> {
  const rows = await db.selectFrom('connections').selectAll().where('account_id', '=', accountId).orderBy('name').execute();
  return rows.map((r) => toRecord(box, r));
}

export async function getConnection(db: Db, box: SecretBox, accountId: number, name: string): Promise<ConnectionRecord> {
  const row = await findRow(db, accountId, name);
  if (!row) throw notFound('connection', name);
  return toRecord(box, row);
}

/** The whole connection, secrets opened: for the code that sends (Save & Test, the delivery worker). Never for a response. */
export async function loadConnection(db: Db, box: SecretBox, accountId: number, name: string): Promise<Connection> {
  return (await getConnection(db, box, accountId, name)).connection;
}

/** Creates or updates a connection by name (run it in a transaction); see `mergeConnection` for what an update keeps. */
export async function putConnection(
  db: Db,
  box: SecretBox,
  accountId: number,
  name: string,
  input: ConnectionInput,
  at: string,
  newSigningSecret: () => string = generateSigningSecret,
): Promise<{ record: ConnectionRecord; created: boolean }> {
  const row = await findRow(db, accountId, name);
  const existing = row ? toRecord(box, row) : null;
  const connection = mergeConnection(name, input, existing?.connection ?? null, newSigningSecret);
  const { settings, secrets } = splitSecrets(connection);
  const sealed = box.seal(secrets, sealContext(accountId, name));
  if (row) {
    await db.updateTable('connections').set({ settings: toJson(settings), sealed_secrets: sealed, updated_at: at }).where('id', '=', row.id).execute();
  } else {
    await db
      .insertInto('connections')
      .values({ account_id: accountId, name, settings: toJson(settings), sealed_secrets: sealed, created_at: at, updated_at: at })
      .execute();
  }
  return { record: { connection, createdAt: existing?.createdAt ?? at, updatedAt: at }, created: !row };
}

/**
 * Keeps the tokens an OAuth2 exchange obtained (a rotated refresh token replaces the old one,
 * which the token endpoint no longer honours). Does nothing if the connection stopped being OAuth2
 * with the same client meanwhile.
 */
export async function saveTokens(
  db: Db,
  box: SecretBox,
  accountId: number,
  name: string,
  clientId: string,
  tokens: { accessToken: string; refreshToken?: string },
): Promise<void> {
  const row = await findRow(db, accountId, name);
  if (!row) return;
  const { connection } = toRecord(box, row);
  if (connection.auth.type !== 'oauth2' || connection.auth.clientId !== clientId) return;
  const auth = { ...connection.auth, accessToken: tokens.accessToken };
  if (tokens.refreshToken && auth.grantType === 'authorization_code') auth.refreshToken = tokens.refreshToken;
  const { secrets } = splitSecrets({ ...connection, auth });
  await db
    .updateTable('connections')
    .set({ sealed_secrets: box.seal(secrets, sealContext(accountId, name)) })
    .where('id', '=', row.id)
    .execute();
}

export async function deleteConnection(db: Db, accountId: number, name: string): Promise<void> {
  const result = await db.deleteFrom('connections').where('account_id', '=', accountId).where('name', '=', name).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('connection', name);
}
