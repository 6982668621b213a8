import type { FastifyInstance } from 'fastify';
import { CATALOG_KINDS, type CatalogKindSpec } from '../../domain/catalog.js';
import { type EntryInput, getEntry, listEntries, upsertEntry } from '../../store/catalog.js';
import { getEvent } from '../../store/events.js';
import type { Db } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, boolean, closed, list, nullable, open, text, texts } from '../responses.js';
import { catalogBody, codeParams } from '../schemas.js';

type Params = { event?: string; code: string };

const attributes = catalogBody.properties.attributes.properties;
const entry = closed({
  kind: { enum: CATALOG_KINDS.map((k) => k.kind) },
  code: text,
  name: text,
  eventCode: nullable('string', { description: 'the event it belongs to; null at account level' }),
  standard: { ...boolean, description: 'a standard entry: only its tags can change' },
  tags: texts,
  attributes: open(attributes, Object.keys(attributes), "the kind's own attributes (a question's text and type, a session's times...)"),
});

/**
 * Every catalogue kind gets the same routes: account-level ones at /v1/<kind>, event-level ones
 * at /v1/events/:event/<kind>. Standard entries (account level) can be listed and tagged.
 */
export async function catalogRoutes(app: FastifyInstance) {
  for (const spec of CATALOG_KINDS) {
    if (spec.scopes.includes('account') || spec.standard.length) routesAt(app, spec, 'account');
    if (spec.scopes.includes('event')) routesAt(app, spec, 'event');
  }
}

function routesAt(app: FastifyInstance, spec: CatalogKindSpec, level: 'account' | 'event') {
  const db = app.database.db;
  const base = level === 'account' ? `/${spec.path}` : `/events/:event/${spec.path}`;
  const scopeParams = level === 'account' ? [] : ['event'];
  const tags = [spec.path];
  /** The event the path names must exist in the caller's account: else 404, as for any resource. */
  const eventOf = async (trx: Db, accountId: number, params: Params) => {
    if (level === 'account') return null;
    await getEvent(trx, accountId, params.event as string);
    return params.event as string;
  };

  app.get<{ Params: Params }>(base, { schema: { tags, summary: `List ${spec.noun} entries`, params: codeParams(...scopeParams), response: answers({ 200: list('entries', entry) }) } }, async (req) => {
    const eventCode = await eventOf(db, req.account.id, req.params);
    return { entries: await listEntries(db, req.account.id, spec.kind, eventCode) };
  });

  app.get<{ Params: Params }>(`${base}/:code`, { schema: { tags, summary: `A ${spec.noun}`, params: codeParams(...scopeParams, 'code'), response: answers({ 200: entry }) } }, async (req) =>
    getEntry(db, req.account.id, spec.kind, await eventOf(db, req.account.id, req.params), req.params.code),
  );

  app.put<{ Params: Params; Body: EntryInput }>(
    `${base}/:code`,
    { schema: { tags, summary: `Create or update a ${spec.noun} (standard ones: tags only)`, params: codeParams(...scopeParams, 'code'), body: catalogBody, response: answers({ 200: entry, 201: entry }) } },
    async (req, reply) => {
      const { entry, created } = await inTransaction(db, async (trx) =>
        upsertEntry(trx, req.account.id, spec.kind, await eventOf(trx, req.account.id, req.params), req.params.code, req.body, app.clock.now().toISOString()),
      );
      return reply.status(created ? 201 : 200).send(entry);
    },
  );
}
