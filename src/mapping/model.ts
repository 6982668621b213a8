/**
 * A mapping is data: a tree of target fields, each filled from Certain-style source fields and
 * fixed text, transformed and coerced to its JSON type. `compile()` turns it into a renderer once.
 */
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

export const TRANSFORMS = ['lower', 'proper', 'upper', 'trim', 'first_link_title', 'first_link_url'] as const;
export type Transform = (typeof TRANSFORMS)[number];

/** One piece of a field's value; several pieces concatenate ('Position' + "  @" + 'Organization'). */
export type ValuePart = { kind: 'source'; source: string } | { kind: 'text'; text: string };

export interface TargetField {
  name: string;
  type: FieldType;
  required?: boolean;
  transforms?: Transform[];
  value?: ValuePart[];
  /** Children of an object or of each element of an array of objects. */
  fields?: TargetField[];
  /** For an array of objects: the list source it iterates, one element per item. Without it, one element. */
  each?: string;
}

export interface Mapping {
  /** "Select Root Element Type": nearly always an object; an array of objects if the payload starts with [. */
  root: 'object' | 'array_of_objects';
  /** For a root array of objects: the list source it iterates. */
  each?: string;
  fields: TargetField[];
}

/** A problem found while compiling or rendering, with the JSON-pointer path of the field. */
export interface MappingError {
  code: 'unknown_source' | 'bad_field' | 'required_missing' | 'coercion_failed';
  path: string;
  message: string;
  /** Rendering errors are validation failures: the same data would fail again, so never retried. */
  category: 'validation';
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: MappingError[] };
