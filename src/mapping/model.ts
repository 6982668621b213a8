/**
 * A mapping is data: a tree of target fields, each filled from Certain-style source fields and
 * fixed text, transformed and coerced to its JSON type. `compile()` turns it into a renderer once.
 *
 * Glossary
 * - target field: a key of the payload the destination receives (`attachments`, `title`).
 * - source: where a value comes from in the change (`profile.firstName`, `macro.uuid`); see sources.ts.
 * - value part: one source or one piece of fixed text; several parts concatenate.
 * - list source: a list an array iterates (`registration.questions`); inside it `item.*` is the current item.
 * - transform: a text step applied in order (`trim`, then `proper`).
 * - replacement token: a source in brackets (`[registration.code]`) in a connection's URL or
 *   headers, filled in at each attempt; see src/connections/tokens.ts.
 */
import type { ListSourceId, SourceId } from './source-ids.js';

/** The JSON types of the guide's "Add a Field" drop-down. */
export const FIELD_TYPES = [
  'string',
  'number',
  'boolean',
  'object',
  'array_of_strings',
  'array_of_numbers',
  'array_of_objects',
  'array_of_booleans',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
/** The types a value (rather than child fields) fills. */
export type ValueType = Exclude<FieldType, 'object' | 'array_of_objects'>;

export const TRANSFORMS = ['lower', 'proper', 'upper', 'trim', 'first_link_title', 'first_link_url'] as const;
export type Transform = (typeof TRANSFORMS)[number];

/**
 * One piece of a field's value; several pieces concatenate ('Position' + "  @" + 'Organization').
 * `source` is typed as the open string a stored mapping holds; `compile()` is what checks it (see
 * `SourceId` for the ids it accepts, and `source()` in sources.ts for a typed builder).
 */
export type ValuePart = { kind: 'source'; source: SourceId | (string & {}) } | { kind: 'text'; text: string };

export interface TargetField {
  name: string;
  type: FieldType;
  required?: boolean;
  /** Applied in order, to text (each element of a list). */
  transforms?: Transform[];
  /** For scalar and scalar-array types. */
  value?: ValuePart[];
  /** For an object, or each element of an array of objects. */
  fields?: TargetField[];
  /**
   * For an array type: the list source it iterates, one element per item (`item.*` sources read
   * that item). Without it, an array of objects has one element and an array of scalars holds the
   * value (a list, or a single value wrapped).
   */
  each?: ListSourceId;
}

export interface Mapping {
  /** "Mapping Name"; the store keys mappings by name, so a definition may leave it out. */
  name?: string;
  /** "Select Root Element Type": nearly always an object; an array of objects if the payload starts with [. */
  root: 'object' | 'array_of_objects';
  /** For a root array of objects: the list source it iterates. */
  each?: ListSourceId;
  fields: TargetField[];
}

/** Why a mapping does not compile; each names the field by its path. */
export type MappingErrorCode =
  | 'unknown_source'
  | 'unknown_type'
  | 'unknown_transform'
  | 'missing_name'
  | 'duplicate_name'
  | 'misplaced_option';

/** Why a compiled mapping could not render one change. */
export type RenderErrorCode = 'required_missing' | 'coercion_failed';

/**
 * A problem with its JSON-pointer path in the target payload (`/attachments/0/title`); at compile
 * time the elements of an array are represented by element 0. The message starts with the path.
 */
export interface MappingError<Code extends string = MappingErrorCode | RenderErrorCode> {
  code: Code;
  path: string;
  message: string;
  /** A mapping problem is a validation failure: the same data would fail again, so it is never retried. */
  category: 'validation';
}

export type CompileError = MappingError<MappingErrorCode>;
export type RenderError = MappingError<RenderErrorCode>;
/** A header mapping rendered something that cannot be an HTTP header (see `renderHeaders`). */
export type HeaderError = MappingError<'invalid_header'>;

export type Result<T, E = MappingError> = { ok: true; value: T } | { ok: false; errors: E[] };
