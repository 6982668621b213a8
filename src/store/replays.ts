import { sql } from 'kysely';
import { HookflowError, notFound } from '../domain/errors.js';
import { SOURCE_KINDS, type Flow } from '../flows/flow.js';
import type { ReplayStatus, ReplaySubjects } from '../domain/replay.js';
import { getEvent } from './events.js';
import type { Db, Row } from './schema.js';

export interface ReplayRequest {
  from?: string;
  to?: string;
  eventCode?: string;
  /** `sessions`: every session of `eventCode`, once each (the mass action); `changes` (the default): the past changes. */
  subjects?: ReplaySubjects;
  /** Replay again what an identical replay has already completed. */
  force?: boolean;
}

const toReplay = (r: Row<'replays'>) => ({
  id: r.id,
  flowId: r.flow_id,
  from: r.from_time,
  to: r.to_time,
  eventCode: r.event_code,
  subjects: r.subjects,
  status: r.status,
  total: r.total,
  processed: r.processed,
  triggered: r.triggered,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
export type Replay = ReturnType<typeof toReplay>;

type Scope = Pick<Row<'replays'>, 'from_time' | 'to_time' | 'event_code'> & { subjects: ReplaySubjects };

/**
 * The changes a replay covers: the flow's kinds, in the window and event asked, up to the request;
 * over sessions, each session's latest change, so each session is sent once, as it is (one written
 * again meanwhile is sent by that write, never overtaken by its older state).
 */
export function replayScope(db: Db, accountId: number, flow: Pick<Flow, 'source'>, r: Scope) {
  const changes = () => db.selectFrom('changes').where('account_id', '=', accountId);
  // A flow without a source watches nothing, so it covers no change.
  const ofFlow = (q: ReturnType<typeof changes>) => (flow.source ? q.where('kind', 'in', [...SOURCE_KINDS[flow.source]]) : q.where(sql<boolean>`1 = 0`));
  let q = ofFlow(changes());
  if (r.from_time) q = q.where('created_at', '>=', r.from_time);
  if (r.to_time) q = q.where('created_at', '<=', r.to_time);
  if (r.event_code) q = q.where('event_code', '=', r.event_code);
  if (r.subjects === 'sessions') {
    const latest = db.selectFrom('event_sessions').select('change_id').where('account_id', '=', accountId).where('event_code', '=', r.event_code ?? '');
    q = q.where('id', 'in', latest);
  }
  return q;
}

/** A replay over sessions needs a session flow and an event, and has no window: it takes each session as it is. */
function checkSubjects(flow: Flow, req: ReplayRequest) {
  if (req.subjects !== 'sessions') return;
  if (flow.source !== 'session_create_update') {
    throw new HookflowError('HF_INVALID_VALUE', `subjects: flow '${flow.name}' does not watch sessions (its source is ${flow.source ?? 'none'})`, 'subjects');
  }
  if (!req.eventCode) throw new HookflowError('HF_INVALID_VALUE', 'eventCode: a replay over sessions needs the event whose sessions it sends', 'eventCode');
  const windowed = req.from ? 'from' : req.to ? 'to' : null;
  if (windowed) throw new HookflowError('HF_INVALID_VALUE', `${windowed}: a replay over sessions takes every session as it is, with no time window`, windowed);
}

/**
 * Starts replaying a flow over past changes with its current configuration, "as if the changes
 * had been made earlier". An identical request (same flow, window and event) while one runs is
 * that one: no double sends, and a unique index on running replays keeps it so for requests at the
 * same instant. Once one has completed, sending the same changes again must be asked for (`force`).
 */
export async function requestReplay(db: Db, accountId: number, flow: Flow, req: ReplayRequest, at: string) {
  if (req.from && req.to && req.from > req.to) throw new HookflowError('HF_INVALID_VALUE', 'to: must not be before from', 'to');
  if (!flow.source) throw new HookflowError('HF_INVALID_VALUE', `flow '${flow.name}' has no source to replay`);
  checkSubjects(flow, req);
  const subjects = req.subjects ?? 'changes';
  if (subjects === 'sessions') await getEvent(db, accountId, req.eventCode as string);
  // A replay of changes keeps the key it always had, so a running one still matches its repeat.
  const key = JSON.stringify([flow.id, req.from ?? null, req.to ?? null, req.eventCode ?? null, ...(subjects === 'sessions' ? [subjects] : [])]);
  const running = await latestIdentical(db, accountId, key, 'running').executeTakeFirst();
  if (running) return { replay: toReplay(running), created: false };
  if (!req.force) await refuseRepeat(db, accountId, key);
  const row = await insertReplay(db, accountId, flow, key, { from_time: req.from ?? null, to_time: req.to ?? null, event_code: req.eventCode ?? null, subjects }, at);
  if (row) return { replay: toReplay(row), created: true };
  // An identical request started one between our look and our insert: that one is ours.
  return { replay: toReplay(await latestIdentical(db, accountId, key).executeTakeFirstOrThrow()), created: false };
}

const latestIdentical = (db: Db, accountId: number, key: string, status?: ReplayStatus) => {
  let q = db.selectFrom('replays').selectAll().where('account_id', '=', accountId).where('request_key', '=', key);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('id', 'desc').limit(1);
};

async function refuseRepeat(db: Db, accountId: number, key: string) {
  const done = await latestIdentical(db, accountId, key, 'done').executeTakeFirst();
  if (done) throw new HookflowError('HF_CONFLICT', `an identical replay (${done.id}) has completed; send "force": true to replay these changes again`, 'force');
}

/** The replay as a running row, or nothing when an identical one is running (the index refused it). */
async function insertReplay(db: Db, accountId: number, flow: Flow, key: string, window: Scope, at: string) {
  const last = await db.selectFrom('changes').select(({ fn }) => fn.max('id').as('id')).where('account_id', '=', accountId).executeTakeFirst();
  const lastChangeId = Number(last?.id ?? 0);
  const counted = await replayScope(db, accountId, flow, window)
    .where('id', '<=', lastChangeId)
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return db
    .insertInto('replays')
    .values({
      account_id: accountId,
      flow_id: flow.id,
      request_key: key,
      ...window,
      status: 'running',
      total: Number(counted.n),
      processed: 0,
      triggered: 0,
      cursor: 0,
      last_change_id: lastChangeId,
      created_at: at,
      updated_at: at,
    })
    // The index's own condition, as a literal: SQLite matches a partial index only to the text it was made with.
    .onConflict((oc) => oc.columns(['account_id', 'request_key']).where('status', '=', sql.lit('running')).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function getReplay(db: Db, accountId: number, id: number) {
  const row = await db.selectFrom('replays').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('replay', String(id));
  return toReplay(row);
}

export async function listReplays(db: Db, accountId: number, flowId: number) {
  const rows = await db.selectFrom('replays').selectAll().where('account_id', '=', accountId).where('flow_id', '=', flowId).orderBy('id', 'desc').limit(100).execute();
  return rows.map(toReplay);
}

/** The account's replays of every flow, newest first, each with its flow's name. */
export async function listAccountReplays(db: Db, accountId: number, limit: number) {
  const rows = await db
    .selectFrom('replays as r')
    .innerJoin('flows as f', 'f.id', 'r.flow_id')
    .selectAll('r')
    .select('f.name as flow_name')
    .where('r.account_id', '=', accountId)
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toReplay(r), flow: r.flow_name }));
}

export async function cancelReplay(db: Db, accountId: number, id: number, at: string) {
  const replay = await getReplay(db, accountId, id);
  if (replay.status !== 'running') throw new HookflowError('HF_CONFLICT', `replay ${id} is ${replay.status}, not running`);
  await db.updateTable('replays').set({ status: 'cancelled', updated_at: at }).where('id', '=', id).where('status', '=', 'running').execute();
  return { ...replay, status: 'cancelled' as const };
}
