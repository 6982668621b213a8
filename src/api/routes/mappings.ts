import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HookflowError } from '../../domain/errors.js';
import { type ContentType, type Mapping, type RenderContext, describeSources, parseSample, preview } from '../../mapping/index.js';
import { AccountConfig } from '../../evaluation/account-config.js';
import { renderContext } from '../../evaluation/render-context.js';
import { deleteMapping, getMapping, listMappings, putMapping } from '../../store/mappings.js';
import { getEvent } from '../../store/events.js';
import { getRegistration } from '../../store/registrations.js';
import { listTags } from '../../store/tags.js';
import type { TagObject } from '../../domain/tags.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, anyJson, closed, integer, list, noContent, nullable, open, text } from '../responses.js';
import { code, mappingBody, mappingDefinitions, nameParams } from '../schemas.js';

const { name } = nameParams.properties;
const params = nameParams;

/** A mapping's definition as stored: open (its fields follow components/schemas/field), never cut down. */
const definition = {
  root: { enum: mappingBody.properties.root.enum },
  each: text,
  fields: { type: 'array', items: { type: 'object', additionalProperties: true, description: 'a target field (components/schemas/field)' } },
};
const mapping = open({ ...definition, name: text, version: { ...integer, description: 'bumped by every change: flows render with the latest' } }, ['each']);

const source = closed(
  { id: text, label: text, group: text, list: { ...text, description: 'for `item.*`: the list source the enclosing array must iterate' } },
  ['list'],
);

const problem = closed({ code: text, path: { ...text, description: 'a JSON pointer into the target payload' }, message: text, category: { const: 'validation' } });
/** Preview Mapping: what the destination would receive, or every problem. */
const previewAnswer = {
  oneOf: [
    closed(
      {
        ok: { const: true },
        value: { ...anyJson, description: 'the rendered payload' },
        body: nullable('string', { description: 'the body as sent; null for a GET' }),
        query: { ...text, description: 'for a GET: the query string the payload becomes' },
      },
      ['query'],
    ),
    closed({ ok: { const: true }, headers: { type: 'object', additionalProperties: text, description: 'a header mapping: the headers it renders' } }),
    closed({ ok: { const: false }, errors: { type: 'array', items: problem } }),
  ],
};

interface PreviewBody {
  mapping?: Mapping;
  name?: string;
  registrationCode?: string;
  eventCode?: string;
  sample?: Record<string, unknown>;
  flowName?: string;
  method?: 'POST' | 'GET';
  contentType?: ContentType;
  as?: 'payload' | 'headers';
}

