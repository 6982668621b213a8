import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HookflowError } from '../../domain/errors.js';
import { closeSession, openSession } from '../../store/sessions.js';
import { SESSION_COOKIE, authenticate, refuseCrossSite } from '../auth.js';
import { answers, closed, noContent, text } from '../responses.js';

/** How long a dashboard login lasts: a working day, then the key is asked for again. */
const SESSION_HOURS = 12;
const HOUR = 3_600_000;

const signedIn = closed({ account: closed({ code: text, name: text }), expiresAt: { type: 'string', format: 'date-time' } }, ['expiresAt']);

/**
 * The dashboard's login: an API key exchanged for a session cookie the page's scripts cannot read
 * (HttpOnly) and that no other site's request carries (SameSite=Strict). The key itself is never
 * kept in the browser.
 */
export async function sessionRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const cookie = (req: FastifyRequest, maxAge: number) => ({ path: '/', httpOnly: true, sameSite: 'strict' as const, secure: req.protocol === 'https', maxAge });

  app.post<{ Body: { apiKey: string } }>(
    '/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Log in to the dashboard: exchange an API key for a session cookie',
        security: [],
        body: { type: 'object', additionalProperties: false, required: ['apiKey'], properties: { apiKey: { type: 'string', minLength: 1, maxLength: 200 } } },
        response: answers({ 201: signedIn }),
      },
    },
    async (req, reply) => {
      refuseCrossSite(req);
      const now = app.clock.now();
      const expiresAt = new Date(now.getTime() + SESSION_HOURS * HOUR);
      const session = await openSession(db, req.body.apiKey, now, expiresAt);
      if (!session) throw new HookflowError('HF_UNAUTHORIZED', 'apiKey: that API key is unknown or revoked', 'apiKey');
      reply.setCookie(SESSION_COOKIE, session.token, cookie(req, SESSION_HOURS * 3600));
      return reply.status(201).send({ account: { code: session.account.code, name: session.account.name }, expiresAt: expiresAt.toISOString() });
    },
  );

  await app.register(async (authed) => {
    authed.addHook('onRequest', authenticate);
    authed.get('/session', { schema: { tags: ['session'], summary: 'Who is logged in', response: answers({ 200: signedIn }) } }, (req) => ({
      account: { code: req.account.code, name: req.account.name },
    }));
    authed.delete('/session', { schema: { tags: ['session'], summary: 'Log out: the session ends here and now', response: answers(noContent) } }, async (req, reply) => logOut(req, reply));
  });

  async function logOut(req: FastifyRequest, reply: FastifyReply) {
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      await closeSession(db, token);
      app.sessions.forget(token);
    }
    return reply.clearCookie(SESSION_COOKIE, cookie(req, 0)).status(204).send();
  }
}
