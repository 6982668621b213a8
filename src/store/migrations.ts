import { type Generated, type Kysely, type Migration, type MigrationProvider, Migrator, type CreateTableBuilder, sql } from 'kysely';
import type { Dialect } from './schema.js';

/**
 * One set of migrations for both stores. The only difference is the auto-increment key,
 * so each migration receives the dialect and asks `id()` for it.
 */
type Step = (db: Kysely<unknown>, id: IdColumn, dialect: Dialect) => Promise<void>;
type IdColumn = <T extends string>(t: CreateTableBuilder<T, never>) => CreateTableBuilder<T, 'id'>;

const idColumn =
  (dialect: Dialect): IdColumn =>
  (t) =>
    dialect === 'sqlite'
      ? t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : t.addColumn('id', 'bigserial', (c) => c.primaryKey());

const timestamps = <T extends string, C extends string>(t: CreateTableBuilder<T, C>) =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());

/** What an account's configuration is read from (see `AccountConfig`). */
const CONFIG_TABLES = ['tags', 'catalog_entries', 'events', 'flows', 'connections', 'mappings'];

/**
 * Work queued by the database itself, so no writer can forget it and none pays a round trip for
 * it: every change appended is pending for the flows; on PostgreSQL, a transaction that queued
 * changes or deliveries wakes the listening workers when it commits (one notification per channel
 * per transaction; channels named as in `signals.ts`).
 */
const queueTriggers: Step = async (db, _id, dialect) => {
  const pend = 'insert into pending_changes (change_id, account_id) values (new.id, new.account_id)';
  if (dialect === 'sqlite') {
    await sql.raw(`create trigger changes_pending after insert on changes begin ${pend}; end`).execute(db);
    return;
  }
  await sql.raw(`create function queue_change() returns trigger language plpgsql as $$ begin ${pend}; return null; end $$`).execute(db);
  await sql.raw('create trigger changes_pending after insert on changes for each row execute function queue_change()').execute(db);
  await sql
    .raw(`create function notify_workers() returns trigger language plpgsql as $$ begin perform pg_notify('hookflow_' || tg_argv[0] || '_' || current_schema(), ''); return null; end $$`)
    .execute(db);
  await sql.raw(`create trigger changes_notify after insert on changes for each statement execute function notify_workers('changes')`).execute(db);
  await sql.raw(`create trigger deliveries_notify after insert on deliveries for each statement execute function notify_workers('deliveries')`).execute(db);
};

/**
 * Deliveries handed straight to a worker are inserted already claimed: waking the others for them
 * only makes every listener run an empty claim. Wake them when a statement inserted claimable work.
 */
const notifyClaimableDeliveries: Step = async (db, _id, dialect) => {
  if (dialect !== 'postgres') return;
  await sql
    .raw(
      `create function notify_claimable_deliveries() returns trigger language plpgsql as $$ begin
        if exists (select 1 from inserted where status <> 'processing') then perform pg_notify('hookflow_deliveries_' || current_schema(), ''); end if;
        return null; end $$`,
    )
    .execute(db);
  await sql.raw('drop trigger deliveries_notify on deliveries').execute(db);
  await sql
    .raw('create trigger deliveries_notify after insert on deliveries referencing new table as inserted for each statement execute function notify_claimable_deliveries()')
    .execute(db);
};

/**
 * A writer that evaluates its changes in its own transaction (see `WriteTimeEvaluation`) sets
 * `hookflow.evaluated` for it: the changes' triggers then neither queue them nor wake the change
 * processors, who would find nothing to do. (SQLite's triggers cannot see it; its writer dequeues.)
 */
const skipEvaluatedChanges: Step = async (db, _id, dialect) => {
  if (dialect !== 'postgres') return;
  const evaluated = "current_setting('hookflow.evaluated', true) = 'on'";
  await sql
    .raw(
      `create or replace function queue_change() returns trigger language plpgsql as $$ begin
        if ${evaluated} then return null; end if;
        insert into pending_changes (change_id, account_id) values (new.id, new.account_id); return null; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create or replace function notify_workers() returns trigger language plpgsql as $$ begin
        if ${evaluated} then return null; end if;
        perform pg_notify('hookflow_' || tg_argv[0] || '_' || current_schema(), ''); return null; end $$`,
    )
    .execute(db);
};

