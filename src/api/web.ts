import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:web` puts the dashboard (from src/api and dist/api alike). */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Scripts and styles from this origin only, nothing inline, no framing: a payload that slipped
 * through as markup could run nothing. (React renders every payload as text besides.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that are the server's, never the dashboard's: an unknown one there is a 404, not the app. */
const SERVER_PATHS = /^\/(v1|docs|openapi\.json|health|metrics)(\/|$|\?)/;

/**
 * The dashboard at `/`: its files, and its page for every other path it routes itself
 * (`/flows/3` reloaded). Without a build, the server runs all the same and says how to make one.
 */
export async function webRoutes(app: FastifyInstance, { root = WEB_ROOT }: { root?: string } = {}) {
  if (!existsSync(`${root}index.html`)) {
    app.log.warn(`no dashboard at ${root}: run npm run build:web`);
    return;
  }
  app.addHook('onSend', async (_req, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Built files carry their content's hash in their name: they never change under it.
    setHeaders: (res, path) => res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const page = { schema: { hide: true } };
  app.get('/', page, (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  app.get('/*', page, (req, reply) => {
    if (SERVER_PATHS.test(req.url) || !req.headers.accept?.includes('text/html')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
