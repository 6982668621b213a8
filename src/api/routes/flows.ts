import type { FastifyInstance } from 'fastify';
import { FILTER_OPERATORS, FLOW_SOURCES, type FlowDefinition } from '../../flows/flow.js';
import { listOutcomes, type OutcomeQuery } from '../../store/flow-outcomes.js';
import { deleteFlow, describeFlow, getFlow, knownReferences, listFlows, setFlowActive, upsertFlow } from '../../store/flows.js';
import { inTransaction } from '../../store/transaction.js';
import { answers, boolean, integer, list, noContent, nullable, open, text, texts, timestamp } from '../responses.js';
import { nameParams, tagName } from '../schemas.js';

const name = { type: 'string', minLength: 1, maxLength: 200 } as const;
const tagList = { type: 'array', items: tagName, maxItems: 50 } as const;

const flowBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    mode: { enum: ['live', 'test'] },
    active: { type: 'boolean' },
    source: { anyOf: [{ enum: FLOW_SOURCES }, { type: 'null' }] },
    activateFor: {
      type: 'object',
      additionalProperties: false,
      properties: {
        registrationStatusTags: tagList,
        registrationPropertyTags: tagList,
        sessionRegistrationStatusTags: tagList,
        eventStatusTags: tagList,
      },
    },
    filters: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'operator'],
        properties: {
          field: { type: 'string', minLength: 1, maxLength: 200 },
          operator: { enum: FILTER_OPERATORS },
          value: { type: 'string', maxLength: 1000 },
          values: { type: 'array', items: { type: 'string', maxLength: 1000 }, maxItems: 500 },
        },
      },
    },
    destinations: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name,
          connection: { anyOf: [name, { type: 'null' }] },
          action: { enum: ['webhook'] },
          payloadMapping: { anyOf: [name, { type: 'null' }] },
          headerMapping: { anyOf: [name, { type: 'null' }] },
          leads: {
            description: "How the target's answer tells a lead created from one updated: by status (201 created, other 2xx updated), or by a field of its JSON answer",
            anyOf: [
              { type: 'null' },
              { type: 'object', additionalProperties: false, required: ['from'], properties: { from: { const: 'status' } } },
              {
                type: 'object',
                additionalProperties: false,
                required: ['from', 'path', 'created', 'updated'],
                properties: {
                  from: { const: 'field' },
                  path: { type: 'string', minLength: 1, maxLength: 200 },
                  created: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 20 },
                  updated: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 20 },
                },
              },
            ],
          },
          writeBack: {
            description: "Fields of the target's JSON answer written to the registration's person as profile custom fields; `from` is a dot path (data.id) or a JSON pointer (/data/id)",
            type: 'array',
            maxItems: 20,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['from', 'to'],
              properties: {
                from: { type: 'string', minLength: 1, maxLength: 200 },
                to: { type: 'object', additionalProperties: false, required: ['customField'], properties: { customField: { type: 'string', minLength: 1, maxLength: 100 } } },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** A flow as saved, with whether it is complete. Definitions are stored JSON: open, never cut down to what is listed here. */
const flow = open({
  id: integer,
  version: { ...integer, description: 'bumped by every change that takes effect' },
  name: text,
  mode: flowBody.properties.mode,
  active: boolean,
  source: nullable('string', { enum: [...FLOW_SOURCES, null] }),
  activateFor: open(Object.fromEntries(Object.keys(flowBody.properties.activateFor.properties).map((set) => [set, texts]))),
  filters: { type: 'array', items: open({ field: text, operator: { enum: FILTER_OPERATORS }, value: text, values: texts }, ['value', 'values']) },
  destinations: {
    type: 'array',
    items: open({ name: text, connection: nullable('string'), action: { enum: ['webhook'] }, payloadMapping: nullable('string'), headerMapping: nullable('string') }),
  },
  status: { enum: ['complete', 'incomplete'], description: 'an incomplete flow is saved but never fires' },
  missing: { ...texts, description: 'what an incomplete flow lacks' },
});

/** What a flow decided about a change: triggered with its actions, or not, and why (`reason`, `detail`). */
const outcome = open(
  {
    id: integer,
    changeId: integer,
    flow: nullable('string', { description: 'null once the flow is deleted' }),
    flowVersion: integer,
    triggered: boolean,
    reason: { type: 'string', description: 'why it did not trigger: inactive, incomplete, live_test_mismatch, untagged_status, not_activated, filtered_out' },
    detail: text,
    actions: { type: 'array', items: open({ destination: text, connection: text, payloadMapping: text, headerMapping: nullable('string') }) },
    createdAt: timestamp,
  },
  ['reason', 'detail', 'actions'],
);

type FlowBody = Partial<Omit<FlowDefinition, 'name' | 'destinations' | 'activateFor'>> & {
  activateFor?: Partial<FlowDefinition['activateFor']>;
  destinations?: (Partial<FlowDefinition['destinations'][number]> & { name: string })[];
};

/** Defaults make an incomplete flow valid to save; new flows start in Test, as the guide advises. */
const withDefaults = (flowName: string, b: FlowBody): FlowDefinition => ({
  name: flowName,
  mode: b.mode ?? 'test',
  active: b.active ?? true,
  source: b.source ?? null,
  activateFor: {
    registrationStatusTags: b.activateFor?.registrationStatusTags ?? [],
    registrationPropertyTags: b.activateFor?.registrationPropertyTags ?? [],
    sessionRegistrationStatusTags: b.activateFor?.sessionRegistrationStatusTags ?? [],
    eventStatusTags: b.activateFor?.eventStatusTags ?? [],
  },
  filters: b.filters ?? [],
  destinations: (b.destinations ?? []).map((d) => ({
    name: d.name,
    connection: d.connection ?? null,
    action: 'webhook',
    payloadMapping: d.payloadMapping ?? null,
    headerMapping: d.headerMapping ?? null,
    ...(d.leads ? { leads: d.leads } : {}),
    ...(d.writeBack?.length ? { writeBack: d.writeBack } : {}),
  })),
});

export async function flowRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['flows'];
  const params = nameParams;

  app.get('/flows', { schema: { tags, summary: 'The flow list, each with whether it is complete', response: answers({ 200: list('flows', flow) }) } }, async (req) => {
    const known = await knownReferences(db, req.account.id);
    return { flows: (await listFlows(db, req.account.id)).map((f) => describeFlow(f, known)) };
  });

  app.get<{ Params: { name: string } }>('/flows/:name', { schema: { tags, summary: 'A flow', params, response: answers({ 200: flow }) } }, async (req) =>
    describeFlow(await getFlow(db, req.account.id, req.params.name), await knownReferences(db, req.account.id)),
  );

  app.put<{ Params: { name: string }; Body: FlowBody }>(
    '/flows/:name',
    { schema: { tags, summary: 'Create or replace a flow; an incomplete flow is saved and never fires', params, body: flowBody, response: answers({ 200: flow, 201: flow }) } },
    async (req, reply) => {
      const { flow, created } = await inTransaction(db, (trx) => upsertFlow(trx, req.account.id, withDefaults(req.params.name, req.body), app.clock.now().toISOString()));
      return reply.status(created ? 201 : 200).send(flow);
    },
  );

  app.put<{ Params: { name: string }; Body: { active: boolean } }>(
    '/flows/:name/active',
    {
      schema: {
        tags,
        summary: 'The Active toggle',
        params,
        body: { type: 'object', additionalProperties: false, required: ['active'], properties: { active: { type: 'boolean' } } },
        response: answers({ 200: flow }),
      },
    },
    async (req) => (await inTransaction(db, (trx) => setFlowActive(trx, req.account.id, req.params.name, req.body.active, app.clock.now().toISOString()))).flow,
  );

  app.delete<{ Params: { name: string } }>('/flows/:name', { schema: { tags, summary: 'Delete a flow', params, response: answers(noContent) } }, async (req, reply) => {
    await deleteFlow(db, req.account.id, req.params.name);
    return reply.status(204).send();
  });

  app.get<{ Querystring: OutcomeQuery }>(
    '/flow-outcomes',
    {
      schema: {
        tags,
        summary: 'What each flow decided about each change: triggered (with its actions) or not, and why',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            changeId: { type: 'integer', minimum: 1 },
            flow: name,
            triggered: { type: 'boolean' },
            after: { type: 'integer', minimum: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
        response: answers({ 200: list('outcomes', outcome) }),
      },
    },
    async (req) => ({ outcomes: await listOutcomes(db, req.account.id, req.query) }),
  );
}
