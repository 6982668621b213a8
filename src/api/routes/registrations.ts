import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import { HookflowError, type ErrorCode } from '../../domain/errors.js';
import type { RegistrationInput } from '../../domain/registration.js';
import { type UpsertOutcome, getRegistration, listRegistrations } from '../../store/registrations.js';
import { getSessionRegistration, listSessionRegistrations, upsertSessionRegistration } from '../../store/session-registrations.js';
import { inTransaction } from '../../store/transaction.js';
import { describeSchemaError } from '../errors.js';
import { answers, boolean, closed, customValues, integer, list, nullable, profile, text, timestamp } from '../responses.js';
import { code, codeParams, page, registrationBody, registrationItem } from '../schemas.js';

const OUTCOMES = ['created', 'updated', 'unchanged', 'error'] as const;

/** What a registration holds, apart from its person. */
const registrationFields = {
  code: text,
  eventCode: text,
  status: { ...text, description: 'a registration status code' },
  attendeeType: nullable('string', { description: 'an attendee type code' }),
  isTest: { ...boolean, description: 'the standard "Test" property: test data, even in a live event' },
  properties: { type: 'object', additionalProperties: boolean, description: 'standard and custom properties, by code' },
  answers: { ...customValues, description: 'answers, by question code' },
};
const times = { createdAt: timestamp, updatedAt: timestamp };
const postback = { type: 'object', additionalProperties: text, description: 'the key:value tags postbacks attached (the latest value of each key); absent until one has' } as const;
const registration = closed({ ...registrationFields, profile, postback }, ['postback']);
const upserted = closed({ outcome: { enum: OUTCOMES.slice(0, 3) }, registration });
const sessionRegistration = closed({ registrationCode: text, eventCode: text, sessionCode: text, status: { ...text, description: 'a session registration status code' } });

const recordError = closed({ code: text, message: text, field: text }, ['field']);
const bulkAnswer = closed({
  summary: closed(Object.fromEntries(OUTCOMES.map((o) => [o, integer])), [], 'how many records had each outcome'),
  results: {
    type: 'array',
    description: 'one per record, in the order sent',
    items: closed({ index: integer, code: text, outcome: { enum: OUTCOMES }, error: recordError }, ['error']),
  },
});

/** A bulk call is checked record by record, so one malformed record does not sink the batch. */
const BULK_MAX = 10_000;
const checkItem = new Ajv({ allErrors: true, strict: false }).compile(registrationItem);

type BulkResult = { index: number; code: string; outcome: UpsertOutcome['outcome']; error?: { code: string; message: string } } | null;

function schemaOutcome(index: number, item: unknown): BulkResult {
  if (checkItem(item)) return null;
  const message = (checkItem.errors ?? []).map((e) => describeSchemaError(e, `registrations/${index}`)).join('; ');
  const itemCode = typeof (item as { code?: unknown })?.code === 'string' ? (item as { code: string }).code : '';
  return { index, code: itemCode, outcome: 'error', error: { code: 'HF_BAD_REQUEST', message } };
}

/** The envelope is checked as a whole; its records one by one. */
function bulkEnvelopeProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be object';
  const unknown = Object.keys(body).find((k) => k !== 'registrations');
  if (unknown) return `body/${unknown} is not a known field`;
  const list = (body as { registrations?: unknown }).registrations;
  if (!Array.isArray(list) || list.length === 0 || list.length > BULK_MAX) return `body/registrations must be a list of 1 to ${BULK_MAX} registrations`;
  return null;
}

type Tally = Record<UpsertOutcome['outcome'], number>;

