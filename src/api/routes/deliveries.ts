import type { FastifyInstance } from 'fastify';
import { DELIVERY_STATUSES, type Delivery, QUEUE_STATUSES, queueStatus } from '../../domain/delivery.js';
import { FAILURE_CATEGORIES } from '../../domain/failure.js';
import { resubmit } from '../../queue/resubmit.js';
import { type DeliveryFilter, getDelivery, listAttempts, listDeliveries } from '../../store/deliveries.js';
import { answers, boolean, closed, integer, list, nullable, text, timestamp } from '../responses.js';
import { idParams } from '../schemas.js';

const filterProperties = {
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

/** `shown()`'s shape: other routes that show deliveries use both. */
export const deliveryShape = closed({
  id: integer,
  accountId: integer,
  changeId: integer,
  flowId: integer,
  destination: { ...text, description: "the flow destination's name" },
  connection: text,
  orderingKey: { ...text, description: 'deliveries with the same key are sent in order' },
  status: { enum: DELIVERY_STATUSES },
  priority: { ...integer, description: 'lower goes first: a delivery submitted by hand jumps the queue' },
  attempts: integer,
  retries: { ...integer, description: 'automatic retries since it was queued or last submitted again' },
  nextAttemptAt: { ...timestamp, description: 'when it is due; once claimed or finished, when it last was' },
  failureCategory: nullable('string', { enum: [...FAILURE_CATEGORIES, null] }),
  failureMessage: nullable('string'),
  abandoned: { ...boolean, description: 'failed once its retries ran out ("Retried Abandoned")' },
  deliveredAt: nullable('string', { format: 'date-time' }),
  targetRecordId: nullable('string', { description: 'the id of the record the target created, when it said' }),
  createdAt: timestamp,
  updatedAt: timestamp,
  flow: nullable('string', { description: "the flow's name; null once it is deleted" }),
  queueStatus: nullable('string', { enum: [...QUEUE_STATUSES, null], description: "the guide's retry-queue status; null while received or processing" }),
  stuck: { ...boolean, description: 'processing for longer than its lease: its worker is gone' },
});

const headers = { type: 'object', additionalProperties: text } as const;
/** A payload kept: null when nothing was sent (or answered), "expired" once past payload retention. */
const kept = (shape: object, what: string) => ({ anyOf: [shape, { const: 'expired' }, { type: 'null' }], description: what });
const attempt = closed({
  number: integer,
  startedAt: timestamp,
  durationMs: integer,
  outcome: { enum: ['delivered', 'failed'] },
  failureCategory: nullable('string', { enum: [...FAILURE_CATEGORIES, null] }),
  failureMessage: nullable('string'),
  request: kept(closed({ url: text, method: text, headers, body: text }), 'what was sent, secrets redacted'),
  response: kept(closed({ status: integer, headers, body: text, truncated: { ...boolean, description: 'only the first 64 KiB are kept' } }), 'what the target answered'),
});
/** A delivery, its `attempts` the attempts themselves rather than their count. */
const withAttempts = closed({ ...deliveryShape.properties, attempts: { type: 'array', items: attempt, description: 'every attempt, oldest first' } });
const resubmitted = closed({ resubmitted: { ...integer, description: 'how many deliveries went back to the queue' } });

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
        response: answers({ 200: list('deliveries', deliveryShape) }),
      },
    },
    async (req) => ({ deliveries: (await listDeliveries(db, req.account.id, req.query, app.clock.now())).map(shown) }),
  );

  app.get<{ Params: { id: number } }>(
    '/deliveries/:id',
    { schema: { tags, summary: 'A delivery with every attempt', params: idParams, response: answers({ 200: withAttempts }) } },
    async (req) => ({
      ...shown(await getDelivery(db, req.account.id, req.params.id, app.clock.now())),
      attempts: await listAttempts(db, req.account.id, req.params.id),
    }),
  );

  app.post<{ Params: { id: number } }>(
    '/deliveries/:id/resubmit',
    { schema: { tags, summary: '"Submit to Retry Queue": straight to the front of the queue', params: idParams, response: answers({ 200: resubmitted }) } },
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
        response: answers({ 200: resubmitted }),
      },
    },
    async (req) => {
      const resubmitted = await resubmit(db, req.account.id, req.body, app.clock.now().toISOString());
      app.wake.deliveries();
      return { resubmitted };
    },
  );
}
