import type { FastifyInstance } from 'fastify';
import { unknownReference } from '../../domain/errors.js';
import { OPERATIONAL_EVENT_TYPES } from '../../domain/operational-event.js';
import { type NotificationSettings, getNotificationSettings, putNotificationSettings } from '../../store/notification-settings.js';
import { type OperationalEventFilter, listOperationalEvents } from '../../store/operational-events.js';
import { inTransaction } from '../../store/transaction.js';
import { answers } from '../responses.js';

const settingsProperties = {
  connection: { type: ['string', 'null'], minLength: 1, maxLength: 100, pattern: '^[^/]+$', description: 'the connection operational events are sent to; null: none' },
  events: {
    type: 'array',
    items: { enum: OPERATIONAL_EVENT_TYPES },
    minItems: 1,
    uniqueItems: true,
    description: 'which events; all of them when left out',
  },
} as const;
const settingsSchema = { type: 'object', additionalProperties: false, required: ['connection', 'events'], properties: settingsProperties } as const;

const eventProperties = {
  id: { type: 'integer', description: 'its webhook-id is evt_<id>' },
  type: { enum: OPERATIONAL_EVENT_TYPES },
  connection: { type: 'string' },
  status: { enum: ['pending', 'sent', 'dropped'], description: 'dropped: every send failed (see lastError)' },
  attempts: { type: 'integer', description: 'sends tried' },
  nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
  lastError: { type: ['string', 'null'] },
  createdAt: { type: 'string', format: 'date-time' },
  finishedAt: { type: ['string', 'null'], format: 'date-time' },
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'timestamp', 'data'],
    description: 'the request body sent',
    properties: {
      type: { enum: OPERATIONAL_EVENT_TYPES },
      timestamp: { type: 'string', format: 'date-time' },
      data: { type: 'object', additionalProperties: true, description: "the event's own fields, by type" },
    },
  },
} as const;

/**
 * Notification settings: where the account's operational events go (Standard Webhooks requests
 * to one of its connections) and which; and the events themselves, sent, waiting or dropped.
 */
export async function notificationRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const tags = ['notifications'];

  app.get('/notifications', { schema: { tags, summary: 'Where operational events go, and which', response: answers({ 200: settingsSchema }) } }, (req) => getNotificationSettings(db, req.account.id));

  app.put<{ Body: { connection: string | null; events?: NotificationSettings['events'] } }>(
    '/notifications',
    {
      schema: {
        tags,
        summary:
          'Send operational events (message.attempt.exhausted, endpoint.disabled, endpoint.enabled, alert.opened, alert.resolved, replay.finished) to a connection, signed; null stops them',
        body: { type: 'object', additionalProperties: false, required: ['connection'], properties: settingsProperties },
        response: answers({ 200: settingsSchema }),
      },
    },
    async (req) => {
      const { connection, events = [...OPERATIONAL_EVENT_TYPES] } = req.body;
      return inTransaction(db, async (trx) => {
        if (connection !== null) {
          const found = await trx.selectFrom('connections').select('id').where('account_id', '=', req.account.id).where('name', '=', connection).executeTakeFirst();
          if (!found) throw unknownReference('connection', 'connection', connection);
        }
        return putNotificationSettings(trx, req.account.id, { connection, events }, app.clock.now().toISOString());
      });
    },
  );

  app.get<{ Querystring: OperationalEventFilter }>(
    '/notifications/events',
    {
      schema: {
        tags,
        summary: 'Operational events recorded for the account, oldest first (pass `nextAfter` as `after`)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { enum: ['pending', 'sent', 'dropped'] },
            after: { type: 'integer', minimum: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
        response: answers({
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['events', 'nextAfter'],
            properties: {
              events: { type: 'array', items: { type: 'object', additionalProperties: false, required: Object.keys(eventProperties), properties: eventProperties } },
              nextAfter: { type: ['integer', 'null'] },
            },
          },
        }),
      },
    },
    async (req) => {
      const events = await listOperationalEvents(db, req.account.id, req.query);
      return { events, nextAfter: events.length === (req.query.limit ?? 100) ? (events.at(-1)?.id ?? null) : null };
    },
  );
}