export async function registrationRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['registrations'];

  app.get<{ Querystring: { limit: number; after?: string; eventCode?: string } }>(
    '/registrations',
    {
      schema: {
        tags,
        summary: 'Registrations by code, a page at a time (pass the last code as `after`)',
        description: 'Each carries the code of its person (`profileCode`); a single registration carries the whole profile.',
        querystring: { ...page, properties: { ...page.properties, eventCode: code } },
        response: answers({ 200: list('registrations', closed({ ...registrationFields, profileCode: text, postback, ...times }, ['postback'])) }),
      },
    },
    async (req) => ({ registrations: await listRegistrations(db, req.account.id, req.query) }),
  );

  app.get<{ Params: { code: string } }>(
    '/registrations/:code',
    { schema: { tags, summary: 'A registration with its profile', params: codeParams('code'), response: answers({ 200: closed({ ...registration.properties, ...times }, ['postback']) }) } },
    (req) => getRegistration(db, req.account.id, req.params.code),
  );

  app.put<{ Params: { code: string }; Body: Omit<RegistrationInput, 'code'> }>(
    '/registrations/:code',
    {
      schema: {
        tags,
        summary: 'Create or update a registration and its profile',
        description: 'Fields left out keep their value, the event and the person included; creating a registration needs eventCode and profile.code.',
        params: codeParams('code'),
        body: registrationBody,
        response: answers({ 200: upserted, 201: upserted }),
      },
      config: { wakesForChanges: true },
    },
    async (req, reply) => {
      const outcome = await app.registrationWriter.write(req.account.id, { ...req.body, code: req.params.code });
      if (outcome.outcome === 'error') throw new HookflowError(outcome.error.code as ErrorCode, outcome.error.message, outcome.error.field);
      return reply.status(outcome.outcome === 'created' ? 201 : 200).send({ outcome: outcome.outcome, registration: outcome.registration });
    },
  );

  app.post<{ Body: { registrations: unknown[] } }>(
    '/registrations/bulk',
    {
      schema: {
        tags,
        summary: `Upsert up to ${BULK_MAX} registrations; each record gets its own result`,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['registrations'],
          properties: { registrations: { type: 'array', minItems: 1, maxItems: BULK_MAX, items: registrationItem } },
        },
        response: answers({ 200: bulkAnswer }),
      },
      config: { wakesForChanges: true },
      // Items are checked one by one below; the route schema documents them but must not reject the call.
      validatorCompiler: () => (body: unknown) => {
        const problem = bulkEnvelopeProblem(body);
        return problem ? { error: new HookflowError('HF_BAD_REQUEST', problem) } : { value: body };
      },
    },
    async (req) => {
      const items = req.body.registrations;
      const rejected = items.map((item, i) => schemaOutcome(i, item));
      const valid = items.flatMap((item, i) => (rejected[i] ? [] : [{ item: item as RegistrationInput, index: i }]));
      const written = await app.registrationWriter.bulk(req.account.id, valid.map((v) => v.item));
      const results: BulkResult[] = rejected.slice();
      written.forEach((outcome, i) => {
        const index = valid[i]?.index as number;
        // Per-record results stay small: the records themselves are not echoed back.
        results[index] = outcome.outcome === 'error' ? { ...outcome, index } : { index, code: outcome.code, outcome: outcome.outcome };
      });
      const summary: Tally = { created: 0, updated: 0, unchanged: 0, error: 0 };
      for (const r of results) if (r) summary[r.outcome]++;
      return { summary, results };
    },
  );

  app.get<{ Params: { code: string } }>(
    '/registrations/:code/sessions',
    { schema: { tags, summary: "A registration's statuses in the sessions of its event", params: codeParams('code'), response: answers({ 200: list('sessionRegistrations', sessionRegistration) }) } },
    async (req) => ({ sessionRegistrations: await listSessionRegistrations(db, req.account.id, req.params.code) }),
  );

  app.get<{ Params: { code: string; session: string } }>(
    '/registrations/:code/sessions/:session',
    { schema: { tags, summary: "A registration's status in one session", params: codeParams('code', 'session'), response: answers({ 200: sessionRegistration }) } },
    (req) => getSessionRegistration(db, req.account.id, req.params.code, req.params.session),
  );

  app.put<{ Params: { code: string; session: string }; Body: { status: string } }>(
    '/registrations/:code/sessions/:session',
    {
      schema: {
        tags,
        summary: "Set a registration's status for a session of its event",
        params: codeParams('code', 'session'),
        body: { type: 'object', additionalProperties: false, required: ['status'], properties: { status: code } },
        response: answers({ 200: sessionRegistration, 201: sessionRegistration }),
      },
    },
    async (req, reply) => {
      const { sessionRegistration, created } = await inTransaction(db, (trx) =>
        upsertSessionRegistration(trx, req.account.id, req.params.code, req.params.session, req.body.status, app.clock.now().toISOString()),
      );
      return reply.status(created ? 201 : 200).send(sessionRegistration);
    },
  );
}
