import type { FastifyInstance } from 'fastify';
import { CHANGE_KINDS, type ChangeKind } from '../../domain/changes.js';
import { listChanges } from '../../store/changes.js';

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
      },
    },
    async (req) => ({ changes: await listChanges(db, req.account.id, req.query) }),
  );
}
