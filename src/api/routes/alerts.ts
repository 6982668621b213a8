import type { FastifyInstance } from 'fastify';
import { ALERT_KINDS, ALERT_STATES, type Alert, alertWords, resolution } from '../../domain/alert.js';
import { DELIVERY_STATUSES, type Delivery, QUEUE_STATUSES, queueStatus } from '../../domain/delivery.js';
import { FAILURE_CAUSES } from '../../domain/failure-cause.js';
import { FAILURE_CATEGORIES } from '../../domain/failure.js';
import { alertResolved } from '../../domain/operational-event.js';
import { resubmit } from '../../queue/resubmit.js';
import { type AlertFilter, acknowledgeAlert, affectedDeliveries, affectedToResubmit, getAlert, listAlerts, resolveAlert } from '../../store/alerts.js';
import { recordOperationalEvents } from '../../store/operational-events.js';
import { inTransaction } from '../../store/transaction.js';
import { answers } from '../responses.js';
import { idParams } from '../schemas.js';

const nullable = (type: string) => ({ type: [type, 'null'] }) as const;
const time = { type: 'string', format: 'date-time' } as const;
const nullableTime = { type: ['string', 'null'], format: 'date-time' } as const;

const evidenceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  description: 'What the detector saw: by kind, the deliveries and failing share of the window against the baseline (failure_spike), the failures in a row (all_failing), the deliveries stuck (stuck_processing), the time of day and days it recurred (recurring_daily)',
  properties: {
    kind: { enum: ALERT_KINDS },
    deliveries: { type: 'integer' },
    failing: { type: 'integer' },
    rate: { type: 'number' },
    baselineRate: { type: 'number' },
    stuck: { type: 'integer' },
    timeOfDay: { type: 'string' },
    days: { type: 'integer' },
    over: { type: 'integer' },
  },
} as const;

const alertProperties = {
  id: { type: 'integer' },
  kind: { enum: ALERT_KINDS },
  connection: { type: 'string' },
  cause: { enum: FAILURE_CAUSES, description: 'the likely cause, in the monitoring guide’s words (see `likely` and `whatToDo`)' },
  state: { enum: ALERT_STATES },
  title: { type: 'string' },
  likely: { type: 'string' },
  whatToDo: { type: 'string' },
  evidence: evidenceSchema,
  openedAt: time,
  lastSeenAt: { ...time, description: 'the latest evidence of its cause' },
  acknowledgedAt: nullableTime,
  resolvedAt: nullableTime,
  resolvedBy: { enum: ['cleared', 'person', null] },
  resolution: { ...nullable('string'), description: 'when and how it was resolved, in a sentence' },
  affected: { type: 'integer', description: 'deliveries it lists as affected' },
} as const;
const alertSchema = { type: 'object', additionalProperties: false, required: Object.keys(alertProperties), properties: alertProperties } as const;

const affectedProperties = {
  id: { type: 'integer' },
  changeId: { type: 'integer' },
  flow: nullable('string'),
  destination: { type: 'string' },
  connection: { type: 'string' },
  eventCode: { type: 'string' },
  status: { enum: DELIVERY_STATUSES },
  queueStatus: { enum: [...QUEUE_STATUSES, null] },
  attempts: { type: 'integer' },
  failureCategory: { enum: [...FAILURE_CATEGORIES, null] },
  failureMessage: nullable('string'),
  updatedAt: time,
} as const;

/** An alert as the API shows it: its words, and its resolution, flat. */
const shown = (a: Alert) => ({
  id: a.id,
  kind: a.kind,
  connection: a.connection,
  cause: a.cause,
  state: a.state,
  ...alertWords(a),
  evidence: a.evidence,
  openedAt: a.openedAt,
  lastSeenAt: a.lastSeenAt,
  acknowledgedAt: a.acknowledgedAt,
  resolvedAt: a.state === 'resolved' ? a.resolvedAt : null,
  resolvedBy: a.state === 'resolved' ? a.resolvedBy : null,
  resolution: resolution(a),
  affected: a.affected,
});

