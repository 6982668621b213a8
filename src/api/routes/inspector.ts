import type { FastifyInstance } from 'fastify';
import { HookflowError } from '../../domain/errors.js';
import type { RequestInspector } from '../../inspector/request-inspector.js';
import { answers, closed, integer, list, text, timestamp } from '../responses.js';

const receivedRequest = closed({
  id: integer,
  receivedAt: timestamp,
  bin: { ...text, description: "the inspector bin: one demo connection's address (`/inspector/<bin>`)" },
  method: text,
  path: { ...text, description: 'the path and query, as received' },
  headers: { type: 'object', additionalProperties: text, description: 'as received, by lower-case name' },
  body: { ...text, description: 'the body as received, as text' },
  status: { ...integer, description: 'the status the inspector answered (503 while failing on purpose)' },
});

/** The built-in request inspector's list, for the dashboard: in every process, empty-handed (404) where none runs. */
export const inspectorListRoutes = (inspector: RequestInspector | undefined) =>
  async function inspectorRoutes(app: FastifyInstance) {
    app.get<{ Querystring: { bin?: string; limit: number } }>(
      '/inspector/requests',
      {
        schema: {
          tags: ['inspector'],
          summary: "The requests the demo's built-in inspector received for this account's connections, newest first",
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { bin: { type: 'string', maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          },
          response: answers({ 200: list('requests', receivedRequest) }),
        },
      },
      async (req) => {
        if (!inspector) throw new HookflowError('HF_NOT_FOUND', 'no request inspector runs here: it comes with `hookflow demo`');
        return { requests: inspector.list(req.account.id, req.query) };
      },
    );
  };

/**
 * Where the demo's connections send: any method, any body (kept as text), answered as the bin
 * says. Only in a process given an inspector (`hookflow demo`), never in `serve`.
 */
export const inspectorTargetRoutes = (inspector: RequestInspector) =>
  async function inspectorTarget(app: FastifyInstance) {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    app.all<{ Params: { bin: string } }>('/inspector/:bin', { schema: { hide: true } }, async (req, reply) => {
      const answer = inspector.receive(req.params.bin, {
        method: req.method,
        path: req.url,
        headers: Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')])),
        body: typeof req.body === 'string' ? req.body : '',
      });
      if (!answer) return reply.code(404).send({ error: `no inspector bin '${req.params.bin}'` });
      return reply.code(answer.status).send(answer.body);
    });
  };
