import { sql } from 'kysely';
import { type Alert, type AlertEvidence, type AlertFinding, type AlertKind, type AlertState, type ResolvedBy, type UnresolvedAlert } from '../domain/alert.js';
import { HookflowError, notFound } from '../domain/errors.js';
import { toDelivery } from './deliveries.js';
import { fromJson, toJson } from './json.js';
import type { Db, Row } from './schema.js';

/** Alerts and the deliveries each lists; the evaluation that opens and resolves them is `insights/alerts/`. */

export function toAlert(r: Row<'alerts'>): Alert {
  const common = {
    id: r.id,
    accountId: r.account_id,
    kind: r.kind,
    connection: r.connection,
    cause: r.cause,
    evidence: fromJson<AlertEvidence>(r.evidence),
    openedAt: r.opened_at,
    lastSeenAt: r.last_seen_at,
    affected: r.affected,
    acknowledgedAt: r.acknowledged_at,
  };
  // The resolution's columns are written with the state, in one statement (`resolveAlert`).
  if (r.state === 'resolved') return { ...common, state: r.state, resolvedAt: r.resolved_at as string, resolvedBy: r.resolved_by as ResolvedBy };
  return { ...common, state: r.state };
}

const UNRESOLVED = sql<boolean>`state <> 'resolved'`;

export interface AlertFilter {
  state?: AlertState;
  kind?: AlertKind;
  connection?: string;
  after?: number;
  limit?: number;
}

export async function listAlerts(db: Db, accountId: number, f: AlertFilter): Promise<Alert[]> {
  let q = db.selectFrom('alerts').selectAll().where('account_id', '=', accountId).where('id', '>', f.after ?? 0);
  if (f.state) q = q.where('state', '=', f.state);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.connection) q = q.where('connection', '=', f.connection);
  return (await q.orderBy('id').limit(f.limit ?? 100).execute()).map(toAlert);
}

export async function getAlert(db: Db, accountId: number, id: number): Promise<Alert> {
  const row = await db.selectFrom('alerts').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('alert', String(id));
  return toAlert(row);
}

export async function unresolvedAlerts(db: Db, accountId: number): Promise<UnresolvedAlert[]> {
  const rows = await db.selectFrom('alerts').selectAll().where('account_id', '=', accountId).where(UNRESOLVED).execute();
  return rows.map(toAlert).filter((a): a is UnresolvedAlert => a.state !== 'resolved');
}

/** Alerts resolved since `since`: what a finding is judged new against. */
export function resolvedSince(db: Db, accountId: number, since: string) {
  return db
    .selectFrom('alerts')
    .select(['kind', 'connection', 'resolved_at as resolvedAt'])
    .where('account_id', '=', accountId)
    .where('state', '=', 'resolved')
    .where('resolved_at', '>=', since)
    .$narrowType<{ resolvedAt: string }>()
    .execute();
}

/** Failure alerts (spikes, all failing) opened since `since`: what a daily pattern is found in. */
export function failureAlertsOpenedSince(db: Db, accountId: number, since: string) {
  return db
    .selectFrom('alerts')
    .select(['id as alertId', 'connection', 'opened_at as openedAt', 'cause'])
    .where('account_id', '=', accountId)
    .where('opened_at', '>=', since)
    .where('kind', 'in', ['failure_spike', 'all_failing'])
    .execute();
}

/**
 * Opens an alert for a finding, unless another process just opened the same one (the unique index
 * on unresolved alerts decides): the alert opened, or null.
 */
