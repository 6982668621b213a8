import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Registry } from 'prom-client';
import { HookflowError } from '../../domain/errors.js';
import { answers } from '../responses.js';

export interface MetricsRouteOptions {
  registry: Registry;
  /** HOOKFLOW_METRICS_TOKEN. */
  token: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics beside the API, outside /v1 and its API keys: only the metrics token opens it, so
 * an account's key (which sees its own account) never reads the figures of them all. Compared as
 * digests in constant time: neither the token's characters nor its length leak through timing.
 */
export function metricsRoutes({ registry, token }: MetricsRouteOptions) {
  const expected = digest(token);
  const authorize = async (req: FastifyRequest) => {
    const presented = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (presented === undefined) throw new HookflowError('HF_UNAUTHORIZED', 'the metrics token is required: Authorization: Bearer <HOOKFLOW_METRICS_TOKEN>');
    if (!timingSafeEqual(digest(presented), expected)) throw new HookflowError('HF_UNAUTHORIZED', 'that is not the metrics token');
  };
  return async (app: FastifyInstance) => {
    app.get(
      '/metrics',
      {
        onRequest: authorize,
        schema: {
          tags: ['metrics'],
          summary: 'Prometheus metrics: deliveries, attempt and end-to-end latency, the queues, breakers (bearer: HOOKFLOW_METRICS_TOKEN, not an API key)',
          security: [{ metricsToken: [] }],
          response: answers({ 200: { content: { 'text/plain': { schema: { type: 'string' } } } } }),
        },
      },
      async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()),
    );
  };
}
