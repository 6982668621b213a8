import type { FastifyInstance } from 'fastify';
import { EVENT_STANDARD_FIELDS, type EventInput } from '../../domain/event.js';
import { getEvent, listEvents, upsertEvent } from '../../store/events.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, boolean, closed, customValues, list, nullable, text, texts } from '../responses.js';
import { codeParams, eventBody } from '../schemas.js';

const event = closed({
  code: text,
  name: text,
  isTest: { ...boolean, description: 'a test event: its registrations are test data' },
  status: { ...text, description: 'an event status code' },
  ...Object.fromEntries(EVENT_STANDARD_FIELDS.map((f) => [f, nullable('string')])),
  customFields: customValues,
  tags: texts,
});

export async function eventRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['events'];
  app.get('/events', { schema: { tags, summary: "The account's events", response: answers({ 200: list('events', event) }) } }, async (req) => ({ events: await listEvents(db, req.account.id) }));
  app.get<{ Params: { code: string } }>('/events/:code', { schema: { tags, summary: 'An event', params: codeParams('code'), response: answers({ 200: event }) } }, (req) =>
    getEvent(db, req.account.id, req.params.code),
  );
  app.put<{ Params: { code: string }; Body: EventInput }>(
    '/events/:code',
    { schema: { tags, summary: 'Create or update an event (fields left out keep their value)', params: codeParams('code'), body: eventBody, response: answers({ 200: event, 201: event }) } },
    async (req, reply) => {
      const { event, created } = await inTransaction(db, (trx) => upsertEvent(trx, req.account.id, req.params.code, req.body, app.clock.now().toISOString()));
      return reply.status(created ? 201 : 200).send(event);
    },
  );
}
