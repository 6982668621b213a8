import type { CustomFieldValue, CustomFieldValues } from './custom-fields.js';

/**
 * Responses written back (issue 13): a destination maps fields of its target's JSON answer (a
 * CRM's lead id, a score, a status) onto the registration's person, as profile custom fields, the
 * fields flows filter on and mappings read. `from` is a dot path (`data.lead.id`, `items.0.id`) or
 * a JSON pointer (`/data/lead/id`).
 */
export interface WriteBackRule {
  from: string;
  to: { customField: string };
}

/** Where a write-back came from: the flow whose answer it wrote, and the change that flow was delivering. */
export interface ChangeOrigin {
  flowId: number;
  changeId: number;
}

/** What an answer gives the rules: the values found, and a note for each rule it could not serve (never an error). */
export interface WriteBackRead {
  customFields: CustomFieldValues;
  notes: string[];
}

/** Reads each rule's field from the answer's body; a body that is not JSON, or lacks a field, is noted, not thrown. */
export function readWriteBack(rules: readonly WriteBackRule[], body: string): WriteBackRead {
  const read: WriteBackRead = { customFields: {}, notes: [] };
  if (rules.length === 0) return read;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    read.notes.push(`write-back skipped: the answer is not JSON (${describeBody(body)})`);
    return read;
  }
  for (const rule of rules) {
    const value = valueOf(at(json, rule.from));
    if (value.ok) read.customFields[rule.to.customField] = value.value;
    else read.notes.push(`write-back to custom field '${rule.to.customField}' skipped: the answer's '${rule.from}' ${value.why}`);
  }
  return read;
}

/** The keys of a path: a JSON pointer's (with its ~1 and ~0 escapes) or a dotted path's. */
export function pathKeys(path: string): string[] {
  if (path.startsWith('/')) return path.slice(1).split('/').map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  return path.split('.');
}

function at(json: unknown, path: string): unknown {
  let here = json;
  for (const key of pathKeys(path)) {
    if (Array.isArray(here) && /^\d+$/.test(key)) here = here[Number(key)];
    else here = typeof here === 'object' && here !== null && !Array.isArray(here) ? (here as Record<string, unknown>)[key] : undefined;
  }
  return here;
}

type Value = { ok: true; value: CustomFieldValue } | { ok: false; why: string };

/** A custom field holds text, a list of texts, or nothing: numbers and booleans are written as text. */
function valueOf(v: unknown): Value {
  if (v === undefined) return { ok: false, why: 'is missing' };
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { ok: true, value: String(v) };
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) return { ok: true, value: v.map(String) };
  return { ok: false, why: `is ${Array.isArray(v) ? 'a list of objects' : 'an object'}, not a value` };
}

const describeBody = (body: string) => (body.trim() === '' ? 'it is empty' : `it begins ${JSON.stringify(body.slice(0, 40))}`);
