import { ATTEMPT_RESULTS, PAYLOAD_EXPIRED } from '../../domain/attempt.js';
import { CHANGE_KINDS } from '../../domain/changes.js';
import { DELIVERY_STATUSES, QUEUE_STATUSES } from '../../domain/delivery.js';
import { FAILURE_CATEGORIES } from '../../domain/failure.js';
import { FAILURE_CAUSES } from '../../domain/failure-cause.js';
import { code } from '../schemas.js';

/** The deliveries routes' schemas: what they take, and every field they answer with. */

const time = { type: 'string', format: 'date-time' } as const;
const nullable = <T extends { type: string }>(s: T) => ({ ...s, type: [s.type, 'null'] }) as const;
const nullableEnum = <T extends readonly string[]>(values: T) => ({ type: ['string', 'null'], enum: [...values, null] }) as const;
const expired = { type: 'string', enum: [PAYLOAD_EXPIRED], description: 'past payload retention' } as const;

/** What a list, or a bulk resubmit, matches. */
export const filterProperties = {
  status: { enum: DELIVERY_STATUSES },
  queue: { enum: QUEUE_STATUSES },
  retryQueue: { type: 'boolean', description: 'only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue)' },
  category: { enum: FAILURE_CATEGORIES },
  flow: { type: 'string', maxLength: 200 },
  connection: { type: 'string', maxLength: 200 },
  changeId: { type: 'integer', minimum: 1 },
  stuck: { type: 'boolean' },
  from: { ...time, description: "received at or after: the time the delivery's change was received (the history's timestamp), any offset" },
  to: { ...time, description: "received before (exclusive): the time the delivery's change was received" },
  eventType: { enum: CHANGE_KINDS, description: "the change's kind (the guide's event type)" },
  eventCode: code,
  registrationCode: { ...code, description: 'the source record: a registration, with its session registrations' },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProperties,
    order: { enum: ['oldest', 'newest'], default: 'oldest', description: 'by the time the change was received, then by id' },
    cursor: { type: 'string', maxLength: 200, description: "a page's nextCursor: the page after it, in the same order" },
    after: { type: 'integer', minimum: 0, description: 'only deliveries with a greater id' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  },
} as const;

const deliveryProperties = {
  id: { type: 'integer' },
  accountId: { type: 'integer' },
  changeId: { type: 'integer' },
  flowId: { type: 'integer' },
  flow: nullable({ type: 'string' }),
  destination: { type: 'string' },
  connection: { type: 'string' },
  orderingKey: { type: 'string' },
  status: { enum: DELIVERY_STATUSES },
  queueStatus: nullableEnum(QUEUE_STATUSES),
  stuck: { type: 'boolean', description: 'Processing for longer than 15 minutes' },
  priority: { type: 'integer' },
  attempts: { type: 'integer' },
  retries: { type: 'integer' },
  nextAttemptAt: time,
  failureCategory: nullableEnum(FAILURE_CATEGORIES),
  failureMessage: nullable({ type: 'string' }),
  abandoned: { type: 'boolean' },
  deliveredAt: nullable(time),
  targetRecordId: { ...nullable({ type: 'string' }), description: 'the destination record, once delivered (when the target says)' },
  receivedAt: { ...time, description: "when the delivery's change was received: the history's timestamp" },
  eventType: { ...nullableEnum(CHANGE_KINDS), description: "the change's kind" },
  sourceRecord: { ...nullable({ type: 'string' }), description: "the changed record's code (a session registration's is `registration/session`)" },
  eventCode: { type: 'string' },
  isTest: { type: 'boolean' },
  createdAt: time,
  updatedAt: time,
} as const;

const delivery = { type: 'object', additionalProperties: false, required: Object.keys(deliveryProperties), properties: deliveryProperties } as const;

export const listResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['deliveries', 'nextCursor'],
  properties: {
    deliveries: { type: 'array', items: delivery },
    nextCursor: { ...nullable({ type: 'string' }), description: 'pass as `cursor` for the next page; null after the last' },
  },
} as const;

