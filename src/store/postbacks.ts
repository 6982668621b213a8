import { type Insertable, sql } from 'kysely';
import type { ListPosition } from '../domain/cursor.js';
import { notFound } from '../domain/errors.js';
import type { PostbackOutcome, PostbackState, RejectionCause } from '../domain/postback.js';
import type { Tags } from '../domain/postback-tags.js';
import { fromJson } from './json.js';
import type { Db, Row, Schema } from './schema.js';

/** A postback as the log shows it. */
export type PostbackView = PostbackState & {
  id: number;
  source: string;
  receivedAt: string;
  /** What the call was answered. */
  status: number;
  detail: string | null;
  contentType: string | null;
  headers: Record<string, string>;
  body: string;
  tags: Tags | null;
  processedAt: string | null;
};

export type NewPostback = Insertable<Schema['postbacks']>;

/**
 * Writes one call to the log, in one statement (committed on its own: the answer waits for it).
 * A call whose id its source already logged is not written: null, and the caller logs it as a duplicate.
 */
export async function insertPostback(db: Db, row: NewPostback): Promise<number | null> {
  const inserted = await db
    .insertInto('postbacks')
    .values(row)
    .onConflict((oc) => oc.columns(['source_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** The postback a duplicate repeats. */
export async function originalOf(db: Db, sourceId: number, dedupeKey: string): Promise<number | null> {
  const row = await db.selectFrom('postbacks').select('id').where('source_id', '=', sourceId).where('dedupe_key', '=', dedupeKey).executeTakeFirst();
  return row?.id ?? null;
}

export interface PostbackFilter {
  source?: string;
  outcome?: PostbackOutcome;
  cause?: RejectionCause;
  /** Attached to this registration, or waiting for it. */
  registration?: string;
  from?: string;
  to?: string;
  /** Text anywhere in the body. */
  search?: string;
  cursor?: ListPosition;
  limit: number;
}

/** The column holds `text`, literally and whatever its case (the same on both stores: SQLite's LIKE has no escape character unless told). */
const holds = (column: 'body' | 'registrations', text: string) =>
  sql<boolean>`lower(${sql.ref(column)}) like ${`%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** The account's postbacks, newest first; a full page may have another after it, from its last row's position. */
export async function listPostbacks(db: Db, accountId: number, f: PostbackFilter): Promise<PostbackView[]> {
  let q = db.selectFrom('postbacks').selectAll().where('account_id', '=', accountId);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.cause) q = q.where('cause', '=', f.cause);
  if (f.registration) {
    const code = f.registration;
    q = q.where((eb) => eb.or([holds('registrations', JSON.stringify(code)), eb.and([eb('match_by', '=', 'code'), eb('match_value', '=', code)])]));
  }
  if (f.from) q = q.where('received_at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('received_at', '<', new Date(f.to).toISOString());
  if (f.search) q = q.where(holds('body', f.search));
  if (f.cursor) {
    const { at, id } = f.cursor;
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('received_at', 'id'), '<', tuple(at, id)));
  }
  const rows = await q.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  return rows.map(toView);
}

export async function findPostbackRow(db: Db, accountId: number, id: number): Promise<Row<'postbacks'>> {
  const row = await db.selectFrom('postbacks').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('postback', String(id));
  return row;
}

export const getPostback = async (db: Db, accountId: number, id: number) => toView(await findPostbackRow(db, accountId, id));

export function stateOf(r: Pick<Row<'postbacks'>, 'outcome' | 'cause' | 'registrations' | 'hold_until'>): PostbackState {
  switch (r.outcome) {
    case 'attached':
      return { outcome: 'attached', registrations: fromJson<string[]>(r.registrations ?? '[]') };
    case 'held':
      return { outcome: 'held', holdUntil: r.hold_until ?? '' };
    case 'rejected':
      return { outcome: 'rejected', cause: r.cause as RejectionCause };
    default:
      return { outcome: r.outcome };
  }
}

export const toView = (r: Row<'postbacks'>): PostbackView => ({
  ...stateOf(r),
  id: r.id,
  source: r.source,
  receivedAt: r.received_at,
  status: r.status,
  detail: r.detail,
  contentType: r.content_type,
  headers: fromJson(r.headers),
  body: r.body,
  tags: r.tags === null ? null : fromJson<Tags>(r.tags),
  processedAt: r.processed_at,
});
