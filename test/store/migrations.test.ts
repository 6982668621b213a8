import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrations.js';
import type { ReplayStatus } from '../../src/domain/replay.js';
import { describeEachStore, type TestDatabase, openTestDatabase } from '../support/stores.js';

describeEachStore('migrating a store', (store) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(store);
  });
  afterAll(() => database.close());

  it('keeps the oldest of identical replays already running, and cancels the others, when running replays become unique', async () => {
    const db = database.db;
    // The store as it was before 0011: it and the migrations after it not made, its index not there.
    await sql`delete from kysely_migration where name >= '0011'`.execute(db);
    for (const index of ['replays_running_request', 'attempts_unexpired', 'deliveries_finished', 'deliveries_change', 'attempts_started', 'flow_outcomes_created', 'changes_created', 'deliveries_created', 'insight_counts_bucket', 'insight_registrations_last', 'deliveries_retrying', 'changes_subject']) {
      await db.schema.dropIndex(index).execute();
    }
    await db.schema.dropIndex('deliveries_received').execute();
    await db.schema.createIndex('deliveries_account').on('deliveries').columns(['account_id', 'id']).execute();
    for (const table of ['insight_counts', 'insight_registrations', 'alerts', 'alert_deliveries', 'notification_subscriptions', 'operational_events', 'bulk_resubmits', 'bulk_resubmit_items', 'sessions', 'inbound_sources', 'postbacks', 'event_sessions', 'fetch_jobs', 'fetch_runs'] as const) await db.schema.dropTable(table).execute();
    await db.schema.dropIndex('profiles_email').execute();
    await db.schema.alterTable('replays').dropColumn('subjects').execute();
    for (const table of ['attempts', 'deliveries'] as const) await db.schema.alterTable(table).dropColumn('tx').execute();
    for (const column of ['origin_flow_id', 'origin_change_id']) await db.schema.alterTable('changes').dropColumn(column).execute();
    for (const column of ['http_status', 'cause', 'result', 'lead', 'note']) await db.schema.alterTable('attempts').dropColumn(column).execute();
    for (const column of ['is_test', 'event_code', 'received_at']) await db.schema.alterTable('deliveries').dropColumn(column).execute();
    const at = '2026-01-01T00:00:00.000Z';
    const progress = { total: 0, processed: 0, triggered: 0, cursor: 0, last_change_id: 0 };
    const replay = (request_key: string, status: ReplayStatus = 'running') => ({
      ...{ account_id: 1, flow_id: 1, request_key, from_time: null, to_time: null, event_code: null, status },
      ...{ ...progress, created_at: at, updated_at: at },
    });
    await db.insertInto('replays').values([replay('a'), replay('a'), replay('a', 'done'), replay('b'), replay('a')]).execute();

    expect((await migrate(db as Kysely<unknown>, store))[0]).toBe('0011_replay_fingerprint');
    const rows = await db.selectFrom('replays').select(['id', 'request_key', 'status']).orderBy('id').execute();
    expect(rows.map((r) => r.status)).toEqual(['running', 'cancelled', 'done', 'running', 'cancelled']);
    await expect(db.insertInto('replays').values(replay('a')).execute()).rejects.toThrow();
  });
});

describeEachStore('moving sessions out of the catalogue (0022)', (store) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(store);
  });
  afterAll(() => database.close());

  it('keeps every session entry as a session of its event, with its name and times, and leaves the rest of the catalogue alone', async () => {
    const db = database.db as unknown as Kysely<any>;
    // The store as it was before 0022: sessions in the catalogue, replays over changes only.
    await sql`delete from kysely_migration where name >= '0022'`.execute(db);
    for (const table of ['event_sessions', 'fetch_jobs', 'fetch_runs']) await db.schema.dropTable(table).execute();
    await db.schema.alterTable('replays').dropColumn('subjects').execute();
    const at = '2026-01-01T00:00:00.000Z';
    const entry = (kind: string, code: string, attributes: object) => ({
      account_id: 1, kind, event_code: 'SUMMIT', code, name: `${code} name`, standard: 0, tags: '[]', attributes: JSON.stringify(attributes), created_at: at, updated_at: at,
    });
    await db.insertInto('catalog_entries').values([
      entry('session', 'KEYNOTE', { startsAt: '2026-12-01T09:00:00.000Z', endsAt: '2026-12-01T10:00:00.000Z', location: 'Hall A' }),
      entry('session', 'PANEL', {}),
      entry('attendee_type', 'SPK', {}),
    ]).execute();

    expect(await migrate(db, store)).toContain('0022_event_sessions');
    const sessions = await db.selectFrom('event_sessions').select(['event_code', 'code', 'data', 'change_id']).orderBy('id').execute();
    // Each move is recorded as the session's creation, which the session keeps as its latest change (the mass action's).
    const changes = await db.selectFrom('changes').select(['id', 'kind', 'subject_code', 'after']).where('kind', '=', 'session.created').orderBy('id').execute();
    expect(changes.map((c) => [c.kind, c.subject_code, JSON.parse(c.after).name])).toEqual([['session.created', 'SUMMIT/KEYNOTE', 'KEYNOTE name'], ['session.created', 'SUMMIT/PANEL', 'PANEL name']]);
    expect(sessions.map((s) => Number(s.change_id))).toEqual(changes.map((c) => Number(c.id)));
    expect(sessions.map(({ change_id: _c, ...s }) => ({ ...s, data: JSON.parse(s.data) }))).toEqual([
      { event_code: 'SUMMIT', code: 'KEYNOTE', data: { code: 'KEYNOTE', eventCode: 'SUMMIT', name: 'KEYNOTE name', startsAt: '2026-12-01T09:00:00.000Z', endsAt: '2026-12-01T10:00:00.000Z', location: 'Hall A', customFields: {} } },
      { event_code: 'SUMMIT', code: 'PANEL', data: { code: 'PANEL', eventCode: 'SUMMIT', name: 'PANEL name', startsAt: null, endsAt: null, location: null, customFields: {} } },
    ]);
    expect((await db.selectFrom('catalog_entries').select('kind').where('event_code', '=', 'SUMMIT').execute()).map((e) => e.kind)).toEqual(['attendee_type']);
    const version = async () => Number((await db.selectFrom('accounts').select('config_version').where('id', '=', 1).executeTakeFirst())?.config_version ?? 0);
    await db.insertInto('accounts').values({ id: 1, code: 'acme', name: 'Acme', created_at: at, config_version: 0 }).onConflict((oc: any) => oc.doNothing()).execute();
    const before = await version();
    await db.updateTable('event_sessions').set({ updated_at: at }).where('code', '=', 'PANEL').execute();
    expect(await version()).toBe(before + 1);
  });
});
