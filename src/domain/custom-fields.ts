import { invalidValue, unknownReference } from './errors.js';

/**
 * Custom fields of events and profiles. Enumerated types carry their allowed values; only those
 * can be used in flow filters, as the guide says.
 */
export const CUSTOM_FIELD_TYPES = ['text', 'select', 'multi_select', 'checkbox', 'radio'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldDefinition {
  code: string;
  type: CustomFieldType;
  options: string[];
}

export type CustomFieldValue = string | string[] | null;
export type CustomFieldValues = Record<string, CustomFieldValue>;

const MULTI: ReadonlySet<CustomFieldType> = new Set(['multi_select', 'checkbox']);

export const isEnumerated = (type: CustomFieldType) => type !== 'text';

/** Validates values against their definitions; the field path names the offending entry. */
export function checkCustomFields(
  values: CustomFieldValues,
  definitions: ReadonlyMap<string, CustomFieldDefinition>,
  field: string,
): CustomFieldValues {
  for (const [code, value] of Object.entries(values)) {
    const def = definitions.get(code);
    const path = `${field}/${code}`;
    if (!def) throw unknownReference(path, 'custom field', code);
    if (value === null) continue;
    if (MULTI.has(def.type)) {
      if (!Array.isArray(value)) throw invalidValue(path, `a ${def.type} field takes a list of values`);
      value.forEach((v) => checkOption(def, v, path));
    } else {
      if (typeof value !== 'string') throw invalidValue(path, `a ${def.type} field takes a single text value`);
      if (def.type !== 'text') checkOption(def, value, path);
    }
  }
  return values;
}

function checkOption(def: CustomFieldDefinition, value: string, path: string) {
  if (!def.options.includes(value)) {
    throw invalidValue(path, `'${value}' is not one of the allowed values (${def.options.join(', ')})`);
  }
}