const headers = { type: 'object', additionalProperties: { type: 'string' } } as const;
const request = {
  type: 'object',
  additionalProperties: false,
  required: ['url', 'method', 'headers', 'body'],
  properties: { url: { type: 'string' }, method: { type: 'string' }, headers: { ...headers, description: 'secrets redacted' }, body: { type: 'string' } },
} as const;
const response = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'headers', 'body', 'truncated'],
  properties: { status: { type: 'integer' }, headers, body: { type: 'string', description: 'the first 64 KiB' }, truncated: { type: 'boolean' } },
} as const;

const attemptProperties = {
  number: { type: 'integer' },
  startedAt: time,
  durationMs: { type: 'integer' },
  outcome: { enum: ['delivered', 'failed'] },
  result: { ...nullableEnum(ATTEMPT_RESULTS), description: 'what the attempt left its delivery as' },
  httpStatus: { ...nullable({ type: 'integer' }), description: 'the status the target answered' },
  cause: { ...nullableEnum(FAILURE_CAUSES), description: 'what the attempt most likely ran into' },
  failureCategory: nullableEnum(FAILURE_CATEGORIES),
  failureMessage: nullable({ type: 'string' }),
  request: { anyOf: [request, expired, { type: 'null' }], description: 'what was sent; null when nothing was' },
  response: { anyOf: [response, expired, { type: 'null' }], description: 'what came back; null when no answer came' },
  note: { ...nullable({ type: 'string' }), description: 'what the attempt could not do with the answer (a write-back skipped: not JSON, a field missing), one line each' },
} as const;

// Snapshots are the platform's records, with the account's own custom fields: open objects.
const snapshot = { type: ['object', 'null'], additionalProperties: true } as const;
const change = {
  type: ['object', 'null'],
  description: 'what the delivery is about (kept while the delivery is)',
  additionalProperties: false,
  required: ['id', 'kind', 'sourceRecord', 'eventCode', 'isTest', 'receivedAt', 'before', 'after'],
  properties: {
    id: { type: 'integer' },
    kind: { enum: CHANGE_KINDS },
    sourceRecord: { type: 'string' },
    eventCode: { type: 'string' },
    isTest: { type: 'boolean' },
    receivedAt: time,
    before: { ...snapshot, description: 'the record before the change; null when it was new' },
    after: { ...snapshot, type: 'object' },
  },
} as const;

const statusStep = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'at'],
  properties: {
    status: { enum: DELIVERY_STATUSES },
    at: time,
    attempt: { type: 'integer' },
    detail: { type: 'string', description: 'the failure that made it retry or fail, or a submission by hand' },
  },
} as const;

const problem = {
  type: ['object', 'null'],
  description: 'for a delivery not delivered whose latest attempt failed: what went wrong, in plain words, and what to do',
  additionalProperties: false,
  required: ['cause', 'likely', 'whatToDo', 'message', 'category', 'httpStatus'],
  properties: {
    cause: { enum: FAILURE_CAUSES },
    likely: { type: 'string' },
    whatToDo: { type: 'string' },
    message: { type: 'string' },
    category: { enum: FAILURE_CATEGORIES },
    httpStatus: nullable({ type: 'integer' }),
  },
} as const;

/** The list's fields, but `attempts` is the attempts themselves rather than their count. */
const detailProperties = {
  ...deliveryProperties,
  attempts: { type: 'array', items: { type: 'object', additionalProperties: false, required: Object.keys(attemptProperties), properties: attemptProperties } },
  payload: { ...nullable({ type: 'string' }), description: 'the body last sent; "expired" past payload retention; null when nothing was sent yet' },
  change,
  statusHistory: { type: 'array', items: statusStep, description: 'Received, then each attempt: Processing, then Retrying, Delivered or Failed; oldest first' },
  problem,
} as const;

export const detailResponse = { type: 'object', additionalProperties: false, required: Object.keys(detailProperties), properties: detailProperties } as const;
