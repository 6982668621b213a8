import type { FastifyInstance } from 'fastify';
import { CHANGE_KINDS, type ChangeKind } from '../../domain/changes.js';
import { listChanges } from '../../store/changes.js';
import { answers, boolean, closed, integer, list, text, timestamp } from '../responses.js';

/** A snapshot as the change recorded it: a registration, a session registration or an event, by kind. */
const snapshot = { type: 'object', additionalProperties: true } as const;
const change = closed({
  id: integer,
  kind: { enum: CHANGE_KINDS },
  subjectCode: { ...text, description: 'the code of the record changed (a session registration: `<registration>/<session>`)' },
  eventCode: text,
  before: { ...snapshot, type: ['object', 'null'], description: 'the record as it was; null when the change created it' },
  after: { ...snapshot, description: 'the record as the change left it' },
  isTest: { ...boolean, description: 'test data: a test registration, or in a test event' },
  createdAt: timestamp,
});

type Query = { after?: number; limit: number; kind?: ChangeKind; subjectCode?: string };

export async function changeRoutes(app: FastifyInstance) {
  const db = app.database.db;
  app.get<{ Querystring: Query }>(
    '/changes',
    {
      schema: {
        tags: ['changes'],
        summary: 'The change log, oldest first, a page at a time (pass the last id as `after`)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: { type: 'integer', minimum: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            kind: { enum: CHANGE_KINDS },
            subjectCode: { type: 'string', maxLength: 201 },
          },
        },
        response: answers({ 200: list('changes', change) }),
      },
    },
    async (req) => ({ changes: await listChanges(db, req.account.id, req.query) }),
  );
}
