import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { LOOPBACK } from '../../src/config.js';
import { createAccount } from '../../src/store/accounts.js';
import type { Dialect } from '../../src/store/database.js';
import { answerProblems, checkAnswers } from './contract.js';
import { type TestDatabase, openTestDatabase } from './stores.js';

export interface Reply {
  status: number;
  body: any;
}

export interface Client {
  key: string;
  get(url: string): Promise<Reply>;
  put(url: string, body?: unknown): Promise<Reply>;
  post(url: string, body?: unknown): Promise<Reply>;
  delete(url: string): Promise<Reply>;
}

type Send = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, body?: unknown) => Promise<Reply>;

/** A client over any transport: `inject()` here, real HTTP in remote.ts. */
export const clientOver = (key: string, send: Send): Client => ({
  key,
  get: (url) => send('GET', url),
  put: (url, body) => send('PUT', url, body),
  post: (url, body) => send('POST', url, body),
  delete: (url) => send('DELETE', url),
});

/** A client through `inject()`; on an app built with `checkAnswers`, an answer that breaks the OpenAPI document throws. */
export function client(app: FastifyInstance, key: string): Client {
  return clientOver(key, async (method, url, payload) => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    failOnBrokenContract(app);
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined };
  });
}

const failOnBrokenContract = (app: FastifyInstance) => {
  const problems = answerProblems(app);
  if (problems.length) throw new Error(`the API broke its OpenAPI document:\n${problems.join('\n')}`);
};

/** Answers to requests a test injected itself are checked after it. */
export const useContract = (app: () => FastifyInstance | undefined) =>
  afterEach(() => {
    const built = app();
    if (built) failOnBrokenContract(built);
  });

export interface ApiFixture {
  app: FastifyInstance;
  database: TestDatabase;
  /** The account under test ("Acme Events") and a second one that must never see its data. */
  acme: Client;
  rival: Client;
  acmeId: number;
  rivalId: number;
}

/** An app on a fresh store with two accounts, built once per suite; every answer is checked against the OpenAPI document. */
export function useApi(dialect: Dialect, bodyLimit = 1024 * 1024, allowTargets = LOOPBACK): ApiFixture {
  const fixture = {} as ApiFixture;
  beforeAll(async () => {
    fixture.database = await openTestDatabase(dialect);
    fixture.app = await buildApp({ config: { bodyLimit, allowTargets }, database: fixture.database, beforeRoutes: checkAnswers });
    const at = fixture.app.clock.now().toISOString();
    const acme = await createAccount(fixture.database.db, 'Acme Events', at);
    const rival = await createAccount(fixture.database.db, 'Rival Events', at);
    Object.assign(fixture, { acme: client(fixture.app, acme.apiKey), acmeId: acme.account.id, rival: client(fixture.app, rival.apiKey), rivalId: rival.account.id });
  });
  useContract(() => fixture.app);
  afterAll(async () => {
    await fixture.app?.close();
    await fixture.database?.close();
  });
  return fixture;
}

/** The guide's setup: tags for statuses, properties, attendee types, events and questions, and one event. */
export async function seedSummit(c: Client) {
  const ok = async (p: Promise<Reply>) => {
    const r = await p;
    if (r.status >= 300) throw new Error(`seed failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  };
  await ok(c.put('/v1/tags/Registered', { objects: ['registration_statuses'] }));
  await ok(c.put('/v1/tags/Invited', { objects: ['registration_statuses'] }));
  await ok(c.put('/v1/tags/VIP', { objects: ['registration_properties', 'attendee_types'] }));
  await ok(c.put('/v1/tags/Roadshow', { objects: ['events'] }));
  await ok(c.put('/v1/tags/Diet', { objects: ['questions'] }));
  await ok(c.put('/v1/tags/Shirt', { objects: ['questions'] }));
  await ok(c.put('/v1/event-custom-fields/industry', { name: 'Industry', attributes: { type: 'select', options: ['Tech', 'Health'] } }));
  await ok(c.put('/v1/profile-custom-fields/tshirt', { name: 'T-shirt', attributes: { type: 'radio', options: ['S', 'M', 'L'] } }));
  await ok(c.put('/v1/registration-statuses/registered', { tags: ['Registered'] }));
  await ok(c.put('/v1/events/SUMMIT', { name: 'Summit 2026', tags: ['Roadshow'], customFields: { industry: 'Tech' }, startDate: '2026-12-01' }));
  await ok(c.put('/v1/events/SUMMIT/attendee-types/SPK', { name: 'Speaker', tags: ['VIP'] }));
  await ok(c.put('/v1/events/SUMMIT/registration-properties/vip_dinner', { name: 'VIP dinner', tags: ['VIP'] }));
  await ok(c.put('/v1/events/SUMMIT/registration-statuses/confirmed', { name: 'Confirmed', tags: ['Registered'] }));
  await ok(c.put('/v1/events/SUMMIT/questions/diet', { name: 'Diet', tags: ['Diet'], attributes: { text: 'Dietary needs?', type: 'text' } }));
  await ok(c.put('/v1/events/SUMMIT/sessions/KEYNOTE', { name: 'Keynote' }));
}

export const joe = (code = 'R-1', extra: Record<string, unknown> = {}) => ({
  eventCode: 'SUMMIT',
  profile: { code: `P-${code}`, firstName: 'Joe', lastName: 'Citizen', email: 'joe@example.com', position: 'CTO', organization: 'Initech' },
  ...extra,
});
