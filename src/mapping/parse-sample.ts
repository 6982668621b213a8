import { jsonErrorPosition, type TextPosition } from './json-position.js';
import type { FieldType, Mapping, TargetField } from './model.js';

export type ParsedSample = { ok: true; mapping: Mapping } | { ok: false; message: string; position?: TextPosition };

/**
 * "Parse JSON": a sample payload from the target becomes the target tree with inferred types, as
 * if typed in by hand ("Let me set them up myself"); the sources are then chosen field by field.
 */
export function parseSample(text: string): ParsedSample {
  let sample: unknown;
  try {
    sample = JSON.parse(text);
  } catch (e) {
    const position = jsonErrorPosition(text);
    const where = position ? ` (line ${position.line}, column ${position.column})` : '';
    return { ok: false, message: `the sample is not valid JSON: ${(e as Error).message}${where}`, ...(position && { position }) };
  }
  if (Array.isArray(sample)) {
    if (!sample.every(isObject)) return { ok: false, message: 'a sample that starts with [ must be a list of objects' };
    return { ok: true, mapping: { root: 'array_of_objects', fields: fieldsOf(sample) } };
  }
  if (!isObject(sample)) return { ok: false, message: 'the sample must be a JSON object (or a list of objects)' };
  return { ok: true, mapping: { root: 'object', fields: fieldsOf([sample]) } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Elements of a list may differ (optional keys): the union of their keys, in order of first appearance. */
function fieldsOf(objects: Record<string, unknown>[]): TargetField[] {
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  return keys.map((name) => fieldOf(name, objects.map((o) => o[name]).filter((v) => v !== undefined)));
}

/** The first non-null value decides the type; null alone (no evidence) is a string. */
function fieldOf(name: string, values: unknown[]): TargetField {
  const first = values.find((v) => v !== null);
  if (isObject(first)) return { name, type: 'object', fields: fieldsOf(values.filter(isObject)) };
  if (Array.isArray(first)) {
    const items = values.flatMap((v) => (Array.isArray(v) ? v : []));
    if (items.some(isObject)) return { name, type: 'array_of_objects', fields: fieldsOf(items.filter(isObject)) };
    return { name, type: `array_of_${scalarType(items.find((v) => v !== null))}s` satisfies FieldType };
  }
  return { name, type: scalarType(first) };
}

const scalarType = (v: unknown): 'string' | 'number' | 'boolean' => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string');
