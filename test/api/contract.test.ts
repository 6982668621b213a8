import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, closed, nullable, open, text } from '../../src/api/responses.js';
import { answerProblems, checkAnswers } from '../support/contract.js';

/** A small app whose routes keep or break their word, with the check every test app runs. */
async function appWithContract(): Promise<FastifyInstance> {
  const app = Fastify();
  checkAnswers(app);
  app.addSchema({ $id: 'Error', ...closed({ error: text, message: text }) });
  await app.register(swagger, {
    openapi: { openapi: '3.1.0', info: { title: 'contract', version: '1' } },
    // As the app names its shared schemas: the error shape is components/schemas/Error.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  const thing = closed({ name: text, note: nullable('string') });
  const route = (url: string, value: unknown, schema: object = { response: answers({ 200: thing }) }) => app.get(url, { schema }, async () => value);
  route('/kept', { name: 'a', note: null });
  route('/dropped', { name: 'a', note: null, extra: 1 });
  route('/coerced', { name: 3, note: null });
  route('/open', { name: 'a', more: { deep: true } }, { response: answers({ 200: open({ name: text }) }) });
  route('/undeclared', { name: 'a', note: null }, {});
  const okOnly: object = { response: { 200: thing } };
  app.get('/failed', { schema: okOnly }, async (_req, reply) => reply.status(409).send({ error: 'HF_CONFLICT', message: 'no' }));
  app.get('/hidden', { schema: { hide: true } }, async () => ({ anything: 1 }));
  await app.ready();
  return app;
}

describe('the contract check of the test apps', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWithContract();
  });
  afterAll(() => app.close());

  const problemsOf = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    return { status: r.statusCode, problems: answerProblems(app) };
  };

  it('passes answers that match their document, open shapes with whatever they hold, and hidden routes', async () => {
    expect(await problemsOf('/kept')).toEqual({ status: 200, problems: [] });
    expect(await problemsOf('/open')).toEqual({ status: 200, problems: [] });
    expect(await problemsOf('/hidden')).toEqual({ status: 200, problems: [] });
  });

  it('reports a property the schema does not list, and that the serializer dropped it', async () => {
    const { problems } = await problemsOf('/dropped');
    expect(problems).toEqual([expect.stringContaining('must NOT have additional properties (extra)'), expect.stringContaining('the serializer changed the body')]);
  });

  it('reports a value of another type than declared, and that the serializer coerced it', async () => {
    const { problems } = await problemsOf('/coerced');
    expect(problems).toEqual([expect.stringContaining('/name must be string'), expect.stringContaining('became {"name":"3","note":null}')]);
  });

  it('reports a body its operation does not declare, and a status it does not declare', async () => {
    expect((await problemsOf('/undeclared')).problems).toEqual([expect.stringContaining('a body, where the document declares none')]);
    expect(await problemsOf('/failed')).toEqual({ status: 409, problems: [expect.stringContaining('declares no 409 answer')] });
  });

  it('checks an answer no route gave against the error shape', async () => {
    // Fastify's own 404 body carries a statusCode the error shape does not have.
    expect(await problemsOf('/nowhere')).toEqual({ status: 404, problems: [expect.stringContaining('components/schemas/Error): / must NOT have additional properties (statusCode)')] });
  });
});
