import type { FastifyInstance } from 'fastify';
import type { Change } from '../../domain/changes.js';
import { decodeCursor, encodeCursor } from '../../domain/cursor.js';
import { queueStatus } from '../../domain/delivery.js';
import { payloadOf, problemOf, statusHistory } from '../../insights/delivery-history.js';
import { resubmit } from '../../queue/resubmit.js';
import { findChanges } from '../../store/changes.js';
import { type DeliveryFilter, type DeliveryPage, type ListedDelivery, getDelivery, listAttempts, listDeliveries } from '../../store/deliveries.js';
import { idParams } from '../schemas.js';
import { detailResponse, filterProperties, listQuery, listResponse } from './delivery-schemas.js';

/**
 * A delivery as the API shows it: one flat shape for every status, null (or false) where the
 * status has no such field.
 */
function shown(d: ListedDelivery) {
  const failure = 'failure' in d ? d.failure : null;
  return {
    id: d.id,
    accountId: d.accountId,
    changeId: d.changeId,
    flowId: d.flowId,
    destination: d.destination,
    connection: d.connection,
    orderingKey: d.orderingKey,
    status: d.status,
    priority: d.priority,
    attempts: d.attempts,
    retries: d.retries,
    nextAttemptAt: d.nextAttemptAt,
    failureCategory: failure?.category ?? null,
    failureMessage: failure?.message ?? null,
    abandoned: d.status === 'failed' && d.abandoned,
    deliveredAt: d.status === 'delivered' ? d.deliveredAt : null,
    targetRecordId: d.status === 'delivered' ? d.targetRecordId : null,
    receivedAt: d.receivedAt,
    eventType: d.eventType,
    sourceRecord: d.sourceRecord,
    eventCode: d.eventCode,
    isTest: d.isTest,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    flow: d.flow,
    queueStatus: queueStatus(d),
    stuck: d.stuck,
  };
}

type ListQuery = DeliveryFilter & Omit<DeliveryPage, 'cursor'> & { cursor?: string };

export async function deliveryRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['deliveries'];

  app.get<{ Querystring: ListQuery }>(
    '/deliveries',
    {
      schema: {
        tags,
        summary: 'The event history and the retry queue: filter by date range, status, queue status (Retry, Error, Failed, Done), category, event type, event, source record, flow, connection',
        querystring: listQuery,
        response: { 200: listResponse },
      },
    },
    async (req) => {
      const { cursor, ...query } = req.query;
      const page = await listDeliveries(db, req.account.id, { ...query, ...(cursor ? { cursor: decodeCursor(cursor) } : {}) }, app.clock.now());
      const last = page.at(-1);
      return { deliveries: page.map(shown), nextCursor: last && page.length === (query.limit ?? 100) ? encodeCursor({ at: last.receivedAt, id: last.id }) : null };
    },
  );

  app.get<{ Params: { id: number } }>(
    '/deliveries/:id',
    {
      schema: {
        tags,
        summary: 'A delivery in detail: its change, the payload, every attempt, its status history, and what to do if it is failing',
        params: idParams,
        response: { 200: detailResponse },
      },
    },
    async (req) => {
      const { id } = req.params;
      const delivery = await getDelivery(db, req.account.id, id, app.clock.now());
      const [attempts, changes] = await Promise.all([listAttempts(db, req.account.id, id), findChanges(db, req.account.id, [delivery.changeId])]);
      return {
        ...shown(delivery),
        attempts,
        payload: payloadOf(attempts),
        change: changeOf(changes.get(delivery.changeId)),
        statusHistory: statusHistory(delivery, attempts),
        problem: problemOf(delivery, attempts),
      };
    },
  );

  app.post<{ Params: { id: number } }>(
    '/deliveries/:id/resubmit',
    { schema: { tags, summary: '"Submit to Retry Queue": straight to the front of the queue', params: idParams } },
    async (req) => {
      await getDelivery(db, req.account.id, req.params.id, app.clock.now());
      const resubmitted = await resubmit(db, req.account.id, { ids: [req.params.id] }, app.clock.now().toISOString());
      app.wake.deliveries();
      return { resubmitted };
    },
  );

  app.post<{ Body: DeliveryFilter }>(
    '/deliveries/resubmit',
    {
      schema: {
        tags,
        summary: 'Resubmit every failed or retrying delivery matching a filter (within your account)',
        body: { type: 'object', additionalProperties: false, properties: filterProperties },
      },
    },
    async (req) => {
      const resubmitted = await resubmit(db, req.account.id, req.body, app.clock.now().toISOString());
      app.wake.deliveries();
      return { resubmitted };
    },
  );
}

/** The change a delivery is about, as the detail shows it: kept, snapshots and all, while the delivery is. */
const changeOf = (c: Change | undefined) =>
  c ? { id: c.id, kind: c.kind, sourceRecord: c.subjectCode, eventCode: c.eventCode, isTest: c.isTest, receivedAt: c.createdAt, before: c.before, after: c.after } : null;
