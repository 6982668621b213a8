import { type Expression, type SqlBool, sql } from 'kysely';
import type { ChangeKind } from '../domain/change-kinds.js';
import { CAUSE_ADVICE, type FailureCause } from '../domain/failure-cause.js';
import { decodeCursor, encodeCursor } from '../domain/cursor.js';
import { bucketRanges } from '../domain/period.js';
import { sumCounts } from '../store/insight-counts.js';
import type { Db, Dialect } from '../store/schema.js';
import type { InsightQuery } from './insight-query.js';

/**
 * The drill-downs: every figure's records, newest first, narrowed by the same filters as the
 * figure (InsightQuery) and by a registration code, a search, a reason or a kind. A record is
 * the row the figure counted, at the time it was counted by, so the two always agree.
 */
export const FIGURES = {
  /** The Activity Feed: every flow's processing of a change (not a figure of its own). */
  activity: 'outcome',
  changes_processed: 'outcome',
  actions_not_triggered: 'outcome',
  unique_registrations: 'registration',
  actions_triggered: 'delivery',
  in_retry_queue: 'delivery',
  registration_activity: 'change',
  successes: 'attempt',
  failures: 'attempt',
  total_retried: 'attempt',
  retried_abandoned: 'attempt',
  validation_errors: 'attempt',
  leads_created: 'attempt',
  leads_updated: 'attempt',
  /** Every failed attempt (retried, failed or abandoned): the Troubleshooting tab's causes. */
  failed_attempts: 'attempt',
  active_flows: 'flow',
} as const;
export type Figure = keyof typeof FIGURES;

export interface Narrowing {
  registrationCode?: string;
  /** Text found in the record's registration code, event, flow, connection or message. */
  search?: string;
  /** actions_not_triggered: one reason. */
  reason?: string;
  /** registration_activity: one kind of change. */
  kind?: ChangeKind;
  /** Attempt figures: one likely cause. */
  cause?: FailureCause;
}

export interface Page {
  cursor?: string;
  limit: number;
}

interface Store {
  db: Db;
  dialect: Dialect;
}

/** One page of a figure's records and the cursor of the next. */
export async function listRecords(store: Store, figure: Figure, q: InsightQuery, n: Narrowing, page: Page) {
  if (FIGURES[figure] === 'flow') return { records: await activeFlows(store.db, q), nextCursor: null };
  const base = recordQuery(store, figure, q, n);
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const rows = await base
    .where((eb) => (after ? eb.or([eb(sql.ref('at'), '<', after.at), eb.and([eb(sql.ref('at'), '=', after.at), eb(sql.ref('rid'), '<', after.id)])]) : eb.lit(true)))
    .orderBy(sql.ref('at'), 'desc')
    .orderBy(sql.ref('rid'), 'desc')
    .limit(page.limit + 1)
    .execute();
  const records = rows.slice(0, page.limit) as Record<string, unknown>[];
  const last = records.at(-1);
  return { records: records.map(shape), nextCursor: rows.length > page.limit && last ? encodeCursor({ at: String(last.at), id: Number(last.rid) }) : null };
}