/**
 * The channel a signal is sent on, defined once in the database: the triggers notify on it and
 * the processes listen to it (`src/queue/signals.ts` asks for its name). Channels carry the
 * schema's name, so several Hookflows in one database never wake each other.
 */
const signalChannels: Step = async (db, _id, dialect) => {
  if (dialect !== 'postgres') return;
  await sql.raw(`create or replace function hookflow_channel(signal text) returns text language sql stable as $$ select 'hookflow_' || signal || '_' || current_schema() $$`).execute(db);
  const evaluated = "current_setting('hookflow.evaluated', true) = 'on'";
  await sql
    .raw(
      `create or replace function notify_workers() returns trigger language plpgsql as $$ begin
        if ${evaluated} then return null; end if;
        perform pg_notify(hookflow_channel(tg_argv[0]), ''); return null; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create or replace function notify_claimable_deliveries() returns trigger language plpgsql as $$ begin
        if exists (select 1 from inserted where status <> 'processing') then perform pg_notify(hookflow_channel('deliveries'), ''); end if;
        return null; end $$`,
    )
    .execute(db);
};

/**
 * An identical replay request while one runs is that one (see `requestReplay`): the database holds
 * running replays to one per request, so two requests at the same instant cannot both start one.
 * Duplicates already running are cancelled first, the oldest going on, so the index can be made.
 */
const replayFingerprint: Step = async (db) => {
  await sql`update replays set status = 'cancelled', updated_at = ${new Date().toISOString()}
    where status = 'running' and exists (select 1 from replays older where older.account_id = replays.account_id
      and older.request_key = replays.request_key and older.status = 'running' and older.id < replays.id)`.execute(db);
  await db.schema
    .createIndex('replays_running_request')
    .on('replays')
    .columns(['account_id', 'request_key'])
    .unique()
    .where(sql.ref('status'), '=', sql.lit('running'))
    .execute();
};

/**
 * Retention prunes in bounded batches (see `retention.ts`); each batch finds its rows through an
 * index instead of a scan, so it stays short however large the history. The partial indexes hold
 * only what pruning still has to reach: unexpired payloads, finished deliveries. (Changes and
 * outcomes, append-only, are found by id, which grows with their time.)
 */
const retentionIndexes: Step = async (db) => {
  await db.schema
    .createIndex('attempts_unexpired')
    .on('attempts')
    .column('started_at')
    // The word an expired body reads as (`EXPIRED`), spelled out: a migration never changes.
    .where(sql<boolean>`request is null or request <> '"expired"'`)
    .execute();
  await db.schema
    .createIndex('deliveries_finished')
    .on('deliveries')
    .column('updated_at')
    .where(sql.ref('status'), 'in', sql`('delivered', 'failed')`)
    .execute();
  // A change is kept while a delivery refers to it.
  await db.schema.createIndex('deliveries_change').on('deliveries').column('change_id').execute();
};

/**
 * Insights (issue 11): what each attempt ran into and left behind, what each delivery is about
 * (so lists filter without joins), and the rollups the figures are read from (`store/insight-counts.ts`).
 */