export async function openAlert(db: Db, accountId: number, f: AlertFinding, at: string): Promise<Alert | null> {
  const row = await db
    .insertInto('alerts')
    .values({
      account_id: accountId,
      kind: f.evidence.kind,
      connection: f.connection,
      cause: f.cause,
      state: 'open',
      evidence: toJson(f.evidence),
      opened_at: at,
      last_seen_at: f.latestAt,
      affected: 0,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['account_id', 'kind', 'connection']).where(UNRESOLVED).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toAlert(row) : null;
}

/** An unresolved alert whose cause goes on: its latest evidence. */
export async function refreshAlert(db: Db, id: number, f: AlertFinding, at: string): Promise<void> {
  await db
    .updateTable('alerts')
    .set({ cause: f.cause, evidence: toJson(f.evidence), last_seen_at: f.latestAt, updated_at: at })
    .where('id', '=', id)
    .where(UNRESOLVED)
    .execute();
}

/** Resolves an alert not yet resolved: the alert as resolved, or null if it already was. */
export async function resolveAlert(db: Db, accountId: number, id: number, by: ResolvedBy, at: string): Promise<Alert | null> {
  const row = await db
    .updateTable('alerts')
    .set({ state: 'resolved', resolved_at: at, resolved_by: by, updated_at: at })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where(UNRESOLVED)
    .returningAll()
    .executeTakeFirst();
  return row ? toAlert(row) : null;
}

/** Someone is on it. A resolved alert stays resolved (409); acknowledging twice changes nothing. */
export async function acknowledgeAlert(db: Db, accountId: number, id: number, at: string): Promise<Alert> {
  await db
    .updateTable('alerts')
    .set({ state: 'acknowledged', acknowledged_at: at, updated_at: at })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('state', '=', 'open')
    .execute();
  const alert = await getAlert(db, accountId, id);
  if (alert.state === 'resolved') throw new HookflowError('HF_CONFLICT', `alert ${id} is resolved; it cannot be acknowledged`);
  return alert;
}

/**
 * Where an alert's affected deliveries are found: its connection's deliveries that failed an
 * attempt since a time, those processing since before a time (stuck), or those other alerts list
 * (a recurring pattern's recurrences).
 */
export type AffectedSource = { failedSince: string } | { stuckBefore: string } | { alerts: readonly number[] };

/** Lists deliveries as affected by an alert (those already listed stay listed once): how many it lists now. */
export async function addAffected(db: Db, alert: Pick<Alert, 'id' | 'accountId' | 'connection'>, source: AffectedSource): Promise<number> {
  const id = sql.lit(alert.id).as('alert_id');
  const found =
    'failedSince' in source
      ? db
          .selectFrom('attempts as a')
          .innerJoin('deliveries as d', 'd.id', 'a.delivery_id')
          .select([id, 'a.delivery_id'])
          .distinct()
          .where('a.account_id', '=', alert.accountId)
          .where('a.started_at', '>=', source.failedSince)
          .where('a.outcome', '=', 'failed')
          .where('d.connection', '=', alert.connection)
      : 'stuckBefore' in source
        ? db
            .selectFrom('deliveries')
            .select([id, 'id as delivery_id'])
            .where(sql<boolean>`status = 'processing'`)
            .where('account_id', '=', alert.accountId)
            .where('connection', '=', alert.connection)
            .where('updated_at', '<', source.stuckBefore)
        : db.selectFrom('alert_deliveries').select([id, 'delivery_id']).distinct().where('alert_id', 'in', source.alerts.length ? source.alerts : [0]);
  await db
    .insertInto('alert_deliveries')
    .columns(['alert_id', 'delivery_id'])
    .expression(found)
    .onConflict((oc) => oc.doNothing())
    .execute();
  const counted = await db
    .updateTable('alerts')
    .set({ affected: db.selectFrom('alert_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('alert_id', '=', alert.id) })
    .where('id', '=', alert.id)
    .returning('affected')
    .executeTakeFirstOrThrow();
  return Number(counted.affected);
}

/** The deliveries an alert lists, by id, a page at a time, as they are now. */
export async function affectedDeliveries(db: Db, accountId: number, alertId: number, after: number, limit: number) {
  const rows = await db
    .selectFrom('alert_deliveries as ad')
    .innerJoin('deliveries as d', 'd.id', 'ad.delivery_id')
    .leftJoin('flows as f', 'f.id', 'd.flow_id')
    .selectAll('d')
    .select('f.name as flow')
    .where('ad.alert_id', '=', alertId)
    .where('d.account_id', '=', accountId)
    .where('d.id', '>', after)
    .orderBy('d.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toDelivery(r), flow: r.flow }));
}

/** The affected deliveries a resubmit can take: failed or retrying. */
export function affectedToResubmit(db: Db, accountId: number, alertId: number) {
  return db
    .selectFrom('alert_deliveries as ad')
    .innerJoin('deliveries as d', 'd.id', 'ad.delivery_id')
    .select('d.id')
    .where('ad.alert_id', '=', alertId)
    .where('d.account_id', '=', accountId)
    .where('d.status', 'in', ['failed', 'retrying'])
    .execute();
}
