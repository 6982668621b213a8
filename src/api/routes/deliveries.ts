import type { FastifyInstance } from 'fastify';
import { DELIVERY_STATUSES, type Delivery, QUEUE_STATUSES, queueStatus } from '../../domain/delivery.js';
import { FAILURE_CATEGORIES } from '../../domain/failure.js';
import { resubmit } from '../../queue/resubmit.js';
import { type DeliveryFilter, getDelivery, listAttempts, listDeliveries } from '../../store/deliveries.js';
import { idParams } from '../schemas.js';

/** What GET /deliveries filters by; the resubmits, their estimate, bulk resubmits and the live tail take the same. */
export const filterProperties = {
  status: { enum: DELIVERY_STATUSES },
  queue: { enum: QUEUE_STATUSES },
  category: { enum: FAILURE_CATEGORIES },
  flow: { type: 'string', maxLength: 200 },
  connection: { type: 'string', maxLength: 200 },
  changeId: { type: 'integer', minimum: 1 },
  stuck: { type: 'boolean' },
} as const;

/**
 * A delivery as the API shows it: one flat shape for every status, null (or false) where the
 * status has no such field.
 */
function shown(d: Delivery & { flow: string | null; stuck: boolean }) {
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
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    flow: d.flow,
    queueStatus: queueStatus(d),
    stuck: d.stuck,
  };
}

export async function deliveryRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['deliveries'];

  app.get<{ Querystring: DeliveryFilter }>(
    '/deliveries',
    {
      schema: {
        tags,
        summary: 'Deliveries and the retry queue: filter by status, queue status (Retry, Error, Failed, Done), category, flow, connection',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...filterProperties, after: { type: 'integer', minimum: 0 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
        },
      },
    },
    async (req) => ({ deliveries: (await listDeliveries(db, req.account.id, req.query, app.clock.now())).map(shown) }),
  );

  app.get<{ Params: { id: number } }>('/deliveries/:id', { schema: { tags, summary: 'A delivery with every attempt', params: idParams } }, async (req) => ({
    ...shown(await getDelivery(db, req.account.id, req.params.id, app.clock.now())),
    attempts: await listAttempts(db, req.account.id, req.params.id),
  }));

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
