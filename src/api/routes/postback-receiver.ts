import type { FastifyInstance } from 'fastify';
import { PostbackLog } from '../../inbound/postback-log.js';
import { type Call, receivePostback } from '../../inbound/receive.js';
import { sourceForToken } from '../../store/inbound-sources.js';
import { answers, closed, integer, text } from '../responses.js';

/** Calls to tokens no source has: there is no account to log them under, so they are counted here (and in the process log). */
export interface ReceiverStats {
  unknownSource: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    postbackReceiver: ReceiverStats;
  }
}

const answer = closed(
  {
    id: { ...integer, description: "the postback's id in the postback log" },
    outcome: { enum: ['accepted', 'rejected'] },
    cause: { enum: ['verification_failed', 'unparsable', 'too_large', 'duplicate'] },
    message: text,
    duplicateOf: { ...integer, description: 'for a duplicate: the postback it repeats' },
  },
  ['cause', 'message', 'duplicateOf'],
);

/**
 * `POST /in/<token>`: a publisher's postback, at its source's unguessable URL. Any content type
 * is taken as it came (JSON and forms are parsed into tags later in the same request), up to the
 * body limit; a larger body is not read further, and is logged as too large.
 */
export function postbackReceiverRoutes(bodyLimit: number) {
  return async (app: FastifyInstance) => {
    app.decorate('postbackReceiver', { unknownSource: 0 });
    const log = new PostbackLog(app.database.db);
    app.addHook('onClose', () => log.idle());
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_req, payload, done) => {
      const parts: Buffer[] = [];
      let size = 0;
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // Past the limit the rest is drained, never kept: the call is still logged, as too large.
        if (size <= bodyLimit) parts.push(chunk);
      });
      payload.on('end', () => done(null, size > bodyLimit ? { tooLarge: bodyLimit } : Buffer.concat(parts)));
      payload.on('error', (error) => done(error, undefined));
    });
    app.post<{ Params: { token: string } }>(
      '/in/:token',
      {
        schema: {
          tags: ['postbacks'],
          summary: "Receive a postback at its source's URL",
          description:
            "No API key: the URL's token names the source, whose verification (Standard Webhooks, HMAC, Basic, API key or none) the call must pass. " +
            '202 once the postback is durably in the postback log; its body (JSON or a form) is then attached to its registration as key:value tags. ' +
            '401 verification failed, 400 a body neither JSON nor a form, 413 too large, 200 a duplicate of one accepted before (not processed again); every one of them is logged. 404 for a token no source has.',
          params: { type: 'object', required: ['token'], properties: { token: { type: 'string', minLength: 1, maxLength: 200 } } },
          security: [],
          response: answers({ 200: answer, 202: answer, 400: answer, 401: answer, 413: answer }),
        },
      },
      async (req, reply) => {
        const found = await sourceForToken(app.database.db, app.secretBox, req.params.token);
        if (!found) {
          app.postbackReceiver.unknownSource++;
          req.log.warn({ unknownSources: app.postbackReceiver.unknownSource }, 'a postback to an unknown source token was refused (404)');
          return reply.status(404).send({ error: 'HF_NOT_FOUND', message: 'no inbound source has this URL' });
        }
        const call: Call = { headers: req.headers, body: (req.body as Call['body'] | undefined) ?? Buffer.alloc(0) };
        const { status, body } = await receivePostback({ log, box: app.secretBox, clock: app.clock }, found.accountId, found.source, call);
        if (status === 202) app.wake.postbacks();
        return reply.status(status).send(body);
      },
    );
  };
}
