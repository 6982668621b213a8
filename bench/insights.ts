import { pathToFileURL } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { buildApp } from '../src/api/app.js';
import { type Increment, activityIncrement, attemptIncrements, outcomeIncrements } from '../src/domain/insight-counts.js';
import type { AttemptResult } from '../src/domain/attempt.js';
import { createAccount } from '../src/store/accounts.js';
import { openDatabase } from '../src/store/database.js';
import { addCounts, touchRegistrations } from '../src/store/insight-counts.js';
import { gatherStatistics } from '../src/store/retention.js';
import type { Dialect, Schema } from '../src/store/schema.js';
import { fmt, freshStore } from './support.js';

/**
 * The insights at scale: a 30-day history of BENCH_INSIGHT_DELIVERIES deliveries (default
 * 1,000,000: changes, outcomes, deliveries and attempts written by the database itself, the rollups
 * by the same code the pipeline counts with), then the Summary and Troubleshooting tabs and the
 * first page of drill-downs, each asked ROUNDS times through the API (in process), median quoted.
 * Beside them, the same Summary read by scanning the history (what the rollups save). Targets:
 * insights under 200 ms, a drill-down page under 100 ms, on both stores.
 */
const DELIVERIES = Number(process.env.BENCH_INSIGHT_DELIVERIES ?? 1_000_000);
const ROUNDS = 7;
const DAY = 86_400_000;
const REGISTRATIONS = 200_000;

export async function benchInsights(): Promise<string[]> {
  const lines = [`insights over ${fmt(DELIVERIES)} deliveries in 30 days (median of ${ROUNDS}; target: tabs < 200 ms, a drill-down page < 100 ms)`];
  const only = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').filter(Boolean);
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (only.length && !only.some((o) => dialect.includes(o))) continue;
    lines.push(...(await measure(dialect)));
  }
  return lines;
}