/** How many records a figure has under the filters: the figure itself, for a drill-down's heading. */
export async function countRecords(store: Store, figure: Figure, q: InsightQuery, n: Narrowing): Promise<number> {
  if (FIGURES[figure] === 'flow') return (await activeFlows(store.db, q)).length;
  const row = await store.db
    .selectFrom(recordQuery(store, figure, q, n).as('r'))
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every record query selects `at` and `rid` (its order) beside its own columns, inside a subquery so they can be filtered on. */
function recordQuery(store: Store, figure: Figure, q: InsightQuery, n: Narrowing) {
  const inner = (() => {
    switch (FIGURES[figure]) {
      case 'outcome':
        return outcomes(store, figure as OutcomeFigure, q, n);
      case 'registration':
        return registrations(store, q, n);
      case 'delivery':
        return deliveries(store, figure as 'actions_triggered' | 'in_retry_queue', q, n);
      case 'change':
        return changes(store, q, n);
      default:
        return attempts(store, figure, q, n);
    }
  })() as unknown as ReturnType<typeof changes>; // the kinds' columns differ; the outer query reads only `at` and `rid` by name

  return store.db.selectFrom(inner.as('r')).selectAll();
}

const between = (column: string, q: InsightQuery) => sql<SqlBool>`${sql.ref(column)} >= ${q.period.from.toISOString()} and ${sql.ref(column)} < ${q.period.to.toISOString()}`;

/** The registration a change is about (a session registration's subject is `registration/session`). */
const registrationOf = ({ dialect }: Store) =>
  dialect === 'postgres'
    ? sql<string>`case when c.kind = 'session_registration.status_changed' then split_part(c.subject_code, '/', 1) else c.subject_code end`
    : sql<string>`case when c.kind = 'session_registration.status_changed' then substr(c.subject_code, 1, instr(c.subject_code, '/') - 1) else c.subject_code end`;

const isRegistrationChange = sql<SqlBool>`c.kind not like 'event.%'`;

/**
 * Records of changes about one registration: its own, and its session registrations'
 * (`code/session`), found first by the index on the subject code (as ranges of it: '0' is the
 * character after '/'), then the records by their change, instead of scanning the period.
 */
const aboutRegistration = (column: string, q: InsightQuery, code: string) =>
  sql<SqlBool>`${sql.ref(column)} in (select id from changes where account_id = ${q.accountId} and subject_code = ${code}
    union all select id from changes where account_id = ${q.accountId} and subject_code >= ${`${code}/`} and subject_code < ${`${code}0`})`;

function matching(search: string | undefined, columns: Expression<unknown>[]) {
  if (!search) return sql<SqlBool>`1 = 1`;
  const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`(${sql.join(
    columns.map((c) => sql`lower(coalesce(${c}, '')) like ${pattern} escape '\\'`),
    sql` or `,
  )})`;
}

const counted = sql<SqlBool>`(o.triggered = 1 or o.reason <> 'live_test_mismatch')`;

type OutcomeFigure = 'activity' | 'changes_processed' | 'actions_not_triggered';

function outcomes(store: Store, figure: OutcomeFigure, q: InsightQuery, n: Narrowing) {
  const registration = registrationOf(store);
  let query = store.db
    .selectFrom('flow_outcomes as o')
    .innerJoin('changes as c', 'c.id', 'o.change_id')
    .leftJoin('flows as f', 'f.id', 'o.flow_id')
    .select([
      'o.created_at as at',
      'o.id as rid',
      'o.change_id as changeId',
      'c.kind as kind',
      registration.as('registrationCode'),
      'c.event_code as eventCode',
      'f.name as flow',
      'o.triggered as triggered',
      'o.reason as reason',
      'o.detail as detail',
    ])
    .where('o.account_id', '=', q.accountId)
    .where('c.is_test', '=', q.isTest ? 1 : 0)
    .where(between('o.created_at', q))
    .where(counted);
  if (q.eventCode !== undefined) query = query.where('c.event_code', '=', q.eventCode);
  if (q.flowId !== undefined) query = query.where('o.flow_id', '=', q.flowId);
  // One record per change and evaluation: a change processed by two flows at once counts once.
  else if (figure === 'changes_processed')
    query = query.where(
      'o.id',
      '=',
      sql<number>`(select min(o2.id) from flow_outcomes o2 where o2.account_id = o.account_id and o2.change_id = o.change_id and o2.created_at = o.created_at and (o2.triggered = 1 or o2.reason <> 'live_test_mismatch'))`,
    );
  if (figure === 'actions_not_triggered') query = query.where('o.triggered', '=', 0);
  if (n.reason !== undefined) query = query.where('o.reason', '=', n.reason as never);
  if (n.registrationCode !== undefined) query = query.where(aboutRegistration('o.change_id', q, n.registrationCode));
  return query.where(matching(n.search, [registration, sql.ref('c.event_code'), sql.ref('f.name'), sql.ref('o.detail')]));
}

function registrations(store: Store, q: InsightQuery, n: Narrowing) {
  const registration = registrationOf(store);
  let query = store.db
    .selectFrom('flow_outcomes as o')
    .innerJoin('changes as c', 'c.id', 'o.change_id')
    .select([sql<string>`max(o.created_at)`.as('at'), sql<number>`max(o.id)`.as('rid'), registration.as('registrationCode'), sql<number>`count(*)`.as('outcomes')])
    .where('o.account_id', '=', q.accountId)
    .where('c.is_test', '=', q.isTest ? 1 : 0)
    .where(between('o.created_at', q))
    .where(counted)
    .where(isRegistrationChange);
  if (q.eventCode !== undefined) query = query.where('c.event_code', '=', q.eventCode);
  if (q.flowId !== undefined) query = query.where('o.flow_id', '=', q.flowId);
  if (n.registrationCode !== undefined) query = query.where(aboutRegistration('o.change_id', q, n.registrationCode));
  return query.where(matching(n.search, [registration])).groupBy(registration);
}

function deliveries(store: Store, figure: 'actions_triggered' | 'in_retry_queue', q: InsightQuery, n: Narrowing) {
  const registration = registrationOf(store);
  let query = store.db
    .selectFrom('deliveries as d')
    .innerJoin('changes as c', 'c.id', 'd.change_id')
    .leftJoin('flows as f', 'f.id', 'd.flow_id')
    .select([
      figure === 'actions_triggered' ? 'd.created_at as at' : 'd.next_attempt_at as at',
      'd.id as rid',
      'd.id as deliveryId',
      'd.change_id as changeId',
      'c.kind as kind',
      registration.as('registrationCode'),
      'd.event_code as eventCode',
      'f.name as flow',
      'd.connection as connection',
      'd.destination as destination',
      'd.status as status',
      'd.retries as retries',
      'd.failure_category as category',
      'd.failure_message as message',
    ])
    .where('d.account_id', '=', q.accountId)
    .where('d.is_test', '=', q.isTest ? 1 : 0);
  if (figure === 'actions_triggered') {
    query = query
      .where(between('d.created_at', q))
      .where(sql<SqlBool>`exists (select 1 from flow_outcomes o where o.account_id = d.account_id and o.change_id = d.change_id and o.flow_id = d.flow_id and o.created_at = d.created_at and o.triggered = 1)`);
  } else {
    // Literal, as in the partial index on the retry queue (a parameter would not match it).
    query = query.where(sql<SqlBool>`d.status = ${sql.lit('retrying')}`);
    if (q.category !== undefined) query = query.where('d.failure_category', '=', q.category);
  }
  if (q.eventCode !== undefined) query = query.where('d.event_code', '=', q.eventCode);
  if (q.flowId !== undefined) query = query.where('d.flow_id', '=', q.flowId);
  if (q.connection !== undefined) query = query.where('d.connection', '=', q.connection);
  if (n.registrationCode !== undefined) query = query.where(aboutRegistration('d.change_id', q, n.registrationCode));
  return query.where(matching(n.search, [registration, sql.ref('d.event_code'), sql.ref('f.name'), sql.ref('d.connection'), sql.ref('d.failure_message')]));
}

function changes(store: Store, q: InsightQuery, n: Narrowing) {
  const registration = registrationOf(store);
  let query = store.db
    .selectFrom('changes as c')
    .select(['c.created_at as at', 'c.id as rid', 'c.id as changeId', 'c.kind as kind', registration.as('registrationCode'), 'c.event_code as eventCode'])
    .where('c.account_id', '=', q.accountId)
    .where('c.is_test', '=', q.isTest ? 1 : 0)
    .where(between('c.created_at', q));
  if (q.eventCode !== undefined) query = query.where('c.event_code', '=', q.eventCode);
  if (n.kind !== undefined) query = query.where('c.kind', '=', n.kind);
  if (n.registrationCode !== undefined) query = query.where(aboutRegistration('c.id', q, n.registrationCode));
  return query.where(matching(n.search, [registration, sql.ref('c.event_code')]));
}

/** Which attempts each attempt figure counts: what they left their delivery as, and more. */
const ATTEMPTS_OF: Record<string, { results: string[]; category?: string; lead?: string }> = {
  successes: { results: ['delivered'] },
  failures: { results: ['failed', 'abandoned'] },
  total_retried: { results: ['retrying'] },
  retried_abandoned: { results: ['abandoned'] },
  validation_errors: { results: ['failed'], category: 'validation' },
  leads_created: { results: ['delivered'], lead: 'created' },
  leads_updated: { results: ['delivered'], lead: 'updated' },
  failed_attempts: { results: ['retrying', 'failed', 'abandoned'] },
};

function attempts(store: Store, figure: Figure, q: InsightQuery, n: Narrowing) {
  const registration = registrationOf(store);
  const which = ATTEMPTS_OF[figure] as (typeof ATTEMPTS_OF)[string];
  let query = store.db
    .selectFrom('attempts as a')
    // A cross join keeps the attempts (by their time) the outer loop: with statistics, SQLite would
    // rather scan every delivery than walk the attempts' index backwards to the first page.
    .crossJoin('deliveries as d')
    .innerJoin('changes as c', 'c.id', 'd.change_id')
    .leftJoin('flows as f', 'f.id', 'd.flow_id')
    .select([
      'a.started_at as at',
      'a.id as rid',
      'a.delivery_id as deliveryId',
      'a.number as attempt',
      'a.result as result',
      'a.failure_category as category',
      'a.cause as cause',
      'a.failure_message as message',
      'a.http_status as httpStatus',
      'a.lead as lead',
      'd.change_id as changeId',
      registration.as('registrationCode'),
      'd.event_code as eventCode',
      'f.name as flow',
      'd.connection as connection',
    ])
    .whereRef('d.id', '=', 'a.delivery_id')
    .where('a.account_id', '=', q.accountId)
    .where('d.is_test', '=', q.isTest ? 1 : 0)
    .where(between('a.started_at', q))
    .where('a.result', 'in', which.results as never[]);
  if (which.category) query = query.where('a.failure_category', '=', which.category as never);
  if (which.lead) query = query.where('a.lead', '=', which.lead as never);
  if (n.cause !== undefined) query = query.where('a.cause', '=', n.cause);
  if (q.category !== undefined && figure !== 'successes' && !figure.startsWith('leads_')) query = query.where('a.failure_category', '=', q.category);
  if (q.eventCode !== undefined) query = query.where('d.event_code', '=', q.eventCode);
  if (q.flowId !== undefined) query = query.where('d.flow_id', '=', q.flowId);
  if (q.connection !== undefined) query = query.where('d.connection', '=', q.connection);
  if (n.registrationCode !== undefined) query = query.where(aboutRegistration('d.change_id', q, n.registrationCode));
  return query.where(matching(n.search, [registration, sql.ref('d.event_code'), sql.ref('f.name'), sql.ref('d.connection'), sql.ref('a.failure_message')]));
}

/** Active Flows: the flows that processed changes in the period, with how many, from the rollups. */
async function activeFlows(db: Db, q: InsightQuery) {
  const rows = await sumCounts(
    db,
    { accountId: q.accountId, isTest: q.isTest, metrics: ['outcomes'], ...(q.flowId !== undefined ? { flowId: q.flowId } : {}), ...(q.eventCode !== undefined ? { eventCode: q.eventCode } : {}) },
    bucketRanges(q.period),
  );
  const byFlow = new Map<number, number>();
  for (const r of rows) byFlow.set(r.flow_id, (byFlow.get(r.flow_id) ?? 0) + r.count);
  const names = byFlow.size ? await db.selectFrom('flows').select(['id', 'name']).where('id', 'in', [...byFlow.keys()]).execute() : [];
  const nameOf = new Map(names.map((f) => [f.id, f.name]));
  return [...byFlow.entries()].map(([flowId, outcomes]) => ({ flowId, flow: nameOf.get(flowId) ?? null, outcomes })).sort((a, b) => b.outcomes - a.outcomes);
}

/** A record as the API shows it: its time, booleans as booleans, stored JSON parsed, no ordering id. */
function shape({ rid: _rid, triggered, detail, outcomes, ...rest }: Record<string, unknown>) {
  return {
    ...rest,
    ...(triggered !== undefined ? { triggered: Number(triggered) === 1 } : {}),
    ...(typeof detail === 'string' ? { detail: (JSON.parse(detail) as { detail?: string }).detail ?? null } : {}),
    ...(outcomes !== undefined ? { outcomes: Number(outcomes) } : {}),
  };
}


/** In Retry Queue, counted from the deliveries alone (the partial index on the retry queue), without the joins its records need. */
export async function countRetryQueue(db: Db, q: InsightQuery): Promise<number> {
  let query = db
    .selectFrom('deliveries as d')
    .select(sql<number>`count(*)`.as('n'))
    .where('d.account_id', '=', q.accountId)
    .where(sql<SqlBool>`d.status = ${sql.lit('retrying')}`)
    .where('d.is_test', '=', q.isTest ? 1 : 0);
  if (q.category !== undefined) query = query.where('d.failure_category', '=', q.category);
  if (q.eventCode !== undefined) query = query.where('d.event_code', '=', q.eventCode);
  if (q.flowId !== undefined) query = query.where('d.flow_id', '=', q.flowId);
  if (q.connection !== undefined) query = query.where('d.connection', '=', q.connection);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * Why attempts failed over the period, the most frequent cause first: each cause with how many
 * failed attempts it explains and, in the monitoring guide's words, what it likely is and what to do.
 */
export async function failureCauses(store: Store, q: InsightQuery) {
  const rows = await store.db
    .selectFrom(recordQuery(store, 'failed_attempts', q, {}).as('r'))
    .select([sql<FailureCause | null>`cause`.as('cause'), sql<number>`count(*)`.as('n')])
    .groupBy(sql.ref('cause'))
    .execute();
  return rows
    .filter((r): r is { cause: FailureCause; n: number } => r.cause !== null && r.cause in CAUSE_ADVICE)
    .map((r) => ({ cause: r.cause, count: Number(r.n), ...CAUSE_ADVICE[r.cause] }))
    .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
}