export async function mappingRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['mappings'];

  app.get('/mappings', { schema: { tags, summary: 'Named mappings, reusable across flows', response: answers({ 200: list('mappings', mapping) }) } }, async (req) => ({ mappings: await listMappings(db, req.account.id) }));

  app.get<{ Params: { name: string } }>('/mappings/:name', { schema: { tags, summary: 'A mapping', params, response: answers({ 200: mapping }) } }, async (req) => {
    const { id: _, ...mapping } = await getMapping(db, req.account.id, req.params.name);
    return mapping;
  });

  app.put<{ Params: { name: string }; Body: Mapping }>(
    '/mappings/:name',
    {
      schema: {
        tags,
        summary: 'Create or replace a mapping; every problem is reported with its path',
        params,
        body: { ...mappingBody, definitions: mappingDefinitions },
        response: answers({ 200: mapping, 201: mapping }),
      },
    },
    async (req, reply) => {
      const { mapping, created } = await inTransaction(db, (trx) => putMapping(trx, req.account.id, req.params.name, req.body, app.clock.now().toISOString()));
      return reply.status(created ? 201 : 200).send(mapping);
    },
  );

  app.delete<{ Params: { name: string } }>('/mappings/:name', { schema: { tags, summary: 'Delete a mapping no flow uses', params, response: answers(noContent) } }, async (req, reply) => {
    await inTransaction(db, (trx) => deleteMapping(trx, req.account.id, req.params.name));
    return reply.status(204).send();
  });

  app.post<{ Body: { sample: string } }>(
    '/mappings/parse-sample',
    {
      schema: {
        tags,
        summary: '"Parse JSON": a pasted sample payload becomes the target fields, with their types',
        body: { type: 'object', additionalProperties: false, required: ['sample'], properties: { sample: { type: 'string', maxLength: 1_000_000 } } },
        response: answers({ 200: open(definition, ['each'], 'the mapping the sample suggests: its fields, with their types') }),
      },
    },
    async (req) => {
      const parsed = parseSample(req.body.sample);
      if (!parsed.ok) throw new HookflowError('HF_INVALID_VALUE', `sample: ${parsed.message}`, 'sample');
      return parsed.mapping;
    },
  );

  app.get('/mapping-sources', { schema: { tags, summary: 'The source fields a mapping can use, grouped as the guide lists them', response: answers({ 200: list('sources', source) }) } }, async (req) => {
    const config = await AccountConfig.load(db, req.account.id);
    const codes = (kind: string) => [...new Set(config.entries.filter((e) => e.kind === kind).map((e) => e.code))];
    const questionTags = [...new Set(config.entries.filter((e) => e.kind === 'question').flatMap((e) => e.tags))];
    const accountTags = await listTags(db, req.account.id);
    // Every tag set up for custom fields, applied yet or not: the mapping may be made before the tag is applied.
    const tagsFor = (object: TagObject) => accountTags.filter((t) => t.objects.includes(object)).map((t) => t.name);
    return {
      sources: describeSources({
        profileCustom: codes('profile_custom_field'),
        eventCustom: codes('event_custom_field'),
        sessionCustom: codes('session_custom_field'),
        properties: codes('registration_property'),
        questionTags,
        eventFieldTags: tagsFor('event_custom_fields'),
        sessionFieldTags: tagsFor('session_custom_fields'),
      }),
    };
  });

  app.post<{ Body: PreviewBody }>(
    '/mappings/preview',
    {
      schema: {
        tags,
        summary: 'Preview Mapping: render a saved or unsaved mapping against a registration, an event, or a sample context',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            mapping: mappingBody,
            name,
            registrationCode: code,
            eventCode: code,
            sample: { type: 'object' },
            flowName: { type: 'string', maxLength: 200 },
            method: { enum: ['POST', 'GET'] },
            contentType: { enum: ['application/json', 'application/x-www-form-urlencoded'] },
            as: { enum: ['payload', 'headers'] },
          },
          definitions: mappingDefinitions,
        },
        response: answers({ 200: previewAnswer }),
      },
    },
    async (req) => {
      const b = req.body;
      const mapping = b.mapping ?? (b.name ? await getMapping(db, req.account.id, b.name) : null);
      if (!mapping) throw new HookflowError('HF_BAD_REQUEST', 'body: give either mapping (unsaved) or name (saved)');
      const context = await previewContext(app, req.account.id, b);
      const env = { now: () => app.clock.now(), uuid: () => randomUUID() };
      const result = preview(mapping, context as RenderContext, env, { as: b.as, method: b.method, contentType: b.contentType });
      if (!result.ok) return result;
      if ('headers' in result) return { ok: true, headers: result.headers };
      return { ok: true, value: result.value, body: result.body, ...(b.method === 'GET' ? { query: new URL(result.url).search } : {}) };
    },
  );
}

/** Preview against a real registration (as a change of it would render), an event, or a pasted sample. */
async function previewContext(app: FastifyInstance, accountId: number, b: PreviewBody) {
  if (b.sample) return b.sample;
  const db = app.database.db;
  const config = await AccountConfig.load(db, accountId);
  const flowName = b.flowName ?? 'Preview';
  if (b.registrationCode) {
    const registration = await getRegistration(db, accountId, b.registrationCode);
    const event = await getEvent(db, accountId, registration.eventCode);
    return renderContext(config, flowName, { event, registration, session: null }, { kind: 'registration.updated', after: registration, createdAt: registration.updatedAt });
  }
  if (b.eventCode) return renderContext(config, flowName, { event: await getEvent(db, accountId, b.eventCode), registration: null, session: null });
  throw new HookflowError('HF_BAD_REQUEST', 'body: give registrationCode, eventCode or sample to preview against');
}
