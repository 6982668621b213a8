import type { FastifyInstance } from 'fastify';
import { decodeCursor, encodeCursor } from '../../domain/cursor.js';
import { POSTBACK_OUTCOMES, REJECTION_CAUSES } from '../../domain/postback.js';
import { reprocessPostback } from '../../inbound/reprocess.js';
import { type PostbackFilter, getPostback, listPostbacks } from '../../store/postbacks.js';
import { answers, closed, cursorPage, integer, nullable, text, timestamp } from '../responses.js';
import { idParams } from '../schemas.js';

const strings = { type: 'object', additionalProperties: text } as const;

const postback = closed(
  {
    id: integer,
    source: { ...text, description: "the inbound source's name" },
    receivedAt: timestamp,
    outcome: {
      enum: POSTBACK_OUTCOMES,
      description: 'accepted (waiting to be attached), attached, held (its registration does not exist yet), expired (it never appeared), unmatched (no match key in the body), rejected (see cause)',
    },
    cause: { enum: REJECTION_CAUSES, description: 'why it was rejected' },
    registrations: { type: 'array', items: text, description: 'attached: the registrations it reached' },
    holdUntil: { ...timestamp, description: 'held: until when it waits' },
    status: { ...integer, description: 'what the call was answered' },
    detail: nullable('string', { description: 'why it was rejected, held, expired or unmatched, in words' }),
    contentType: nullable('string'),
    headers: { ...strings, description: 'as received, credentials redacted' },
    body: { ...text, description: 'the body as received (empty when it was too large)' },
    tags: { anyOf: [strings, { type: 'null' }], description: 'the body as key:value tags (nested keys joined with dots, arrays indexed); null until it was parsed' },
    processedAt: nullable('string', { format: 'date-time' }),
  },
  ['cause', 'registrations', 'holdUntil'],
);

/** The store's filter, its cursor as the opaque text a page gave. */
type Query = Omit<PostbackFilter, 'cursor'> & { cursor?: string };

/** The postback log: every call to the account's inbound sources, accepted or not. */
export async function postbackRoutes(app: FastifyInstance) {
  const { db } = app.database;
  const tags = ['postbacks'];

  app.get<{ Querystring: Query }>(
    '/postbacks',
    {
      schema: {
        tags,
        summary: 'The postback log, newest first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            source: { type: 'string', maxLength: 200 },
            outcome: { enum: POSTBACK_OUTCOMES },
            cause: { enum: REJECTION_CAUSES },
            registration: { type: 'string', maxLength: 100, description: 'attached to this registration, or waiting for it' },
            from: { type: 'string', format: 'date-time', description: 'received at or after' },
            to: { type: 'string', format: 'date-time', description: 'received before' },
            search: { type: 'string', minLength: 1, maxLength: 200, description: 'text anywhere in the body, whatever its case' },
            cursor: { type: 'string', maxLength: 200, description: 'the previous page’s nextCursor' },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          },
        },
        response: answers({ 200: cursorPage('postbacks', postback) }),
      },
    },
    async (req) => {
      const { cursor, ...filter } = req.query;
      const postbacks = await listPostbacks(db, req.account.id, { ...filter, ...(cursor ? { cursor: decodeCursor(cursor) } : {}) });
      const last = postbacks.at(-1);
      return { postbacks, nextCursor: last && postbacks.length === filter.limit ? encodeCursor({ at: last.receivedAt, id: last.id }) : null };
    },
  );

  app.get<{ Params: { id: number } }>('/postbacks/:id', { schema: { tags, summary: 'One postback: headers, body, tags, outcome', params: idParams, response: answers({ 200: postback }) } }, (req) =>
    getPostback(db, req.account.id, req.params.id),
  );

  app.post<{ Params: { id: number } }>(
    '/postbacks/:id/reprocess',
    {
      schema: {
        tags,
        summary: 'Process a postback again with its source as it is now',
        description:
          'For one whose verification failed (checked again, with its stored body and credentials, as of when it arrived), or one held, expired or unmatched (matched again, with a fresh hold). 409 for the others.',
        params: idParams,
        response: answers({ 200: postback }),
      },
    },
    async (req) => {
      const view = await reprocessPostback({ db, box: app.secretBox, clock: app.clock }, req.account.id, req.params.id);
      if (view.outcome === 'accepted') app.wake.postbacks();
      return view;
    },
  );
}
