import type { FieldValue, Scalar } from './context.js';
import type { ValueType } from './model.js';

/** A value in its target JSON type, or the reason it cannot be. */
export type Coerced = { ok: true; value: unknown } | { ok: false; problem: string };

const TRUE = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);
/** Decimal notation only: Number() would also take "0x1A", "0b1" and "" which no form means as numbers. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function toNumber(v: Scalar): Coerced {
  if (typeof v === 'number') return { ok: true, value: v };
  const s = typeof v === 'string' ? v.trim() : '';
  if (DECIMAL.test(s)) {
    const n = Number(s);
    if (Number.isFinite(n)) return { ok: true, value: n };
  }
  return { ok: false, problem: `${JSON.stringify(v)} is not a number` };
}

function toBoolean(v: Scalar): Coerced {
  if (typeof v === 'boolean') return { ok: true, value: v };
  const s = String(v).trim().toLowerCase();
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, problem: `${JSON.stringify(v)} is not a boolean (true/false, yes/no, 1/0)` };
}

function each(list: readonly Scalar[], one: (v: Scalar) => Coerced): Coerced {
  const out: unknown[] = [];
  for (const v of list) {
    const c = one(v);
    if (!c.ok) return c;
    out.push(c.value);
  }
  return { ok: true, value: out };
}

const tooMany = (list: readonly Scalar[], type: string): Coerced => ({ ok: false, problem: `a list of ${list.length} values cannot be a single ${type}` });

/**
 * Coerces a present (non-empty) value to its target type: a list to a single value only if it has
 * one element, a single value to a list by wrapping it. Runs per field per render: no closures here.
 */
export function coerce(value: FieldValue, type: ValueType): Coerced {
  const list: readonly Scalar[] = Array.isArray(value) ? value : [value];
  switch (type) {
    case 'string':
      return { ok: true, value: Array.isArray(value) ? value.join(', ') : String(value) };
    case 'number':
      return list.length === 1 ? toNumber(list[0] ?? null) : tooMany(list, type);
    case 'boolean':
      return list.length === 1 ? toBoolean(list[0] ?? null) : tooMany(list, type);
    case 'array_of_strings':
      return { ok: true, value: list.map(String) };
    case 'array_of_numbers':
      return each(list, toNumber);
    case 'array_of_booleans':
      return each(list, toBoolean);
  }
}

/** Missing: nothing a target should receive (null, empty text, empty list). */
export const isMissing = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** "a number", "an array of strings": for messages. */
export function describeType(type: string): string {
  const words = type.replace(/_/g, ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}
