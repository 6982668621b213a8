import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type Config, DEFAULT_TIMINGS, type Timings } from '../config.js';
import type { Dispatcher } from 'undici';
import { AddressGuard } from '../delivery/address-guard.js';
import { guardedAgent } from '../delivery/guarded-agent.js';
import { SecretBox } from '../secrets/secret-box.js';
import { type Clock, SYSTEM_CLOCK } from '../domain/clock.js';
import type { DeliveryTail } from '../insights/delivery-tail.js';
import { NOBODY, type Wake } from '../queue/wake.js';
import type { Database } from '../store/database.js';
import { RegistrationWriter, type WriteEvaluation } from '../store/registration-writer.js';
import { KeyCache, authenticate } from './auth.js';
import { accountForKey } from '../store/accounts.js';
import { accountForSession } from '../store/sessions.js';
import { registerErrorHandling } from './errors.js';
import { registerJsonBody } from './json-body.js';
import { closed } from './responses.js';
import { mappingDefinitions } from './schemas.js';
import { validatorCompiler } from './validation.js';
import { alertRoutes } from './routes/alerts.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { bulkResubmitRoutes } from './routes/bulk-resubmits.js';
import { catalogRoutes } from './routes/catalog.js';
import { changeRoutes } from './routes/changes.js';
import { connectionRoutes } from './routes/connections.js';
import { deliveryRoutes } from './routes/deliveries.js';
import { deliveryTailRoutes } from './routes/delivery-tail.js';
import { eventRoutes } from './routes/events.js';
import { fetchJobRoutes } from './routes/fetch-jobs.js';
import { eventSessionRoutes } from './routes/event-sessions.js';
import { flowRoutes } from './routes/flows.js';
import { insightRoutes } from './routes/insights.js';
import { inspectorListRoutes, inspectorTargetRoutes } from './routes/inspector.js';
import type { RequestInspector } from '../inspector/request-inspector.js';
import { mappingRoutes } from './routes/mappings.js';
import { type MetricsRouteOptions, metricsRoutes } from './routes/metrics.js';
import { notificationRoutes } from './routes/notifications.js';
import { inboundSourceRoutes } from './routes/inbound-sources.js';
import { postbackReceiverRoutes } from './routes/postback-receiver.js';
import { postbackRoutes } from './routes/postbacks.js';
import { profileRoutes } from './routes/profiles.js';
import { registrationRoutes } from './routes/registrations.js';
import { replayRoutes } from './routes/replays.js';
import { sessionRoutes } from './routes/session.js';
import { tagRoutes } from './routes/tags.js';
import { webRoutes } from './web.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    registrationWriter: RegistrationWriter;
    secretBox: SecretBox;
    /** Every request to a target goes through this: keep-alive pools behind the SSRF guard. */
    outbound: Dispatcher;
    wake: Wake;
    clock: Clock;
    timings: Timings;
    /** The live tails streaming now: ended when the server closes, which would otherwise wait for them. */
    liveTails: Set<DeliveryTail>;
  }
  interface FastifyContextConfig {
    /** The route wakes the change processor itself, only when it queued changes (see `RegistrationWriter`). */
    wakesForChanges?: boolean;
  }
}

export interface AppOptions {
  config: Pick<Config, 'bodyLimit' | 'allowTargets'> & Partial<Pick<Config, 'timings'>>;
  database: Database;
  /** Seals connection secrets. Without one, a random key nobody keeps (tests): secrets do not outlive the process. */
  secretBox?: SecretBox;
  logger?: FastifyServerOptions['logger'];
  /** A logger shared with the rest of the process (the workers), instead of `logger` options. */
  loggerInstance?: FastifyBaseLogger;
  /** The workers of this process, woken as soon as there is work, rather than at their next poll. */
  wake?: Wake;
  /** Registration writes evaluate their changes as they are written, when they may (the flows run in the API). */
  evaluation?: WriteEvaluation;
  clock?: Clock;
  /** Runs on the bare instance, before any route, so hooks it adds see every route (the tests check each answer against the document). */
  beforeRoutes?: (app: FastifyInstance) => void;
  /** The dashboard's built files (`WEB_ROOT` unless told): served at `/` when they exist. */
  webRoot?: string;
  /** GET /metrics, for a bearer of the metrics token (HOOKFLOW_METRICS_TOKEN); without it, no such route. */
  metrics?: MetricsRouteOptions;
  /** The demo's built-in webhook target (`hookflow demo`): it receives at `/inspector/<bin>`. Without one, nothing does. */
  inspector?: RequestInspector;
}