const insights: Step = async (db) => {
  for (const [column, type] of [['http_status', 'integer'], ['cause', 'text'], ['result', 'text'], ['lead', 'text']] as const) {
    await db.schema.alterTable('attempts').addColumn(column, type).execute();
  }
  await db.schema.alterTable('deliveries').addColumn('is_test', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('deliveries').addColumn('event_code', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('deliveries').addColumn('received_at', 'text').execute();
  await sql`update deliveries set is_test = coalesce((select c.is_test from changes c where c.id = deliveries.change_id), 0),
    event_code = coalesce((select c.event_code from changes c where c.id = deliveries.change_id), ''),
    received_at = coalesce((select c.created_at from changes c where c.id = deliveries.change_id), created_at)`.execute(db);
  await db.schema
    .createTable('insight_counts')
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('is_test', 'integer', (c) => c.notNull())
    .addColumn('grain', 'text', (c) => c.notNull())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('flow_id', 'integer', (c) => c.notNull())
    .addColumn('connection', 'text', (c) => c.notNull())
    .addColumn('event_code', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_counts_key', ['account_id', 'is_test', 'grain', 'bucket', 'metric', 'flow_id', 'connection', 'event_code', 'dimension'])
    .execute();
  await db.schema
    .createTable('insight_registrations')
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('is_test', 'integer', (c) => c.notNull())
    .addColumn('flow_id', 'integer', (c) => c.notNull())
    .addColumn('registration_code', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_registrations_key', ['account_id', 'is_test', 'flow_id', 'registration_code'])
    .execute();
  // Retention finds old buckets by time; the totals are never pruned. A new row is one per bucket and key, an update (most writes) leaves the index alone.
  await db.schema.createIndex('insight_counts_bucket').on('insight_counts').column('bucket').where(sql.ref('grain'), '<>', sql.lit('total')).execute();
  await db.schema.createIndex('insight_registrations_last').on('insight_registrations').columns(['account_id', 'is_test', 'flow_id', 'last_at']).execute();
  await db.schema.createIndex('attempts_started').on('attempts').columns(['account_id', 'started_at']).execute();
  await db.schema.createIndex('flow_outcomes_created').on('flow_outcomes').columns(['account_id', 'created_at']).execute();
  await db.schema.createIndex('changes_created').on('changes').columns(['account_id', 'created_at']).execute();
  await db.schema.createIndex('deliveries_created').on('deliveries').columns(['account_id', 'created_at']).execute();
  // The retry queue of an account, and the records of a registration, without scanning the account's history.
  await db.schema.createIndex('deliveries_retrying').on('deliveries').columns(['account_id', 'next_attempt_at']).where(sql.ref('status'), '=', sql.lit('retrying')).execute();
  await db.schema.createIndex('changes_subject').on('changes').columns(['account_id', 'subject_code']).execute();
};

/**
 * Alerts (issue 11): at most one unresolved alert per account, kind and connection (a unique
 * index, so two processes evaluating at once cannot open two), and the deliveries each lists.
 * Operational events wait in an outbox until sent to the connection an account subscribed
 * them to (one row per event type), recorded in the transaction of what they tell.
 */
const alerts: Step = async (db, id) => {
  await id(db.schema.createTable('alerts'))
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('connection', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('affected', 'integer', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alerts_unresolved')
    .on('alerts')
    .columns(['account_id', 'kind', 'connection'])
    .unique()
    .where(sql.ref('state'), '<>', sql.lit('resolved'))
    .execute();
  await db.schema.createIndex('alerts_account').on('alerts').columns(['account_id', 'id']).execute();
  await db.schema.createIndex('alerts_opened').on('alerts').columns(['account_id', 'opened_at']).execute();
  await db.schema
    .createTable('alert_deliveries')
    .addColumn('alert_id', 'integer', (c) => c.notNull())
    .addColumn('delivery_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_deliveries_key', ['alert_id', 'delivery_id'])
    .execute();
  await db.schema
    .createTable('notification_subscriptions')
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('connection', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_subscriptions_key', ['account_id', 'event_type'])
    .execute();
  await id(db.schema.createTable('operational_events'))
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('connection', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('operational_events_due')
    .on('operational_events')
    .columns(['next_attempt_at', 'id'])
    .where(sql.ref('status'), '=', sql.lit('pending'))
    .execute();
  await db.schema.createIndex('operational_events_account').on('operational_events').columns(['account_id', 'id']).execute();
};

/**
 * The event history lists an account's deliveries by the time their change was received, then by
 * id (replays deliver old changes late, so id order is not time order), and filters on that time:
 * one index serves both. It takes the place of the one by account and id, which only the lists
 * read, so a delivery's insert writes no more index entries than before.
 */
const historyIndex: Step = async (db) => {
  await db.schema.createIndex('deliveries_received').on('deliveries').columns(['account_id', 'received_at', 'id']).execute();
  await db.schema.dropIndex('deliveries_account').execute();
};

/**
 * Bulk resubmit jobs, and what the live tail reads in order (both issue 11). A job's deliveries are
 * fixed when it is created (`bulk_resubmit_items`), and each batch deletes those it took. Deliveries
 * and attempts carry the transaction that inserted them (see `DeliveriesTable.tx`): added as 0 (no
 * rewrite of the tables; older rows all committed before any new one) and, on PostgreSQL, defaulting
 * to the inserting transaction from then on, with an index the tail reads each account's rows by.
 */
const bulkJobs: Step = async (db, id, dialect) => {
  await timestamps(
    id(db.schema.createTable('bulk_resubmits'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('filter', 'text', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('processed', 'integer', (c) => c.notNull())
      .addColumn('resubmitted', 'integer', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text'),
  ).execute();
  await db.schema.createIndex('bulk_resubmits_account').on('bulk_resubmits').columns(['account_id', 'id']).execute();
  await db.schema.createIndex('bulk_resubmits_unfinished').on('bulk_resubmits').column('id').where(sql.ref('status'), 'in', sql`('queued', 'running')`).execute();
  await db.schema
    .createTable('bulk_resubmit_items')
    .addColumn('job_id', 'integer', (c) => c.notNull())
    .addColumn('delivery_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('bulk_resubmit_items_key', ['job_id', 'delivery_id'])
    .execute();
  for (const table of ['deliveries', 'attempts']) {
    await db.schema.alterTable(table).addColumn('tx', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
    if (dialect !== 'postgres') continue;
    await sql.raw(`alter table ${table} alter column tx set default (pg_current_xact_id()::text::bigint)`).execute(db);
    await db.schema.createIndex(`${table}_tx`).on(table).columns(['account_id', 'tx', 'id']).execute();
  }
};

/** Dashboard sessions: an API key exchanged for a cookie; revoking the key ends its sessions. */
const sessions: Step = async (db, id) => {
  await id(db.schema.createTable('sessions'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('api_key_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_api_key').on('sessions').column('api_key_id').execute();
};

/**
 * Fetch jobs and their runs. Due jobs are found by their next time among the active; a job's runs
 * are read newest first.
 */
const fetchJobs: Step = async (db, id) => {
  await timestamps(
    id(db.schema.createTable('fetch_jobs'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('spec', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('checkpoint', 'text')
      .addColumn('next_run_at', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_run_id', 'integer')
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addUniqueConstraint('fetch_jobs_name', ['account_id', 'name']),
  ).execute();
  await db.schema.createIndex('fetch_jobs_due').on('fetch_jobs').columns(['state', 'next_run_at']).execute();
  await id(db.schema.createTable('fetch_runs'))
    .addColumn('job_id', 'integer', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('position', 'text')
    .addColumn('pages', 'integer', (c) => c.notNull())
    .addColumn('records_read', 'integer', (c) => c.notNull())
    .addColumn('created', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('failed', 'integer', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .addColumn('checkpoint_before', 'text')
    .addColumn('checkpoint_after', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('fetch_runs_job').on('fetch_runs').columns(['job_id', 'id']).execute();
};

/** Responses written back: the change a write-back records names its origin (the loop guard); an attempt explains what it skipped. */
const writeBack: Step = async (db) => {
  await db.schema.alterTable('changes').addColumn('origin_flow_id', 'integer').execute();
  await db.schema.alterTable('changes').addColumn('origin_change_id', 'bigint').execute();
  await db.schema.alterTable('attempts').addColumn('note', 'text').execute();
};

/**
 * Postbacks: inbound sources, and the log of every call to them. A call's id is unique per source
 * (duplicates); the runner walks what waits (accepted, held) through indexes of their own; held
 * postbacks find their person by email through an index on it.
 */
const postbacks: Step = async (db, id) => {
  await timestamps(
    id(db.schema.createTable('inbound_sources'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('sealed_secrets', 'text', (c) => c.notNull()),
  )
    .addUniqueConstraint('inbound_sources_account_name', ['account_id', 'name'])
    .execute();
  await id(db.schema.createTable('postbacks'))
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('cause', 'text')
    .addColumn('detail', 'text')
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('dedupe_key', 'text')
    .addColumn('content_type', 'text')
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sealed_credentials', 'text')
    .addColumn('tags', 'text')
    .addColumn('match_by', 'text')
    .addColumn('match_value', 'text')
    .addColumn('hold_until', 'text')
    .addColumn('registrations', 'text')
    .addColumn('processed_at', 'text')
    .execute();
  await db.schema.createIndex('postbacks_dedupe').on('postbacks').columns(['source_id', 'dedupe_key']).unique().execute();
  await db.schema.createIndex('postbacks_account').on('postbacks').columns(['account_id', 'received_at', 'id']).execute();
  await db.schema.createIndex('postbacks_accepted').on('postbacks').column('id').where(sql.ref('outcome'), '=', sql.lit('accepted')).execute();
  await db.schema.createIndex('postbacks_held').on('postbacks').columns(['hold_until', 'id']).where(sql.ref('outcome'), '=', sql.lit('held')).execute();
  await sql`create index profiles_email on profiles (account_id, lower(email))`.execute(db);
};

const bump = (row: 'new' | 'old') => `update accounts set config_version = config_version + 1 where id = ${row}.account_id`;

/** Every write to `table` bumps its account's configuration version (PostgreSQL's trigger function is made by 0007). */
async function bumpConfigVersionOn(db: Kysely<unknown>, dialect: Dialect, table: string) {
  if (dialect === 'postgres') {
    await sql.raw(`create trigger ${table}_config_version after insert or update or delete on ${table} for each row execute function bump_config_version()`).execute(db);
    return;
  }
  for (const [op, row] of [['insert', 'new'], ['update', 'new'], ['delete', 'old']] as const) {
    await sql.raw(`create trigger ${table}_config_version_${op} after ${op} on ${table} begin ${bump(row)}; end`).execute(db);
  }
}

/** The slice of the store as 0022 found it: the catalogue's session entries, the events' test flags, the change log. */
type Before0022 = Kysely<{
  catalog_entries: { id: number; account_id: number; kind: string; event_code: string; code: string; name: string; attributes: string; created_at: string; updated_at: string };
  events: { account_id: number; code: string; data: string };
  changes: { id: Generated<number>; account_id: number; kind: string; subject_code: string; event_code: string; before: string | null; after: string; is_test: number; created_at: string };
  event_sessions: { account_id: number; event_code: string; code: string; data: string; change_id: number; created_at: string; updated_at: string };
}>;

/**
 * Sessions become records of their own, with custom fields, out of the catalogue: each existing
 * session entry moves over (name and times kept), its move recorded as its creation, so that every
 * session has a change. A session keeps the id of its latest change: the mass action sends that
 * one, and retention keeps it. A session is read with its event's configuration (a session
 * registration's change names it), so its writes bump the version as the event's do. Replays
 * learn to go over an event's sessions.
 */
const eventSessions: Step = async (db, id, dialect) => {
  await timestamps(
    id(db.schema.createTable('event_sessions'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('event_code', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('change_id', 'integer', (c) => c.notNull()),
  )
    .addUniqueConstraint('event_sessions_key', ['account_id', 'event_code', 'code'])
    .execute();
  // Retention asks, of each old change, whether a session still points at it.
  await db.schema.createIndex('event_sessions_change').on('event_sessions').column('change_id').execute();
  await bumpConfigVersionOn(db, dialect, 'event_sessions');
  const store = db as unknown as Before0022;
  const old = await store.selectFrom('catalog_entries').selectAll().where('kind', '=', 'session').orderBy('id').execute();
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  for (const e of old) {
    const a = JSON.parse(e.attributes) as Record<string, unknown>;
    const data = JSON.stringify({ code: e.code, eventCode: e.event_code, name: e.name, startsAt: text(a.startsAt), endsAt: text(a.endsAt), location: text(a.location), customFields: {} });
    const event = await store.selectFrom('events').select('data').where('account_id', '=', e.account_id).where('code', '=', e.event_code).executeTakeFirst();
    const isTest = event && (JSON.parse(event.data) as { isTest?: boolean }).isTest ? 1 : 0;
    const change = await store
      .insertInto('changes')
      .values({ account_id: e.account_id, kind: 'session.created', subject_code: `${e.event_code}/${e.code}`, event_code: e.event_code, before: null, after: data, is_test: isTest, created_at: e.updated_at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await store
      .insertInto('event_sessions')
      .values({ account_id: e.account_id, event_code: e.event_code, code: e.code, data, change_id: Number(change.id), created_at: e.created_at, updated_at: e.updated_at })
      .execute();
  }
  await store.deleteFrom('catalog_entries').where('kind', '=', 'session').execute();
  await db.schema.alterTable('replays').addColumn('subjects', 'text', (c) => c.notNull().defaultTo('changes')).execute();
};

const STEPS: Record<string, Step> = {
  '0001_accounts_and_data_model': async (db, id) => {
    await id(db.schema.createTable('accounts'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await id(db.schema.createTable('api_keys'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await timestamps(
      id(db.schema.createTable('tags'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('objects', 'text', (c) => c.notNull())
        .addColumn('system', 'integer', (c) => c.notNull()),
    )
      .addUniqueConstraint('tags_account_name', ['account_id', 'name'])
      .execute();
    await timestamps(
      id(db.schema.createTable('catalog_entries'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('event_code', 'text')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('standard', 'integer', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('attributes', 'text', (c) => c.notNull()),
    ).execute();
    // NULLs are distinct in unique indexes on both stores, so account-level entries get their own.
    await db.schema
      .createIndex('catalog_account_level')
      .on('catalog_entries')
      .columns(['account_id', 'kind', 'code'])
      .unique()
      .where(sql.ref('event_code'), 'is', null)
      .execute();
    await db.schema
      .createIndex('catalog_event_level')
      .on('catalog_entries')
      .columns(['account_id', 'kind', 'event_code', 'code'])
      .unique()
      .where(sql.ref('event_code'), 'is not', null)
      .execute();
    for (const table of ['events', 'profiles'] as const) {
      let t = id(db.schema.createTable(table))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull());
      if (table === 'profiles') t = t.addColumn('email', 'text');
      await timestamps(t.addColumn('data', 'text', (c) => c.notNull()))
        .addUniqueConstraint(`${table}_account_code`, ['account_id', 'code'])
        .execute();
    }
    await timestamps(
      id(db.schema.createTable('registrations'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('event_code', 'text', (c) => c.notNull())
        .addColumn('profile_code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull()),
    )
      .addUniqueConstraint('registrations_account_code', ['account_id', 'code'])
      .execute();
    await db.schema.createIndex('registrations_event').on('registrations').columns(['account_id', 'event_code']).execute();
    await timestamps(
      id(db.schema.createTable('session_registrations'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('registration_code', 'text', (c) => c.notNull())
        .addColumn('session_code', 'text', (c) => c.notNull())
        .addColumn('event_code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()),
    )
      .addUniqueConstraint('session_registrations_key', ['account_id', 'registration_code', 'session_code'])
      .execute();
    await id(db.schema.createTable('changes'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject_code', 'text', (c) => c.notNull())
      .addColumn('event_code', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text', (c) => c.notNull())
      .addColumn('is_test', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('changes_account').on('changes').columns(['account_id', 'id']).execute();
  },
  '0002_connections_mappings_flows': async (db, id) => {
    await timestamps(
      id(db.schema.createTable('connections'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        /** Everything but the secrets, as JSON. */
        .addColumn('settings', 'text', (c) => c.notNull())
        /** The secrets (passwords, keys, client secrets, tokens), sealed with AES-256-GCM. */
        .addColumn('sealed_secrets', 'text', (c) => c.notNull()),
    )
      .addUniqueConstraint('connections_account_name', ['account_id', 'name'])
      .execute();
    await timestamps(
      id(db.schema.createTable('mappings'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull()),
    )
      .addUniqueConstraint('mappings_account_name', ['account_id', 'name'])
      .execute();
    await timestamps(
      id(db.schema.createTable('flows'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull()),
    )
      .addUniqueConstraint('flows_account_name', ['account_id', 'name'])
      .execute();
    await id(db.schema.createTable('flow_outcomes'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('change_id', 'integer', (c) => c.notNull())
      .addColumn('flow_id', 'integer', (c) => c.notNull())
      .addColumn('flow_version', 'integer', (c) => c.notNull())
      .addColumn('triggered', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('flow_outcomes_change').on('flow_outcomes').columns(['account_id', 'change_id']).execute();
    await db.schema.alterTable('changes').addColumn('processed_at', 'text').execute();
    await db.schema
      .createIndex('changes_unprocessed')
      .on('changes')
      .column('id')
      .where(sql.ref('processed_at'), 'is', null)
      .execute();
  },
  '0003_deliveries': async (db, id) => {
    await timestamps(
      id(db.schema.createTable('deliveries'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('change_id', 'integer', (c) => c.notNull())
        .addColumn('flow_id', 'integer', (c) => c.notNull())
        .addColumn('destination', 'text', (c) => c.notNull())
        .addColumn('connection', 'text', (c) => c.notNull())
        /** Deliveries sharing a key (same record, same flow destination) go out in change order. */
        .addColumn('ordering_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('priority', 'integer', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('retries', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('leased_by', 'text')
        .addColumn('failure_category', 'text')
        .addColumn('failure_message', 'text')
        .addColumn('abandoned', 'integer', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .addColumn('target_record_id', 'text'),
    ).execute();
    await db.schema
      .createIndex('deliveries_due')
      .on('deliveries')
      .columns(['priority', 'next_attempt_at', 'id'])
      .where(sql.ref('status'), 'in', sql`('received', 'retrying', 'processing')`)
      .execute();
    await db.schema.createIndex('deliveries_order').on('deliveries').columns(['ordering_key', 'id']).execute();
    await db.schema.createIndex('deliveries_account').on('deliveries').columns(['account_id', 'id']).execute();
    await id(db.schema.createTable('attempts'))
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('delivery_id', 'integer', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('request', 'text')
      .addColumn('response', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('failure_category', 'text')
      .addColumn('failure_message', 'text')
      .execute();
    await db.schema.createIndex('attempts_delivery').on('attempts').columns(['delivery_id', 'number']).execute();
  },
  '0004_replays': async (db, id) => {
    await timestamps(
      id(db.schema.createTable('replays'))
        .addColumn('account_id', 'integer', (c) => c.notNull())
        .addColumn('flow_id', 'integer', (c) => c.notNull())
        /** The request, normalised: an identical request while this one runs is this one. */
        .addColumn('request_key', 'text', (c) => c.notNull())
        .addColumn('from_time', 'text')
        .addColumn('to_time', 'text')
        .addColumn('event_code', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('processed', 'integer', (c) => c.notNull())
        .addColumn('triggered', 'integer', (c) => c.notNull())
        /** The last change id replayed: the job resumes after it, after a crash too. */
        .addColumn('cursor', 'integer', (c) => c.notNull())
        .addColumn('last_change_id', 'integer', (c) => c.notNull()),
    ).execute();
    await db.schema.createIndex('replays_account').on('replays').columns(['account_id', 'status']).execute();
  },
  // Changes stay immutable: what waits for processing is a small queue row, deleted once processed,
  // instead of an update rewriting the change (and its snapshots) a second time.
  '0005_pending_changes': async (db) => {
    await db.schema
      .createTable('pending_changes')
      .addColumn('change_id', 'integer', (c) => c.primaryKey())
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .execute();
    await db
      .insertInto('pending_changes' as never)
      .columns(['change_id', 'account_id'] as never)
      .expression(sql`select id, account_id from changes where processed_at is null`)
      .execute();
    await db.schema.dropIndex('changes_unprocessed').execute();
    await db.schema.alterTable('changes').dropColumn('processed_at').execute();
  },
  // Claims scan only what waits: rows in flight leave the index they walk, and a dead worker's
  // expired leases are found through an index of their own.
  '0006_delivery_claim_indexes': async (db) => {
    await db.schema.dropIndex('deliveries_due').execute();
    await db.schema
      .createIndex('deliveries_waiting')
      .on('deliveries')
      .columns(['priority', 'next_attempt_at', 'id'])
      .where(sql.ref('status'), 'in', sql`('received', 'retrying')`)
      .execute();
    await db.schema.createIndex('deliveries_leased').on('deliveries').column('lease_until').where(sql.ref('status'), '=', sql.lit('processing')).execute();
  },
  // Workers keep an account's configuration in memory while its version stands. Triggers bump it,
  // so no write path can forget to, and every process sharing the database sees the same number.
  '0007_config_version': async (db, _id, dialect) => {
    await db.schema.alterTable('accounts').addColumn('config_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    if (dialect === 'postgres') {
      await sql
        .raw(
          `create function bump_config_version() returns trigger language plpgsql as $$
           begin
             if tg_op = 'DELETE' then ${bump('old')}; else ${bump('new')}; end if;
             return null;
           end $$`,
        )
        .execute(db);
    }
    for (const table of CONFIG_TABLES) await bumpConfigVersionOn(db, dialect, table);
  },
  '0008_queue_triggers': queueTriggers,
  '0009_notify_claimable_deliveries': notifyClaimableDeliveries,
  '0010_skip_evaluated_changes': skipEvaluatedChanges,
  '0011_replay_fingerprint': replayFingerprint,
  '0012_retention_indexes': retentionIndexes,
  '0013_signal_channels': signalChannels,
  '0014_insights': insights,
  '0015_alerts': alerts,
  '0017_history': historyIndex,
  '0018_bulk_jobs': bulkJobs,
  '0019_sessions': sessions,
  '0020_write_back': writeBack,
  '0021_postbacks': postbacks,
  '0022_event_sessions': eventSessions,
  '0023_fetch_jobs': fetchJobs,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const id = idColumn(this.dialect);
    return Object.fromEntries(Object.entries(STEPS).map(([name, step]) => [name, { up: (db) => step(db, id, this.dialect) }]));
  }
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema; name ours, so that several
  // Hookflow schemas in one PostgreSQL database (tests, tenants of a host) never mix.
  const schema = dialect === 'postgres' ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name : undefined;
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  return results.map((r) => r.migrationName);
}
