import type { FastifyInstance } from 'fastify';
import type { ProfileInput } from '../../domain/profile.js';
import { getProfile, listProfiles, upsertProfile } from '../../store/profiles.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, list, profile } from '../responses.js';
import { codeParams, page, profileBody } from '../schemas.js';

export async function profileRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['profiles'];
  app.get<{ Querystring: { limit: number; after?: string } }>(
    '/profiles',
    { schema: { tags, summary: 'Profiles by code, a page at a time (pass the last code as `after`)', querystring: page, response: answers({ 200: list('profiles', profile) }) } },
    async (req) => ({ profiles: await listProfiles(db, req.account.id, req.query) }),
  );
  app.get<{ Params: { code: string } }>('/profiles/:code', { schema: { tags, summary: 'A profile', params: codeParams('code'), response: answers({ 200: profile }) } }, (req) =>
    getProfile(db, req.account.id, req.params.code),
  );
  app.put<{ Params: { code: string }; Body: Omit<ProfileInput, 'code'> }>(
    '/profiles/:code',
    { schema: { tags, summary: 'Create or update a profile', params: codeParams('code'), body: profileBody, response: answers({ 200: profile, 201: profile }) } },
    async (req, reply) => {
      const { profile, created } = await inTransaction(db, (trx) => upsertProfile(trx, req.account.id, { ...req.body, code: req.params.code }, app.clock.now().toISOString()));
      return reply.status(created ? 201 : 200).send(profile);
    },
  );
}
