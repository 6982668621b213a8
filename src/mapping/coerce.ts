import type { FieldValue, Scalar } from './context.js';
import type { FieldType } from './model.js';

/** A value in its target JSON type, or the reason it cannot be. */
export type Coerced = { ok: true; value: unknown } | { ok: false; problem: string };

const TRUE = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);

function toNumber(v: Scalar): Coerced {
  if (typeof v === 'number') return { ok: true, value: v };
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v.trim()))) return { ok: true, value: Number(v.trim()) };
  return { ok: false, problem: `${JSON.stringify(v)} is not a number` };
}

function toBoolean(v: Scalar): Coerced {
  if (typeof v === 'boolean') return { ok: true, value: v };
  const s = String(v).trim().toLowerCase();
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, problem: `${JSON.stringify(v)} is not a boolean (true/false, yes/no, 1/0)` };
}

const toText = (v: FieldValue): string => (Array.isArray(v) ? v.join(', ') : String(v));

function each(list: Scalar[], one: (v: Scalar) => Coerced): Coerced {
  const out: unknown[] = [];
  for (const v of list) {
    const c = one(v);
    if (!c.ok) return c;
    out.push(c.value);
  }
  return { ok: true, value: out };
}

/**
 * Coerces a present (non-empty) value to a scalar or scalar-array type. Runs per field per render:
 * no closures are made here.
 */
export function coerce(value: FieldValue, type: Exclude<FieldType, 'object' | 'array_of_objects'>): Coerced {
  const list: Scalar[] = Array.isArray(value) ? value : [value];
  switch (type) {
    case 'string':
      return { ok: true, value: toText(value) };
    case 'number':
      return list.length === 1 ? toNumber(list[0] as Scalar) : tooMany(list, type);
    case 'boolean':
      return list.length === 1 ? toBoolean(list[0] as Scalar) : tooMany(list, type);
    case 'array_of_strings':
      return { ok: true, value: list.map(String) };
    case 'array_of_numbers':
      return each(list, toNumber);
    case 'array_of_booleans':
      return each(list, toBoolean);
  }
}

const tooMany = (list: Scalar[], type: string): Coerced => ({ ok: false, problem: `a list of ${list.length} values cannot be a single ${type}` });

/** Missing: nothing a target should receive (null, empty text, empty list). */
export const isMissing = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
