import type { FastifyInstance } from 'fastify';
import { TAG_OBJECTS, type TagObject } from '../../domain/tags.js';
import { deleteTag, getTag, listTags, upsertTag } from '../../store/tags.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, closed, list, noContent, text } from '../responses.js';
import { codeParams, tagBody } from '../schemas.js';

const tag = closed({
  name: text,
  label: text,
  objects: { type: 'array', items: { enum: TAG_OBJECTS }, description: 'the kinds of object it may apply to' },
  system: { type: 'boolean', description: 'an automatic tag (a standard registration property): it cannot be edited or deleted' },
});

type Params = { name: string };

export async function tagRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const schema = { tags: ['tags'], params: codeParams('name') };

  app.get('/tags', { schema: { tags: ['tags'], summary: "The account's tags", response: answers({ 200: list('tags', tag) }) } }, async (req) => ({
    tags: await listTags(db, req.account.id),
  }));
  app.get<{ Params: Params }>('/tags/:name', { schema: { ...schema, summary: 'A tag', response: answers({ 200: tag }) } }, (req) => getTag(db, req.account.id, req.params.name));

  app.put<{ Params: Params; Body: { label?: string; objects: TagObject[] } }>(
    '/tags/:name',
    { schema: { ...schema, summary: 'Create or update a tag and the objects it may apply to', body: tagBody, response: answers({ 200: tag, 201: tag }) } },
    async (req, reply) => {
      const { name } = req.params;
      const { tag, created } = await inTransaction(db, (trx) =>
        upsertTag(trx, req.account.id, name, { label: req.body.label ?? name, objects: req.body.objects }, app.clock.now().toISOString()),
      );
      return reply.status(created ? 201 : 200).send(tag);
    },
  );

  app.delete<{ Params: Params }>('/tags/:name', { schema: { ...schema, summary: 'Delete a tag no object carries', response: answers(noContent) } }, async (req, reply) => {
    await inTransaction(db, (trx) => deleteTag(trx, req.account.id, req.params.name));
    return reply.status(204).send();
  });
}