const shownDelivery = (d: Delivery & { flow: string | null }) => {
  const failure = 'failure' in d ? d.failure : null;
  return {
    id: d.id,
    changeId: d.changeId,
    flow: d.flow,
    destination: d.destination,
    connection: d.connection,
    eventCode: d.eventCode,
    status: d.status,
    queueStatus: queueStatus(d),
    attempts: d.attempts,
    failureCategory: failure?.category ?? null,
    failureMessage: failure?.message ?? null,
    updatedAt: d.updatedAt,
  };
};

const page = { after: { type: 'integer', minimum: 0 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } } as const;
const one = answers({ 200: alertSchema });

/** Alerts: opened and resolved by Hookflow (`insights/alerts/`), acknowledged, resolved and acted on by people. */
export async function alertRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['alerts'];

  app.get<{ Querystring: AlertFilter }>(
    '/alerts',
    {
      schema: {
        tags,
        summary: 'Alerts, oldest first: filter by state, kind, connection (pass the last id as `after`)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { state: { enum: ALERT_STATES }, kind: { enum: ALERT_KINDS }, connection: { type: 'string', maxLength: 200 }, ...page },
        },
        response: answers({ 200: { type: 'object', additionalProperties: false, required: ['alerts'], properties: { alerts: { type: 'array', items: alertSchema } } } }),
      },
    },
    async (req) => ({ alerts: (await listAlerts(db, req.account.id, req.query)).map(shown) }),
  );

  app.get<{ Params: { id: number }; Querystring: { after?: number; limit: number } }>(
    '/alerts/:id',
    {
      schema: {
        tags,
        summary: 'An alert with its affected deliveries, a page at a time by delivery id (`nextAfter` is the next page’s `after`)',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: page },
        response: answers({
          200: {
            type: 'object',
            additionalProperties: false,
            required: [...alertSchema.required, 'deliveries', 'nextAfter'],
            properties: {
              ...alertProperties,
              deliveries: { type: 'array', items: { type: 'object', additionalProperties: false, required: Object.keys(affectedProperties), properties: affectedProperties } },
              nextAfter: nullable('integer'),
            },
          },
        }),
      },
    },
    async (req) => {
      const alert = await getAlert(db, req.account.id, req.params.id);
      const { limit, after = 0 } = req.query;
      const deliveries = await affectedDeliveries(db, req.account.id, alert.id, after, limit);
      return { ...shown(alert), deliveries: deliveries.map(shownDelivery), nextAfter: deliveries.length === limit ? (deliveries.at(-1)?.id ?? null) : null };
    },
  );

  app.post<{ Params: { id: number } }>(
    '/alerts/:id/acknowledge',
    { schema: { tags, summary: 'Someone is on it: open becomes acknowledged (it still resolves when its cause clears); 409 once resolved', params: idParams, response: one } },
    async (req) => shown(await acknowledgeAlert(db, req.account.id, req.params.id, app.clock.now().toISOString())),
  );

  app.post<{ Params: { id: number } }>(
    '/alerts/:id/resolve',
    { schema: { tags, summary: 'Resolve an alert by hand (told as alert.resolved); resolving a resolved one changes nothing', params: idParams, response: one } },
    async (req) => {
      const at = app.clock.now().toISOString();
      return shown(
        await inTransaction(db, async (trx) => {
          const resolved = await resolveAlert(trx, req.account.id, req.params.id, 'person', at);
          if (!resolved) return getAlert(trx, req.account.id, req.params.id);
          await recordOperationalEvents(trx, [alertResolved(resolved)], at);
          return resolved;
        }),
      );
    },
  );

  app.post<{ Params: { id: number } }>(
    '/alerts/:id/resubmit',
    {
      schema: {
        tags,
        summary: 'Resubmit the alert’s affected deliveries that failed or are retrying, in one go (to the front of the queue)',
        params: idParams,
        response: answers({ 200: { type: 'object', additionalProperties: false, required: ['resubmitted'], properties: { resubmitted: { type: 'integer' } } } }),
      },
    },
    async (req) => {
      const alert = await getAlert(db, req.account.id, req.params.id);
      const ids = (await affectedToResubmit(db, req.account.id, alert.id)).map((r) => r.id);
      const resubmitted = await resubmit(db, req.account.id, { ids }, app.clock.now().toISOString());
      app.wake.deliveries();
      return { resubmitted };
    },
  );
}
