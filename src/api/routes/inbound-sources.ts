import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HMAC_ALGORITHMS, HMAC_ENCODINGS, type InboundSource, MAX_HOLD, VERIFICATION_TYPES } from '../../domain/postback.js';
import { SIGNING_SECRET_PATTERN } from '../../secrets/signing-secret.js';
import {
  type InboundSourceInput,
  type InboundSourceRecord,
  deleteInboundSource,
  getInboundSource,
  listInboundSources,
  putInboundSource,
  rotateInboundSourceToken,
} from '../../store/inbound-sources.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, closed, integer, list, noContent, text, timestamp } from '../responses.js';
import { nameParams } from '../schemas.js';

const name = (max = 200) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const headerName = { type: 'string', minLength: 1, maxLength: 200, pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" } as const;
const secret = { ...name(4000), writeOnly: true } as const;
const idHeader = { ...headerName, description: "a header carrying the call's own id: the same id again is a duplicate" };

/** The fields of each verification type; its secret may be left out on an update, keeping the stored one. */
const BRANCHES = {
  none: {},
  standard_webhooks: { secret: { type: 'string', pattern: SIGNING_SECRET_PATTERN, writeOnly: true, description: 'whsec_ + base64, as the sender has it' } },
  hmac: {
    secret,
    algorithm: { enum: HMAC_ALGORITHMS },
    encoding: { enum: HMAC_ENCODINGS },
    header: { ...headerName, description: 'the header holding the signature (X-Hub-Signature-256, X-Signature...)' },
    prefix: { type: 'string', maxLength: 50, description: 'text before the signature in the header, such as `sha256=`' },
    timestampHeader: { ...headerName, description: 'a header holding the time (seconds since the epoch) it was signed: then `<timestamp>.<body>` is what is signed, and a call more than 5 minutes old is refused' },
    idHeader,
  },
  basic: { username: name(), password: secret, idHeader },
  api_key: { header: headerName, key: secret, idHeader },
} as const;
const REQUIRED: Record<keyof typeof BRANCHES, string[]> = { none: [], standard_webhooks: [], hmac: ['algorithm', 'encoding', 'header'], basic: ['username'], api_key: ['header'] };

const verification = {
  type: 'object',
  required: ['type'],
  properties: { type: { enum: VERIFICATION_TYPES } },
  allOf: Object.entries(BRANCHES).map(([type, fields]) => ({
    if: { properties: { type: { const: type } } },
    then: { properties: { type: { const: type }, ...fields }, required: REQUIRED[type as keyof typeof BRANCHES], additionalProperties: false },
  })),
  description: 'how a call proves it comes from the publisher; the secret (secret, password or key) is required when a source is created or changes type, and never shown back',
} as const;

const match = closed({
  by: { enum: ['code', 'email'], description: "`code`: the registration with this code; `email`: every registration of the account's people with this email" },
  path: { ...name(500), description: 'the tag (of the flattened body) holding it: `registration_code`, `lead.email`, `items.0.ref`' },
});

const body = {
  type: 'object',
  additionalProperties: false,
  required: ['verification', 'match'],
  properties: {
    verification,
    match,
    holdSeconds: { type: 'integer', minimum: 0, maximum: MAX_HOLD / 1000, description: 'how long a postback waits for its registration to appear; 86400 (24 h) by default' },
  },
} as const;

/** What reads show: the verification without its secret. */
const shownVerification = { type: 'object', required: ['type'], properties: { type: { enum: VERIFICATION_TYPES } }, additionalProperties: true } as const;

const sourceShape = closed({
  name: text,
  url: { ...text, description: 'where the publisher sends postbacks (POST); unguessable, so keep it as you would a secret' },
  verification: shownVerification,
  match,
  holdSeconds: integer,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const SECRET_FIELDS = ['secret', 'password', 'key'];

/** A source as the API shows it: its URL on this host, its verification without the secret. */
function shown(req: FastifyRequest, { source, createdAt, updatedAt }: InboundSourceRecord) {
  const verification = Object.fromEntries(Object.entries(source.verification).filter(([k]) => !SECRET_FIELDS.includes(k))) as Partial<InboundSource['verification']>;
  return { name: source.name, url: `${req.protocol}://${req.host}/in/${source.token}`, verification, match: source.match, holdSeconds: Math.round(source.holdMs / 1000), createdAt, updatedAt };
}

/** Inbound sources: where publishers send postbacks, each at its own URL and with its own verification. */
export async function inboundSourceRoutes(app: FastifyInstance) {
  const { db } = app.database;
  const box = app.secretBox;
  const tags = ['postbacks'];
  const now = () => app.clock.now().toISOString();

  app.get('/inbound-sources', { schema: { tags, summary: 'Your inbound sources, by name', response: answers({ 200: list('sources', sourceShape) }) } }, async (req) => ({
    sources: (await listInboundSources(db, box, req.account.id)).map((r) => shown(req, r)),
  }));

  app.get<{ Params: { name: string } }>('/inbound-sources/:name', { schema: { tags, summary: 'An inbound source and its URL', params: nameParams, response: answers({ 200: sourceShape }) } }, async (req) =>
    shown(req, await getInboundSource(db, box, req.account.id, req.params.name)),
  );

  app.put<{ Params: { name: string }; Body: InboundSourceInput }>(
    '/inbound-sources/:name',
    { schema: { tags, summary: 'Create or update an inbound source (its URL stays)', params: nameParams, body, response: answers({ 200: sourceShape, 201: sourceShape }) } },
    async (req, reply) => {
      const { record, created } = await inTransaction(db, (trx) => putInboundSource(trx, box, req.account.id, req.params.name, req.body, now()));
      return reply.status(created ? 201 : 200).send(shown(req, record));
    },
  );

  app.post<{ Params: { name: string } }>(
    '/inbound-sources/:name/rotate-url',
    { schema: { tags, summary: 'Give the source a new URL; the old one answers 404 from now on', params: nameParams, response: answers({ 200: sourceShape }) } },
    async (req) => shown(req, await rotateInboundSourceToken(db, box, req.account.id, req.params.name, now())),
  );

  app.delete<{ Params: { name: string } }>(
    '/inbound-sources/:name',
    { schema: { tags, summary: 'Delete an inbound source (its postbacks stay in the log)', params: nameParams, response: answers(noContent) } },
    async (req, reply) => {
      await deleteInboundSource(db, req.account.id, req.params.name);
      return reply.status(204).send();
    },
  );
}
