/**
 * What the routes answer, as JSON schemas: Fastify serializes every answer from them (fast-json-stringify)
 * and the OpenAPI document shows them, so a client generated from it can be trusted.
 *
 * Mind the serializer: it drops a property its schema does not list and coerces a value to the type
 * declared (null becomes "" for a plain string). So a shape lists every property the handler returns,
 * a nullable one says so (`nullable`), and open-ended data (custom fields, answers, mapping and flow
 * definitions) stays open (`open`), never truncated. A value of several types is an `anyOf`; a list
 * of types serves only beside null (under `type: ['string', 'array']` a list goes out as "a,b"). The API tests check every real answer against the
 * document (test/support/contract.ts), which catches a shape that does not match its handler.
 *
 * A route declares its answers with `answers({ 200: shape })`, which adds the error answers (any 4xx
 * or 5xx is the error shape); a list is `list('things', thing)`, a cursor page `cursorPage('things',
 * thing)`, an empty 204 `answers(noContent)`. Shapes are `closed(...)` unless open-ended.
 */
import { PROFILE_STANDARD_FIELDS } from '../domain/profile.js';

/** The one error shape (src/api/errors.ts), by reference to the shared schema registered there. */
const errorRef = { $ref: 'Error#' } as const;

/** Every operation may fail: its 4xx and 5xx answers are the error shape. */
const errorAnswers = {
  '4xx': { ...errorRef, description: 'The request was refused: `error` is a code of the catalogue, `message` says why' },
  '5xx': { ...errorRef, description: 'Hookflow failed (HF_INTERNAL); it has been logged' },
} as const;

/** An operation's answers: its successes (by status) and the error answers. */
export const answers = <S extends Record<number, object>>(successes: S) => ({ ...successes, ...errorAnswers });

/** A 204 with no body. */
export const noContent = { 204: { type: 'null', description: 'Done; no content' } } as const;

type Properties = Record<string, object>;

/** An object with exactly these properties, all always present but those named `optional`. */
export const closed = (properties: Properties, optional: readonly string[] = [], description?: string) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((p) => !optional.includes(p)),
  properties,
  ...(description ? { description } : {}),
});

/** An object whose known properties are listed, but which may hold others: stored JSON is never cut down. */
export const open = (properties: Properties = {}, optional: readonly string[] = [], description?: string) => ({
  ...closed(properties, optional, description),
  additionalProperties: true,
});

/** `{ type: T }` or null. */
export const nullable = <T extends string>(type: T, rest: object = {}) => ({ type: [type, 'null'], ...rest });

export const text = { type: 'string' } as const;
export const integer = { type: 'integer' } as const;
export const boolean = { type: 'boolean' } as const;
export const timestamp = { type: 'string', format: 'date-time' } as const;
export const texts = { type: 'array', items: text } as const;
/** Any JSON value (a rendered payload, a sample). */
export const anyJson = {} as const;

/** `{ <key>: [item, ...] }`, the shape of every list answer. */
export const list = (key: string, item: object) => closed({ [key]: { type: 'array', items: item } });

/** A page of a cursor-paginated list: pass `nextCursor` back as `cursor` for the next one; null on the last page. */
export const cursorPage = (key: string, item: object) =>
  closed({ [key]: { type: 'array', items: item }, nextCursor: nullable('string', { description: 'the cursor of the next page; null on the last' }) });

/** A value of a custom field, or of an answer to a question. */
const customValue = { anyOf: [{ type: 'string' }, texts, { type: 'null' }] } as const;
/** Custom fields or answers, by code. */
export const customValues = { type: 'object', additionalProperties: customValue } as const;

/** A person (profiles, and the registrations that carry one). */
export const profile = closed({
  code: text,
  ...Object.fromEntries(PROFILE_STANDARD_FIELDS.map((f) => [f, nullable('string')])),
  customFields: customValues,
});
