import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import {
  API_KEY_PLACEMENTS,
  AUTH_TYPES,
  CONTENT_TYPES,
  type ConnectionInput,
  GRANT_TYPES,
  METHODS,
  TARGETS,
  LIMITS, TIMEOUT_MS,
  maskConnection,
} from '../../connections/model.js';
import { PROBLEM_KINDS } from '../../connections/classify.js';
import { testConnection } from '../../connections/test-connection.js';
import { HookflowError } from '../../domain/errors.js';
import { SIGNING_SECRET_PATTERN } from '../../secrets/signing-secret.js';
import { type ConnectionRecord, deleteConnection, getConnection, listConnections, putConnection, saveTokens } from '../../store/connections.js';
import { inTransaction } from '../../store/transaction.js';
import { describeSchemaError } from '../errors.js';
import { answers, boolean, closed, integer, list, noContent, nullable, text as plain, timestamp } from '../responses.js';
import { codeParams } from '../schemas.js';

type Params = { name: string };

const httpUrl = { type: 'string', minLength: 1, maxLength: 2000, format: 'uri', pattern: '^https?://' } as const;
const text = (max = 500) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
/** A secret: write-only. Reads show it masked (`********` plus its last 4 characters when it has 16 or more). */
const secret = { ...text(4000), writeOnly: true } as const;
const headerOrParamName = { type: 'string', minLength: 1, maxLength: 200, pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" } as const;

/** One branch per authentication type; secrets are checked after merging with the stored ones. */
const authSchema = {
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    { title: 'Open / No Auth', type: 'object', additionalProperties: false, properties: { type: { const: 'none' } } },
    {
      title: 'Basic Authentication',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'username'],
      properties: { type: { const: 'basic' }, username: text(), password: secret },
    },
    {
      title: 'API Key / Token',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'placement', 'name'],
      properties: {
        type: { const: 'api_key' },
        key: secret,
        placement: { enum: API_KEY_PLACEMENTS, description: 'sent as a header, or as a query parameter' },
        name: { ...headerOrParamName, description: 'the header (Authorization, X-API-Key...) or query parameter name; the key is its whole value' },
      },
    },
    {
      title: 'OAuth2',
      type: 'object',
      additionalProperties: false,
      required: ['type', 'grantType', 'clientId', 'accessTokenUrl', 'testConnectionUrl'],
      properties: {
        type: { const: 'oauth2' },
        grantType: { enum: GRANT_TYPES },
        clientId: text(1000),
        clientSecret: secret,
        authorizationUrl: { ...httpUrl, description: 'required for authorization_code' },
        accessTokenUrl: httpUrl,
        refreshTokenUrl: { ...httpUrl, description: 'the access token URL when not given' },
        scope: { type: 'string', maxLength: 2000 },
        testConnectionUrl: httpUrl,
        refreshToken: { ...secret, description: 'authorization_code only: the refresh token the authorization step yielded' },
      },
    },
  ],
} as const;

const connectionBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    target: { enum: TARGETS, description: 'webhook by default' },
    url: {
      type: 'string',
      minLength: 1,
      maxLength: 2000,
      pattern: '^https?://',
      description:
        'the endpoint Hookflow sends data to; its path and query may hold replacement tokens, mapping sources in brackets ([registration.code], [profile.email]), filled in and percent-encoded at each attempt; never in the scheme or host',
    },
    headers: {
      type: 'object',
      maxProperties: 50,
      propertyNames: headerOrParamName,
      additionalProperties: { type: 'string', maxLength: 4000, pattern: '^[^\\r\\n\\u0000]*$' },
      description:
        'custom headers sent with every request, replacing the set as a whole; values may hold replacement tokens. Settings, not secrets: shown as they are (credentials belong in auth). A flow\'s header mapping wins over a custom header of the same name',
    },
    contentType: { enum: CONTENT_TYPES, description: 'application/json by default' },
    method: { enum: METHODS, description: 'POST by default' },
    timeoutMs: { type: 'integer', minimum: TIMEOUT_MS.min, maximum: TIMEOUT_MS.max, description: `${TIMEOUT_MS.default} by default` },
    followRedirects: { type: 'boolean', description: 'false by default' },
    maxConcurrent: { type: 'integer', minimum: 1, maximum: 256, description: `requests in flight at once; ${LIMITS.maxConcurrent} by default` },
    requestsPerSecond: { anyOf: [{ type: 'integer', minimum: 1, maximum: 10000 }, { type: 'null' }], description: 'null (no limit) by default' },
    maxRetries: { type: 'integer', minimum: 0, maximum: 10, description: `automatic retries after a failure; ${LIMITS.maxRetries} by default` },
    signingSecret: {
      type: 'string',
      // The secret itself, or its mask sent back (which keeps the stored one).
      pattern: `${SIGNING_SECRET_PATTERN.slice(0, -1)}|^\\*{8}.{0,4}$`,
      writeOnly: true,
      description: 'whsec_ + base64 of 24 or more random bytes; generated when not given',
    },
    auth: { ...authSchema, description: 'Open / No Auth (`{ "type": "none" }`) when a connection is created without it' },
  },
} as const;

/** Bodies strictly, and with `discriminator` on, so a wrong auth branch names its own fields only. */
function connectionValidator(): FastifySchemaCompiler<object> {
  const ajv = addFormats.default(new Ajv({ allErrors: true, strict: false, discriminator: true }));
  return ({ schema, httpPart }) => {
    const validate = ajv.compile(schema);
    const root = httpPart ?? 'body';
    return (data: unknown) => {
      if (validate(data)) return { value: data };
      const messages = new Set((validate.errors ?? []).map((e) => describe(e, root)).filter((m) => m !== null));
      return { error: new HookflowError('HF_BAD_REQUEST', [...messages].join('; ')) };
    };
  };
}

