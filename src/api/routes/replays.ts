import type { FastifyInstance } from 'fastify';
import { REPLAY_STATUSES, REPLAY_SUBJECTS } from '../../domain/replay.js';
import { getFlow } from '../../store/flows.js';
import { type ReplayRequest, cancelReplay, getReplay, listAccountReplays, listReplays, requestReplay } from '../../store/replays.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, closed, integer, list, nullable, text, timestamp } from '../responses.js';
import { code, idParams, nameParams } from '../schemas.js';

const flowParams = nameParams;

const replay = closed(
  {
    id: integer,
    flowId: integer,
    flow: { ...text, description: "the flow's name (on the flow's own routes)" },
    from: nullable('string', { format: 'date-time' }),
    to: nullable('string', { format: 'date-time' }),
    eventCode: nullable('string'),
    subjects: { enum: REPLAY_SUBJECTS, description: "`changes`: past changes; `sessions`: every session of the event, once each (the mass action)" },
    status: { enum: REPLAY_STATUSES },
    total: { ...integer, description: 'the changes it covers (over sessions: one per session)' },
    processed: { ...integer, description: 'the changes evaluated so far' },
    triggered: { ...integer, description: 'the changes the flow acted on' },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  ['flow'],
);

/** Self-serve replay: the guide's version needs a call to support. */
export async function replayRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['replays'];

  app.post<{ Params: { name: string }; Body: ReplayRequest }>(
    '/flows/:name/replays',
    {
      schema: {
        tags,
        summary: 'Replay a flow over past changes (a date range and/or an event), or over every session of an event, with its current configuration',
        description:
          '201 with the replay started. An identical request (same flow, from, to and eventCode) while one runs answers 200 with the running one, ' +
          'even when both arrive at the same instant. Once an identical replay has completed, the request is refused with 409 naming it, unless `force` is true (which never starts a second one while one runs).',
        params: flowParams,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: { type: 'string', format: 'date-time' },
            to: { type: 'string', format: 'date-time' },
            eventCode: code,
            subjects: {
              enum: REPLAY_SUBJECTS,
              description: '`sessions`: the mass action, a session flow sent again for every session of `eventCode` as it is now (its latest change), for a tag added after the sync began; no from/to',
            },
            force: { type: 'boolean', description: 'replay again changes that an identical, completed replay has already sent' },
          },
        },
        response: answers({ 200: replay, 201: replay }),
      },
    },
    async (req, reply) => {
      const flow = await getFlow(db, req.account.id, req.params.name);
      const norm = (t?: string) => (t ? new Date(t).toISOString() : undefined);
      const { replay, created } = await inTransaction(db, (trx) =>
        requestReplay(trx, req.account.id, flow, { ...req.body, from: norm(req.body.from), to: norm(req.body.to) }, app.clock.now().toISOString()),
      );
      app.wake.replays();
      return reply.status(created ? 201 : 200).send({ ...replay, flow: flow.name });
    },
  );

  app.get<{ Params: { name: string } }>('/flows/:name/replays', { schema: { tags, summary: "A flow's replays, newest first (the last 100)", params: flowParams, response: answers({ 200: list('replays', replay) }) } }, async (req) => {
    const flow = await getFlow(db, req.account.id, req.params.name);
    return { replays: (await listReplays(db, req.account.id, flow.id)).map((r) => ({ ...r, flow: flow.name })) };
  });

  app.get<{ Querystring: { limit: number } }>(
    '/replays',
    {
      schema: {
        tags,
        summary: 'Your replays of every flow, newest first, each with its flow',
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } } },
        response: answers({ 200: list('replays', replay) }),
      },
    },
    async (req) => ({ replays: await listAccountReplays(db, req.account.id, req.query.limit) }),
  );

  app.get<{ Params: { id: number } }>('/replays/:id', { schema: { tags, summary: 'A replay and its progress', params: idParams, response: answers({ 200: replay }) } }, (req) =>
    getReplay(db, req.account.id, req.params.id),
  );

  app.post<{ Params: { id: number } }>('/replays/:id/cancel', { schema: { tags, summary: 'Stop a running replay', params: idParams, response: answers({ 200: replay }) } }, (req) =>
    cancelReplay(db, req.account.id, req.params.id, app.clock.now().toISOString()),
  );
}
