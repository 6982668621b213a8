import type { FastifyInstance } from 'fastify';
import type { RequestInspector } from '../inspector/request-inspector.js';
import { createAccount } from '../store/accounts.js';

/** One call to the API, as the account: what the seed and the simulator do everything through. */
export type Call = (method: 'GET' | 'PUT' | 'POST', url: string, body?: unknown) => Promise<unknown>;

/** The API in-process (`inject`), as the key's account; an answer that is not a success throws, naming it. */
export const callerFor =
  (app: FastifyInstance, key: string): Call =>
  async (method, url, body) => {
    const res = await app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...(body === undefined ? {} : { payload: body as object }) });
    if (res.statusCode >= 300) throw new Error(`demo: ${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.body ? JSON.parse(res.body) : undefined;
  };

/** The demo's two targets, bins of the built-in inspector: a CRM that always answers, and a Slack that fails now and then. */
export const CRM_BIN = 'crm';
export const FLAKY_BIN = 'slack';

export const DEMO_EVENTS = ['SUMMIT', 'ROADSHOW'] as const;

const source = (id: string) => ({ kind: 'source', source: id });
const fixed = (text: string) => ({ kind: 'text', text });
const str = (name: string, value: object[], more: object = {}) => ({ name, type: 'string', value, ...more });

/** A lead for the CRM: the person, the event, the status. */
const LEAD_MAPPING = {
  fields: [
    str('email', [source('profile.email')], { required: true, transforms: ['lower'] }),
    str('name', [source('profile.firstName'), fixed(' '), source('profile.lastName')], { transforms: ['proper', 'trim'] }),
    str('company', [source('profile.organization')]),
    str('registration', [source('registration.code')]),
    str('status', [source('registration.statusName')]),
    { name: 'event', type: 'object', fields: [str('code', [source('event.code')]), str('name', [source('event.name')]), { name: 'tags', type: 'array_of_strings', value: [source('event.tags')] }] },
    str('attendeeType', [source('registration.attendeeTypeName')]),
  ],
};

/**
 * The advanced guide's "Example Mapping from Pasted JSON" (the Slack `attachments` sample), mapped
 * as its screenshot shows: the event's name, a fixed colour, who registered, one field per
 * answered question, the registration status as the title.
 */
export const SLACK_MAPPING = {
  fields: [
    {
      name: 'attachments',
      type: 'array_of_objects',
      fields: [
        str('author_name', [source('event.name')]),
        str('color', [fixed('#36a64f')]),
        str('pretext', [source('profile.firstName'), fixed(' '), source('profile.lastName'), fixed(' '), source('registration.code')]),
        str('text', [fixed('Question answered by Attendee')]),
        {
          name: 'fields',
          type: 'array_of_objects',
          each: 'registration.questions',
          fields: [{ name: 'short', type: 'boolean', value: [fixed('true')] }, str('title', [source('item.name')]), str('value', [source('item.answer')])],
        },
        str('title', [source('registration.statusName')]),
      ],
    },
  ],
};

const statusFlow = (tag: string, destinations: object[]) => ({ mode: 'live', source: 'registration_status_change', activateFor: { registrationStatusTags: [tag] }, destinations });

/**
 * The demo account, set up through the API as a person would (so it stays valid as the API
 * evolves): tags and what they are applied to, two events with attendee types and questions, two
 * connections to the inspector, the guide's Slack mapping, a CRM lead mapping, and three flows.
 */
export async function seedDemo(app: FastifyInstance, inspector: RequestInspector, targetBase: string): Promise<{ apiKey: string; call: Call }> {
  const { account, apiKey } = await createAccount(app.database.db, 'Hookflow Demo', app.clock.now().toISOString());
  const call = callerFor(app, apiKey);
  for (const bin of [CRM_BIN, FLAKY_BIN]) inspector.open(bin, account.id);

  await call('PUT', '/v1/tags/Registered', { objects: ['registration_statuses'] });
  await call('PUT', '/v1/tags/Cancelled', { objects: ['registration_statuses'] });
  await call('PUT', '/v1/tags/VIP', { objects: ['attendee_types', 'registration_properties'] });
  await call('PUT', '/v1/tags/Flagship', { objects: ['events'] });
  await call('PUT', '/v1/tags/Diet', { objects: ['questions'] });
  await call('PUT', '/v1/tags/Topics', { objects: ['questions'] });
  await call('PUT', '/v1/registration-statuses/registered', { tags: ['Registered'] });
  await call('PUT', '/v1/registration-statuses/cancelled', { tags: ['Cancelled'] });

  await call('PUT', '/v1/events/SUMMIT', { name: 'Hookflow Summit 2026', tags: ['Flagship'], startDate: '2026-12-01' });
  await call('PUT', '/v1/events/ROADSHOW', { name: 'Lisbon Roadshow', startDate: '2027-02-10' });
  for (const event of DEMO_EVENTS) {
    await call('PUT', `/v1/events/${event}/attendee-types/ATT`, { name: 'Attendee' });
    await call('PUT', `/v1/events/${event}/attendee-types/SPK`, { name: 'Speaker', tags: ['VIP'] });
    await call('PUT', `/v1/events/${event}/registration-statuses/confirmed`, { name: 'Confirmed', tags: ['Registered'] });
    await call('PUT', `/v1/events/${event}/questions/diet`, { name: 'Dietary needs?', tags: ['Diet'], attributes: { text: 'Dietary needs?', type: 'text' } });
    await call('PUT', `/v1/events/${event}/questions/topics`, { name: 'Topics of interest', tags: ['Topics'], attributes: { text: 'Topics of interest', type: 'text' } });
  }

  await call('PUT', '/v1/connections/crm', { url: `${targetBase}/inspector/${CRM_BIN}`, auth: { type: 'none' }, timeoutMs: 5000 });
  await call('PUT', '/v1/connections/slack', { url: `${targetBase}/inspector/${FLAKY_BIN}`, auth: { type: 'none' }, timeoutMs: 5000 });
  await call('PUT', '/v1/mappings/CRM%20lead', LEAD_MAPPING);
  await call('PUT', '/v1/mappings/Slack%20attachments', SLACK_MAPPING);

  await call('PUT', '/v1/flows/Registered%20to%20CRM', statusFlow('Registered', [{ name: 'CRM', connection: 'crm', payloadMapping: 'CRM lead' }]));
  await call('PUT', '/v1/flows/Registered%20to%20Slack', statusFlow('Registered', [{ name: 'Slack', connection: 'slack', payloadMapping: 'Slack attachments' }]));
  await call('PUT', '/v1/flows/Cancelled%20to%20CRM', statusFlow('Cancelled', [{ name: 'CRM', connection: 'crm', payloadMapping: 'CRM lead' }]));
  return { apiKey, call };
}