function describe(e: ErrorObject, root: string): string | null {
  if (e.keyword !== 'discriminator') return describeSchemaError(e, root);
  // A missing type is already reported by `required`.
  if (e.params.tagValue === undefined) return null;
  return `${root}${e.instancePath}/type must be one of ${AUTH_TYPES.join(', ')}`;
}

const masked = { type: 'string', description: 'masked: `********`, plus its last 4 characters when it has 16 or more' } as const;
const has = { ...boolean, description: 'whether the secret is set' } as const;

/** An auth as reads show it: each secret masked, with whether it is set. */
const maskedAuth = {
  description: 'the authentication, secrets masked',
  discriminator: { propertyName: 'type' },
  oneOf: [
    closed({ type: { const: 'none' } }),
    closed({ type: { const: 'basic' }, username: plain, password: masked, hasPassword: has }),
    closed({ type: { const: 'api_key' }, key: masked, hasKey: has, placement: { enum: API_KEY_PLACEMENTS }, name: plain }),
    closed(
      {
        type: { const: 'oauth2' },
        grantType: { enum: GRANT_TYPES },
        clientId: plain,
        clientSecret: masked,
        hasClientSecret: has,
        authorizationUrl: plain,
        accessTokenUrl: plain,
        refreshTokenUrl: plain,
        scope: plain,
        testConnectionUrl: plain,
        refreshToken: masked,
        hasRefreshToken: has,
        accessToken: { ...masked, description: 'the last access token obtained, masked' },
        hasAccessToken: has,
      },
      ['authorizationUrl', 'refreshTokenUrl', 'scope', 'refreshToken', 'accessToken'],
    ),
  ],
};

const connection = closed({
  name: plain,
  target: { enum: TARGETS },
  url: plain,
  headers: { type: 'object', additionalProperties: plain, description: 'custom headers, values possibly with replacement tokens' },
  contentType: { enum: CONTENT_TYPES },
  method: { enum: METHODS },
  timeoutMs: integer,
  followRedirects: boolean,
  maxConcurrent: integer,
  requestsPerSecond: nullable('integer', { description: 'null: no limit' }),
  maxRetries: integer,
  signingSecret: masked,
  hasSigningSecret: has,
  auth: maskedAuth,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const sentRequest = closed(
  { method: { enum: ['GET', 'POST'] }, url: plain },
  [],
  'the request made: replacement tokens as written, an API key in the query redacted; absent when the test failed before it (an OAuth2 token refused)',
);

/** Save & Test's report: the target's answer, or how it failed, and the request it made. */
const testResult = {
  oneOf: [
    closed({ ok: { const: true }, status: { ...integer, description: "the target's HTTP status" }, durationMs: integer, request: sentRequest }, ['request']),
    closed(
      {
        ok: { const: false },
        failure: closed({ kind: { enum: PROBLEM_KINDS }, message: plain, status: integer, body: { ...plain, description: 'the first lines of the answer' } }, ['status', 'body']),
        durationMs: integer,
        request: sentRequest,
      },
      ['request'],
    ),
  ],
};

const view = (r: ConnectionRecord) => ({ ...maskConnection(r.connection), createdAt: r.createdAt, updatedAt: r.updatedAt });

export async function connectionRoutes(app: FastifyInstance) {
  app.setValidatorCompiler(connectionValidator());
  const db = app.database.db;
  const box = app.secretBox;
  const schema = { tags: ['connections'], params: codeParams('name') };

  app.get('/connections', { schema: { tags: ['connections'], summary: "The account's connections, secrets masked", response: answers({ 200: list('connections', connection) }) } }, async (req) => ({
    connections: (await listConnections(db, box, req.account.id)).map(view),
  }));

  app.get<{ Params: Params }>('/connections/:name', { schema: { ...schema, summary: 'A connection, secrets masked', response: answers({ 200: connection }) } }, async (req) =>
    view(await getConnection(db, box, req.account.id, req.params.name)),
  );

  app.put<{ Params: Params; Body: ConnectionInput }>(
    '/connections/:name',
    {
      schema: {
        ...schema,
        summary: 'Create or update a connection',
        description: 'A field left out keeps its value; so does a secret left out or sent back masked, while the auth type stays the same.',
        body: connectionBody,
        response: answers({ 200: connection, 201: connection }),
      },
    },
    async (req, reply) => {
      const { record, created } = await inTransaction(db, (trx) => putConnection(trx, box, req.account.id, req.params.name, req.body, app.clock.now().toISOString()));
      return reply.status(created ? 201 : 200).send(view(record));
    },
  );

  app.delete<{ Params: Params }>('/connections/:name', { schema: { ...schema, summary: 'Delete a connection', response: answers(noContent) } }, async (req, reply) => {
    await deleteConnection(db, req.account.id, req.params.name);
    return reply.status(204).send();
  });

  app.post<{ Params: Params }>(
    '/connections/:name/test',
    {
      schema: {
        ...schema,
        summary: 'Save & Test: one real request to the saved connection',
        description: 'Answers { ok: true, status, durationMs, request } or { ok: false, failure: { kind: dns|refused|tls|timeout|http|oauth, message }, durationMs, request }.',
        response: answers({ 200: testResult }),
      },
    },
    async (req) => {
      const { connection } = await getConnection(db, box, req.account.id, req.params.name);
      const report = await testConnection(connection, { dispatcher: app.outbound, clock: app.clock });
      if (report.tokens && connection.auth.type === 'oauth2') {
        const { clientId } = connection.auth;
        await inTransaction(db, (trx) => saveTokens(trx, box, req.account.id, req.params.name, clientId, report.tokens!));
      }
      return report.result;
    },
  );
}
