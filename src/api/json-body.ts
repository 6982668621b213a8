import type { FastifyInstance } from 'fastify';
import { HookflowError } from '../domain/errors.js';

/** `\u0000` not itself escaped (an even run of backslashes before it). */
const NUL_ESCAPE = /(?<!\\)(?:\\\\)*\\u0000/;

/**
 * JSON bodies, with two rules of our own. An empty body is no body: clients (the README's curl
 * helper among them) send `content-type: application/json` on every call, bodiless POSTs such as
 * Save & Test included. And PostgreSQL text cannot hold NUL, nor does any event data need it: it is
 * refused up front, for both stores.
 */
export function registerJsonBody(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    if (NUL_ESCAPE.test(body as string)) return done(new HookflowError('HF_BAD_REQUEST', 'body: text may not contain the NUL character (\\u0000)'), undefined);
    return parseJson(request, body as string, done);
  });
}
