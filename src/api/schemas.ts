import { CUSTOM_FIELD_TYPES } from '../domain/custom-fields.js';
import { EVENT_STANDARD_FIELDS } from '../domain/event.js';
import { PROFILE_STANDARD_FIELDS } from '../domain/profile.js';
import { TAG_OBJECTS } from '../domain/tags.js';
import { FIELD_TYPES, TRANSFORMS } from '../mapping/index.js';

/** JSON schemas shared by the routes; the OpenAPI document is generated from them. */
export const code = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:@-]*$' } as const;
export const tagName = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^/]+$' } as const;
const text = (max = 1000) => ({ type: ['string', 'null'], maxLength: max }) as const;

export const tags = { type: 'array', items: tagName, maxItems: 50 } as const;

const customValue = { anyOf: [{ type: 'string', maxLength: 10000 }, { type: 'array', items: { type: 'string' } }, { type: 'null' }] };
export const customFields = { type: 'object', additionalProperties: customValue, propertyNames: code } as const;

export const tagBody = {
  type: 'object',
  additionalProperties: false,
  required: ['objects'],
  properties: {
    label: { type: 'string', minLength: 1, maxLength: 200 },
    objects: { type: 'array', items: { enum: TAG_OBJECTS }, minItems: 1 },
  },
} as const;

export const catalogBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    tags,
    attributes: {
      type: 'object',
      additionalProperties: false,
      properties: {
        text: { type: 'string', maxLength: 2000 },
        type: { enum: CUSTOM_FIELD_TYPES },
        options: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 500 },
      },
    },
  },
} as const;

export const eventBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 300 },
    isTest: { type: 'boolean' },
    status: code,
    ...Object.fromEntries(EVENT_STANDARD_FIELDS.map((f) => [f, text(f === 'description' ? 20000 : 500)])),
    customFields,
    tags,
  },
} as const;

/** A session of an event; fields left out keep their value, null clears one. */
export const sessionBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 300 },
    startsAt: { type: ['string', 'null'], format: 'date-time' },
    endsAt: { type: ['string', 'null'], format: 'date-time' },
    location: text(500),
    customFields,
  },
} as const;

export const profileFields = {
  ...Object.fromEntries(PROFILE_STANDARD_FIELDS.map((f) => [f, text(500)])),
  customFields,
};

export const profileBody = {
  type: 'object',
  additionalProperties: false,
  properties: profileFields,
} as const;

/** Fields left out keep their value; a new registration needs `eventCode` and `profile.code` (checked against the store). */
export const registrationItem = {
  type: 'object',
  additionalProperties: false,
  required: ['code'],
  properties: {
    code,
    eventCode: code,
    profile: { type: 'object', additionalProperties: false, properties: { code, ...profileFields } },
    status: code,
    attendeeType: { anyOf: [code, { type: 'null' }] },
    isTest: { type: 'boolean' },
    properties: { type: 'object', additionalProperties: { type: 'boolean' }, propertyNames: code },
    answers: { type: 'object', additionalProperties: customValue, propertyNames: code },
  },
} as const;

const { code: _code, ...registrationFields } = registrationItem.properties;
export const registrationBody = {
  type: 'object',
  additionalProperties: false,
  properties: registrationFields,
} as const;

export const codeParams = (...names: string[]) => ({
  type: 'object',
  required: names,
  properties: Object.fromEntries(names.map((n) => [n, n === 'name' ? tagName : code])),
});

export const page = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
    after: { type: 'string', maxLength: 100 },
  },
} as const;

/** A named resource in the path (flows, mappings): any text but a slash. */
export const nameParams = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^/]+$' } },
} as const;

/** A numbered resource in the path (deliveries, replays). */
export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

/**
 * A mapping (docs/mapping.md). Fields nest, so the field schema refers to itself: a route's body
 * carries `mappingDefinitions` for its validator, and the OpenAPI document has them as components.
 */
export const mappingBody = {
  type: 'object',
  additionalProperties: false,
  required: ['fields'],
  properties: {
    root: { enum: ['object', 'array_of_objects'], default: 'object', description: 'array_of_objects only if the payload starts with [' },
    each: { type: 'string', description: 'for a root array of objects: the list source it iterates' },
    fields: { type: 'array', maxItems: 500, items: { $ref: '#/definitions/field' } },
  },
} as const;

export const mappingDefinitions = {
  field: {
    type: 'object',
    description: 'A target field: a key of the payload, filled from value parts or from child fields',
    additionalProperties: false,
    required: ['name', 'type'],
    properties: {
      name: { type: 'string', maxLength: 200 },
      type: { enum: FIELD_TYPES },
      required: { type: 'boolean', description: 'a render without a value fails with required_missing' },
      transforms: { type: 'array', items: { enum: TRANSFORMS }, maxItems: 10, description: 'applied in order, to text' },
      each: { type: 'string', description: 'for an array type: the list source it iterates, one element per item' },
      value: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/valuePart' }, description: 'for a scalar or an array of scalars; the parts concatenate' },
      fields: { type: 'array', maxItems: 500, items: { $ref: '#/definitions/field' }, description: 'for an object, or each element of an array of objects' },
    },
  },
  valuePart: {
    type: 'object',
    description: 'A source (`{ "kind": "source", "source": "profile.email" }`) or fixed text (`{ "kind": "text", "text": " @ " }`)',
    additionalProperties: false,
    required: ['kind'],
    properties: { kind: { enum: ['source', 'text'] }, source: { type: 'string', minLength: 1 }, text: { type: 'string', maxLength: 5000 } },
  },
} as const;
