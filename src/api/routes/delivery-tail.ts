import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { HookflowError } from '../../domain/errors.js';
import { parseCursor } from '../../domain/tail-cursor.js';
import { DeliveryTail } from '../../insights/delivery-tail.js';
import { type TailFilter, readEvents, tailStart } from '../../store/delivery-events.js';
import { answers } from '../responses.js';
import { filterProperties } from './delivery-schemas.js';

/** Rows of each table a tail reads at once; more are read at once after. */
const READ_LIMIT = 500;

const { stuck: _notAChange, ...tailFilters } = filterProperties;

/** The live tail (Convoy's "Tail events"): the account's delivery status changes as Server-Sent Events. */
export async function deliveryTailRoutes(app: FastifyInstance) {
  const { db, dialect } = app.database;

  app.get<{ Querystring: TailFilter & { lastEventId?: string } }>(
    '/deliveries/tail',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'A live tail of your deliveries’ status changes (Server-Sent Events), filtered as the list is',
        description:
          'Each change is an event `delivery` whose data is `{ deliveryId, status, attempt, category, message, abandoned, at, flow, connection, changeId }`: ' +
          'a delivery received, then each attempt’s outcome (delivered, retrying, failed). Its id is a cursor: reconnecting with `Last-Event-ID` ' +
          '(or `lastEventId`, for clients that cannot send headers) resumes after it, none missed, none twice. Without one, the tail starts now. ' +
          'The filters are those of GET /deliveries: status, queue and category apply to each change, the others to its delivery. Comments are sent as heartbeats.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...tailFilters, lastEventId: { type: 'string', maxLength: 100, description: 'resume after this event id; the Last-Event-ID header wins' } },
        },
        response: answers({ 200: { description: 'the stream', content: { 'text/event-stream': { schema: { type: 'string' } } } } }),
      },
    },
    async (req, reply) => {
      const { lastEventId, ...filter } = req.query;
      const given = req.headers['last-event-id']?.toString() ?? lastEventId;
      const start = given === undefined ? await tailStart(db, dialect) : parseCursor(given);
      if (!start) throw new HookflowError('HF_BAD_REQUEST', `Last-Event-ID: '${given}' is not an event id of this stream`, 'Last-Event-ID');
      const out = new PassThrough();
      const tail = new DeliveryTail(out, start, {
        read: (cursor) => readEvents(db, dialect, req.account.id, filter, cursor, READ_LIMIT, app.clock.now()),
        pollInterval: app.timings.tailPoll,
        heartbeat: app.timings.tailHeartbeat,
        log: req.log,
      });
      app.liveTails.add(tail);
      out.once('close', () => app.liveTails.delete(tail));
      tail.start();
      return reply.header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no').send(out);
    },
  );
}
