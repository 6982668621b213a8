import type { FastifyInstance } from 'fastify';
import type { EventInput } from '../../domain/event.js';
import { getEvent, listEvents, upsertEvent } from '../../store/events.js';
import { inTransaction } from '../../store/transaction.js';
import { codeParams, eventBody } from '../schemas.js';

export async function eventRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['events'];
  app.get('/events', { schema: { tags, summary: "The account's events" } }, async (req) => ({ events: await listEvents(db, req.account.id) }));
  app.get<{ Params: { code: string } }>('/events/:code', { schema: { tags, params: codeParams('code') } }, (req) =>
    getEvent(db, req.account.id, req.params.code),
  );
  app.put<{ Params: { code: string }; Body: EventInput }>(
    '/events/:code',
    { schema: { tags, summary: 'Create or update an event (fields left out keep their value)', params: codeParams('code'), body: eventBody } },
    async (req, reply) => {
      const { event, created } = await inTransaction(db, (trx) => upsertEvent(trx, req.account.id, req.params.code, req.body, app.clock.now().toISOString()));
      return reply.status(created ? 201 : 200).send(event);
    },
  );
}
