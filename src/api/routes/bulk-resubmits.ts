import type { FastifyInstance } from 'fastify';
import { BULK_RESUBMIT_STATUSES, type BulkResubmit } from '../../domain/bulk-resubmit.js';
import { cancelBulkResubmit, createBulkResubmit, estimateResubmit, getBulkResubmit, listBulkResubmits } from '../../store/bulk-resubmits.js';
import type { DeliveryFilter } from '../../store/deliveries.js';
import { answers } from '../responses.js';
import { idParams } from '../schemas.js';
import { filterProperties } from './delivery-schemas.js';

const filterBody = { type: 'object', additionalProperties: false, properties: filterProperties } as const;
const time = { type: ['string', 'null'] } as const;

const jobSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'status', 'filter', 'total', 'processed', 'resubmitted', 'createdAt', 'updatedAt', 'startedAt', 'finishedAt', 'error'],
  properties: {
    id: { type: 'integer' },
    status: { enum: BULK_RESUBMIT_STATUSES },
    filter: filterBody,
    total: { type: 'integer', description: 'the deliveries the filter matched when the job was created: the job takes these and no others' },
    processed: { type: 'integer' },
    resubmitted: { type: 'integer', description: 'of those processed, the ones put back in the queue (the others had been delivered meanwhile)' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    startedAt: time,
    finishedAt: time,
    error: { type: ['string', 'null'], description: 'why the last batch of a failed job failed' },
  },
} as const;

/** A job as the API shows it: one flat shape for every status, null where the status has no such field. */
const shown = (j: BulkResubmit) => ({
  id: j.id,
  status: j.status,
  filter: j.filter,
  total: j.total,
  processed: j.processed,
  resubmitted: j.resubmitted,
  createdAt: j.createdAt,
  updatedAt: j.updatedAt,
  startedAt: j.status === 'queued' ? null : j.startedAt,
  finishedAt: j.status === 'queued' || j.status === 'running' ? null : j.finishedAt,
  error: j.status === 'failed' ? j.error : null,
});

/** Bulk resubmit as a tracked job (Hookdeck's bulk retry): an estimate first, then a background job with progress, cancellable. */
export async function bulkResubmitRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['deliveries'];

  app.post<{ Body: DeliveryFilter }>(
    '/deliveries/resubmit/estimate',
    {
      schema: {
        tags,
        summary: 'How many deliveries a resubmit of this filter would take now (failed or retrying, within your account)',
        body: filterBody,
        response: answers({ 200: { type: 'object', additionalProperties: false, required: ['count'], properties: { count: { type: 'integer' } } } }),
      },
    },
    async (req) => ({ count: await estimateResubmit(db, req.account.id, req.body, app.clock.now()) }),
  );

  app.post<{ Body: DeliveryFilter }>(
    '/bulk-resubmits',
    {
      schema: {
        tags,
        summary: 'Resubmit every delivery a filter matches, as a background job',
        description:
          'The deliveries are those the filter matches now (as the estimate counts them): one failing later is not swept in. ' +
          'Each goes to the front of the queue if it still is failed or retrying when its batch comes. 202 with the job; follow it at its location.',
        body: filterBody,
        response: answers({ 202: jobSchema }),
      },
    },
    async (req, reply) => {
      const job = await createBulkResubmit(db, req.account.id, req.body, app.clock.now().toISOString());
      app.wake.bulkResubmits();
      return reply.status(202).header('location', `/v1/bulk-resubmits/${job.id}`).send(shown(job));
    },
  );

  app.get<{ Querystring: { cursor?: string; limit: number } }>(
    '/bulk-resubmits',
    {
      schema: {
        tags,
        summary: 'Your bulk resubmits, newest first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { cursor: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        },
        response: answers({
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['bulkResubmits', 'nextCursor'],
            properties: { bulkResubmits: { type: 'array', items: jobSchema }, nextCursor: { type: ['string', 'null'], description: 'the next page, as `cursor`' } },
          },
        }),
      },
    },
    async (req) => {
      const { jobs, next } = await listBulkResubmits(db, req.account.id, { ...(req.query.cursor ? { before: Number(req.query.cursor) } : {}), limit: req.query.limit });
      return { bulkResubmits: jobs.map(shown), nextCursor: next === null ? null : String(next) };
    },
  );

  app.get<{ Params: { id: number } }>(
    '/bulk-resubmits/:id',
    { schema: { tags, summary: 'A bulk resubmit and its progress', params: idParams, response: answers({ 200: jobSchema }) } },
    async (req) => shown(await getBulkResubmit(db, req.account.id, req.params.id)),
  );

  app.post<{ Params: { id: number } }>(
    '/bulk-resubmits/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Stop a queued or running bulk resubmit after its current batch (409 once it has finished)',
        params: idParams,
        response: answers({ 200: jobSchema }),
      },
    },
    async (req) => shown(await cancelBulkResubmit(db, req.account.id, req.params.id, app.clock.now().toISOString())),
  );
}
