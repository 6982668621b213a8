import Fastify from 'fastify';

/** The ceiling: a bare Fastify route that parses the same JSON body and answers, touching nothing. */
const app = Fastify({ logger: false });
app.put('/v1/registrations/:code', async (req, reply) => reply.status(201).send({ code: (req.params as { code: string }).code, body: req.body }));
// The postbacks' ceiling: the same JSON body parsed and answered 202.
app.post('/in/:token', async (req, reply) => reply.status(202).send({ token: (req.params as { token: string }).token, body: req.body }));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`hookflow listening at ${url}`);
