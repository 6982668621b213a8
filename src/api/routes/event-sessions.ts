import type { FastifyInstance } from 'fastify';
import type { SessionInput } from '../../domain/event-session.js';
import { getSession, listSessions, upsertSession } from '../../store/event-sessions.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, closed, customValues, list, nullable, text } from '../responses.js';
import { codeParams, sessionBody } from '../schemas.js';

const session = closed({
  code: text,
  eventCode: text,
  name: text,
  startsAt: nullable('string', { format: 'date-time' }),
  endsAt: nullable('string', { format: 'date-time' }),
  location: nullable('string'),
  customFields: { ...customValues, description: 'values of the session custom fields (/v1/session-custom-fields)' },
});

type Params = { event: string; code: string };

/** The sessions of an event: records like events, each write a change session flows watch. */
export async function eventSessionRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['sessions'];
  app.get<{ Params: { event: string } }>(
    '/events/:event/sessions',
    { schema: { tags, summary: "An event's sessions", params: codeParams('event'), response: answers({ 200: list('sessions', session) }) } },
    async (req) => ({ sessions: await listSessions(db, req.account.id, req.params.event) }),
  );
  app.get<{ Params: Params }>('/events/:event/sessions/:code', { schema: { tags, summary: 'A session', params: codeParams('event', 'code'), response: answers({ 200: session }) } }, (req) =>
    getSession(db, req.account.id, req.params.event, req.params.code),
  );
  app.put<{ Params: Params; Body: SessionInput }>(
    '/events/:event/sessions/:code',
    {
      schema: {
        tags,
        summary: 'Create or update a session (fields left out keep their value); records session.created or session.updated',
        params: codeParams('event', 'code'),
        body: sessionBody,
        response: answers({ 200: session, 201: session }),
      },
    },
    async (req, reply) => {
      const at = app.clock.now().toISOString();
      const { session, created } = await inTransaction(db, (trx) => upsertSession(trx, req.account.id, req.params.event, req.params.code, normalised(req.body), at));
      return reply.status(created ? 201 : 200).send(session);
    },
  );
}

/** Times are kept as UTC ISO text, whatever offset they came in (replays and filters compare them as text). */
const normalised = (b: SessionInput): SessionInput => ({
  ...b,
  ...(b.startsAt ? { startsAt: new Date(b.startsAt).toISOString() } : {}),
  ...(b.endsAt ? { endsAt: new Date(b.endsAt).toISOString() } : {}),
});
