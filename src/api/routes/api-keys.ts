import type { FastifyInstance } from 'fastify';
import { createApiKey, listApiKeys, revokeApiKey } from '../../store/accounts.js';
import { answers, closed, integer, list, noContent, nullable, text, timestamp } from '../responses.js';

const keyProperties = {
  id: integer,
  name: text,
  prefix: { type: 'string', description: 'the first characters of the key, to tell keys apart' },
  createdAt: timestamp,
  revokedAt: nullable('string', { format: 'date-time' }),
};
const apiKey = closed(keyProperties);

export async function apiKeyRoutes(app: FastifyInstance) {
  const db = app.database.db;
  app.get('/api-keys', { schema: { tags: ['api keys'], summary: "The account's API keys (never their secrets)", response: answers({ 200: list('apiKeys', apiKey) }) } }, async (req) => ({
    apiKeys: await listApiKeys(db, req.account.id),
  }));

  app.post<{ Body: { name: string } }>(
    '/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create another key; the secret is shown once',
        body: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 100 } } },
        response: answers({ 201: closed({ ...keyProperties, key: { type: 'string', description: 'the secret: shown this once, never again' } }) }),
      },
    },
    async (req, reply) => {
      const { key, info } = await createApiKey(db, req.account.id, req.body.name, app.clock.now().toISOString());
      return reply.status(201).send({ ...info, key });
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/api-keys/:id',
    { schema: { tags: ['api keys'], summary: 'Revoke a key', params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } }, response: answers(noContent) } },
    async (req, reply) => {
      await revokeApiKey(db, req.account.id, req.params.id, app.clock.now().toISOString());
      app.keys.forgetAccount(req.account.id);
      app.sessions.forgetAccount(req.account.id);
      return reply.status(204).send();
    },
  );
}