/** The HTTP API, apart from the code that listens, so tests can `inject()` without a port. */
export async function buildApp({ config, database, secretBox = SecretBox.ephemeral(), logger = false, loggerInstance, wake = NOBODY, evaluation, clock = SYSTEM_CLOCK, metrics, beforeRoutes, webRoot, inspector }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ ...(loggerInstance ? { loggerInstance } : { logger }), bodyLimit: config.bodyLimit });
  app.setValidatorCompiler(validatorCompiler());
  beforeRoutes?.(app);
  app.decorate('database', database);
  const now = () => clock.now().getTime();
  app.decorate('keys', new KeyCache((key) => accountForKey(database.db, key), undefined, now));
  app.decorate('sessions', new KeyCache((token) => accountForSession(database.db, token, clock.now()), undefined, now));
  await app.register(cookie);
  app.decorate('registrationWriter', new RegistrationWriter(database.db, { clock, evaluation, queued: () => wake.changes() }));
  app.decorate('secretBox', secretBox);
  app.decorate('outbound', guardedAgent(new AddressGuard(config.allowTargets)));
  app.addHook('onClose', () => app.outbound.close());
  app.addHook('onClose', () => app.registrationWriter.idle());
  registerErrorHandling(app);
  registerJsonBody(app);
  app.decorate('wake', wake);
  app.decorate('clock', clock);
  app.decorate('timings', config.timings ?? DEFAULT_TIMINGS);
  app.decorate('liveTails', new Set<DeliveryTail>());
  app.addHook('preClose', async () => {
    await Promise.all([...app.liveTails].map((tail) => tail.stop()));
  });
  app.addHook('onResponse', async (req, reply) => {
    if (req.method === 'GET' || reply.statusCode >= 300) return;
    if (req.routeOptions.config.wakesForChanges) wake.registrationsWritten();
    else wake.changes();
  });

  await app.register(swagger, {
    // 3.1: its schemas are JSON Schema, as the routes' are (nullable types, `const`, `propertyNames`).
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Hookflow API', version: '0.1.0', description: 'Event data in, tag-driven flows out.' },
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' }, metricsToken: { type: 'http', scheme: 'bearer', description: 'HOOKFLOW_METRICS_TOKEN (GET /metrics only)' } },
        // What route bodies refer to by `$ref`: their own `definitions` are not carried into the document.
        // (Read-only constants, shared with the validators; the document's types want mutable ones.)
        schemas: mappingDefinitions as unknown as Record<string, never>,
      },
      security: [{ apiKey: [] }],
    },
    // Shared schemas (the error shape) keep their $id as their component's name.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/health', { schema: { hide: true, response: { 200: closed({ ok: { const: true } }) } } }, () => ({ ok: true }));
  // Outside /v1: an API key opens the API, never the metrics.
  if (metrics) await app.register(metricsRoutes(metrics));
  if (inspector) await app.register(inspectorTargetRoutes(inspector));
  await app.register(postbackReceiverRoutes(config.bodyLimit));

  await app.register((web) => webRoutes(web, webRoot ? { root: webRoot } : {}));
  await app.register(sessionRoutes, { prefix: '/v1' });
  await app.register(
    async (v1) => {
      v1.addHook('onRequest', authenticate);
      for (const routes of [apiKeyRoutes, tagRoutes, catalogRoutes, eventRoutes, eventSessionRoutes, profileRoutes, registrationRoutes, changeRoutes, flowRoutes, connectionRoutes, mappingRoutes, deliveryTailRoutes, deliveryRoutes, bulkResubmitRoutes, replayRoutes, fetchJobRoutes, insightRoutes, alertRoutes, notificationRoutes, inboundSourceRoutes, postbackRoutes, inspectorListRoutes(inspector)]) {
        await v1.register(routes);
      }
    },
    { prefix: '/v1' },
  );
  return app;
}