async function measure(dialect: Dialect): Promise<string[]> {
  const store = await freshStore(dialect);
  const database = await openDatabase({ url: store.url });
  try {
    const now = new Date();
    const { account, apiKey } = await createAccount(database.db, 'Bench', now.toISOString());
    const seeded = performance.now();
    await seed(database.db, dialect, account.id, now);
    await countAll(database.db, account.id);
    // What a database that has been running has: statistics and a visibility map (autovacuum's; SQLite gathers none unless asked).
    await (dialect === 'postgres' ? sql`vacuum analyze changes, flow_outcomes, deliveries, attempts, insight_counts, insight_registrations`.execute(database.db) : gatherStatistics(database.db));
    const seedSeconds = (performance.now() - seeded) / 1000;
    const app = await buildApp({ config: { bodyLimit: 1024 * 1024, allowTargets: [] }, database });
    const ask = async (url: string) => {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        const r = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${apiKey}` } });
        times.push(performance.now() - t);
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      }
      return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
    };
    const summary = await ask('/v1/insights/summary?last=30d');
    const body = JSON.parse((await app.inject({ method: 'GET', url: '/v1/insights/summary?last=30d', headers: { authorization: `Bearer ${apiKey}` } })).body);
    const rows = [
      ['Summary, 30 days', summary],
      ['Troubleshooting, 30 days', await ask('/v1/insights/troubleshooting?last=30d')],
      ['Summary, one flow, 30 days', await ask('/v1/insights/summary?last=30d&flow=F1')],
      ['Summary, one event, 30 days (Unique Registrations by scan)', await ask('/v1/insights/summary?last=30d&eventCode=E1')],
      ['Summary, last 15 minutes', await ask('/v1/insights/summary?last=15m')],
      ['drill-down page: failures, 30 days', await ask('/v1/insights/figures/failures/records?last=30d&limit=50')],
      ['drill-down page: changes processed, 30 days', await ask('/v1/insights/figures/changes_processed/records?last=30d&limit=50')],
      ['drill-down page: one registration, 30 days', await ask('/v1/insights/figures/changes_processed/records?last=30d&registrationCode=R-4242&limit=50')],
      ['Activity Feed page, 30 days', await ask('/v1/insights/activity?last=30d&limit=50')],
    ] as const;
    const scan = await scanSummary(database.db, account.id, now);
    await app.close();
    return [
      `  ${dialect} (seeded in ${seedSeconds.toFixed(0)} s; Summary reads ${fmt(body.processingStatus.successes + body.processingStatus.failures)} finished deliveries, ${fmt(body.uniqueRegistrations)} unique registrations)`,
      ...rows.map(([what, ms]) => `    ${what.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms`),
      `    ${'baseline: the same counts by scanning the history'.padEnd(58)} ${scan.toFixed(1).padStart(8)} ms`,
    ];
  } finally {
    await database.close();
    await store.drop();
  }
}

/** The history, written by the database: one change, outcome, delivery and attempt per item, evenly over 30 days. */
async function seed(db: Kysely<Schema>, dialect: Dialect, accountId: number, now: Date) {
  const changes = Math.ceil(DELIVERIES / 0.9);
  const start = (now.getTime() - 30 * DAY + 60_000) / 1000;
  const step = (30 * DAY - 120_000) / 1000 / changes;
  const ts = (i: string) =>
    dialect === 'sqlite'
      ? sql.raw(`strftime('%Y-%m-%dT%H:%M:%fZ', ${start} + ${i} * ${step}, 'unixepoch')`)
      : sql.raw(`to_char(to_timestamp(${start} + ${i} * ${step}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  const series = dialect === 'sqlite' ? sql.raw(`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${changes})`) : sql.raw('');
  const from = dialect === 'sqlite' ? sql.raw('from n') : sql.raw(`from generate_series(1, ${changes}) as n(i)`);
  await db.insertInto('flows').values([1, 2, 3, 4, 5].map((f) => ({ account_id: accountId, name: `F${f}`, version: 1, active: 1, definition: '{}', created_at: now.toISOString(), updated_at: now.toISOString() }))).execute();
  const flows = await db.selectFrom('flows').select('id').where('account_id', '=', accountId).orderBy('id').execute();
  const flow0 = flows[0]?.id as number;
  await sql`${series} insert into changes (account_id, kind, subject_code, event_code, after, is_test, created_at)
    select ${accountId}, case when i % 3 = 0 then 'registration.created' else 'registration.status_changed' end, 'R-' || (i % ${REGISTRATIONS}), 'E' || (i % 10), '{}', 0, ${ts('i')} ${from}`.execute(db);
  await db.deleteFrom('pending_changes').execute();
  await sql`insert into flow_outcomes (account_id, change_id, flow_id, flow_version, triggered, reason, detail, created_at)
    select account_id, id, ${flow0} + id % 5, 1, case when id % 10 = 0 then 0 else 1 end, case when id % 10 = 0 then 'filtered_out' end, '{}', created_at from changes where account_id = ${accountId}`.execute(db);
  await sql`insert into deliveries (account_id, change_id, flow_id, destination, connection, ordering_key, status, priority, attempts, retries, next_attempt_at, abandoned, is_test, event_code, received_at, created_at, updated_at)
    select o.account_id, o.change_id, o.flow_id, 'D', case o.change_id % 3 when 0 then 'crm' when 1 then 'slack' else 'sheet' end, 'k' || o.change_id,
      case when o.change_id % 50 = 1 then 'failed' when o.change_id % 100 = 7 then 'retrying' else 'delivered' end, 100, 1, 0, o.created_at, 0, 0, c.event_code, c.created_at, o.created_at, o.created_at
    from flow_outcomes o join changes c on c.id = o.change_id where o.account_id = ${accountId} and o.triggered = 1`.execute(db);
  await sql`insert into attempts (account_id, delivery_id, number, started_at, duration_ms, request, response, outcome, failure_category, failure_message, http_status, cause, result)
    select account_id, id, 1, created_at, 40, '"expired"', '"expired"', case when status = 'delivered' then 'delivered' else 'failed' end,
      case when status = 'delivered' then null when status = 'failed' then 'validation' else 'connection' end,
      case when status = 'delivered' then null else 'the target answered 4xx' end, case when status = 'delivered' then 200 when status = 'failed' then 422 else 503 end,
      case when status = 'delivered' then null when status = 'failed' then 'target_api_changed' else 'target_down' end,
      case when status = 'delivered' then 'delivered' when status = 'failed' then 'failed' else 'retrying' end
    from deliveries where account_id = ${accountId}`.execute(db);
}

/** The rollups, counted from the history by the code the pipeline counts with, a chunk at a time. */
async function countAll(db: Kysely<Schema>, accountId: number) {
  const CHUNK = 20_000;
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('flow_outcomes as o')
      .innerJoin('changes as c', 'c.id', 'o.change_id')
      .select(['o.id', 'o.change_id', 'o.flow_id', 'o.triggered', 'o.reason', 'o.created_at', 'c.kind', 'c.event_code', 'c.subject_code', 'c.created_at as change_at'])
      .where('o.account_id', '=', accountId)
      .where('o.id', '>', after)
      .orderBy('o.id')
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) break;
    after = rows.at(-1)?.id as number;
    const increments: Increment[] = [];
    for (const r of rows) {
      const outcome = r.triggered ? ({ triggered: true } as const) : ({ triggered: false, reason: r.reason ?? 'filtered_out' } as const);
      const connection = r.change_id % 3 === 0 ? 'crm' : r.change_id % 3 === 1 ? 'slack' : 'sheet';
      increments.push(...outcomeIncrements([{ accountId, isTest: false, eventCode: r.event_code, flowId: r.flow_id, changeId: r.change_id, outcome, connections: r.triggered ? [connection] : [] }], r.created_at));
      increments.push(activityIncrement({ accountId, isTest: false, eventCode: r.event_code, kind: r.kind, createdAt: r.change_at }));
    }
    await addCounts(db, increments);
    await touchRegistrations(db, rows.map((r) => ({ accountId, isTest: false, flowId: r.flow_id, code: r.subject_code })), rows.at(-1)?.created_at as string);
  }
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('attempts as a')
      .innerJoin('deliveries as d', 'd.id', 'a.delivery_id')
      .select(['a.id', 'a.started_at', 'a.duration_ms', 'a.result', 'a.failure_category', 'd.flow_id', 'd.connection', 'd.event_code', 'd.received_at'])
      .where('a.account_id', '=', accountId)
      .where('a.id', '>', after)
      .orderBy('a.id')
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) break;
    after = rows.at(-1)?.id as number;
    const increments = rows.flatMap((r) => {
      const record = { startedAt: r.started_at, durationMs: r.duration_ms };
      const report =
        r.result === 'delivered'
          ? ({ outcome: 'delivered', targetRecordId: null, lead: null, record } as const)
          : ({ outcome: 'failed', failure: { category: r.failure_category ?? 'connection', message: '' }, record } as const);
      const delivery = { accountId, isTest: false, eventCode: r.event_code, flowId: r.flow_id, connection: r.connection, receivedAt: r.received_at ?? r.started_at };
      return attemptIncrements({ delivery, report, result: r.result as AttemptResult }, r.started_at);
    });
    await addCounts(db, increments);
  }
}

/** The Summary's main counts read from the history itself: what a dashboard without rollups does. */
async function scanSummary(db: Kysely<Schema>, accountId: number, now: Date): Promise<number> {
  const from = new Date(now.getTime() - 30 * DAY).toISOString();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await db.selectFrom('flow_outcomes').select(sql`count(*)`.as('n')).where('account_id', '=', accountId).where('created_at', '>=', from).execute();
    await db.selectFrom('attempts').select(['result', sql`count(*)`.as('n')]).where('account_id', '=', accountId).where('started_at', '>=', from).groupBy('result').execute();
    await db.selectFrom('flow_outcomes as o').innerJoin('changes as c', 'c.id', 'o.change_id').select(sql`count(distinct c.subject_code)`.as('n')).where('o.account_id', '=', accountId).where('o.created_at', '>=', from).execute();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1] as number;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchInsights()) console.log(line);
}
