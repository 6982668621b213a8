import { isIntegral, isList, isMap, javaDoubleString } from './json.js';

/**
 * Java's view of JSON values, which modify's functions depend on: Jackson reads an integral number
 * as an Integer (or a Long beyond the int range) and any other number as a Double. JS has one
 * number type, so `1.0` in the input counts as the Integer 1 here (see docs/jolt.md).
 */
export type JavaKind = 'int' | 'long' | 'double' | 'string' | 'boolean' | 'null' | 'list' | 'map' | 'other';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

export const isJavaInt = (value: unknown): value is number => isIntegral(value) && value >= INT_MIN && value <= INT_MAX;

export function javaKind(value: unknown): JavaKind {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return isJavaInt(value) ? 'int' : isIntegral(value) ? 'long' : 'double';
  if (isList(value)) return 'list';
  if (isMap(value)) return 'map';
  return 'other';
}

/** Java's toString() of a value: lists as `[a, b]`, maps as `{k=v}`, null as `null`. */
export function javaToString(value: unknown): string {
  const kind = javaKind(value);
  if (kind === 'null') return 'null';
  if (kind === 'double') return javaDoubleString(value as number);
  if (kind === 'list') return `[${(value as unknown[]).map(javaToString).join(', ')}]`;
  if (kind === 'map') return `{${Object.entries(value as object).map(([key, item]) => `${key}=${javaToString(item)}`).join(', ')}}`;
  return String(value);
}

/** Number.intValue(): truncation toward zero, wrapping like a Java cast for longs, saturating for doubles. */
export function intValue(value: number): number {
  if (Number.isNaN(value)) return 0;
  if (!isIntegral(value)) return Math.max(INT_MIN, Math.min(INT_MAX, Math.trunc(value)));
  return value | 0;
}

export function longValue(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.trunc(value);
}

const JAVA_DOUBLE = /^[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)$/;

/** Objects.toNumber: a number, or a string Integer.parseInt, Long.parseLong or Double.parseDouble reads. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  if (/^[+-]?\d+$/.test(value)) return Number(value);
  const trimmed = value.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  if (!JAVA_DOUBLE.test(trimmed)) return null;
  const number = Number(trimmed.replace(/[fFdD]$/, '').replace(/^\+/, ''));
  return Number.isNaN(number) && !trimmed.includes('NaN') ? null : number;
}

/** Java's equals() on JSON values, for distinct(): an Integer never equals a Double. */
export function javaEquals(a: unknown, b: unknown): boolean {
  const kind = javaKind(a);
  if (kind !== javaKind(b)) return false;
  if (kind === 'list') {
    const left = a as unknown[];
    const right = b as unknown[];
    return left.length === right.length && left.every((item, index) => javaEquals(item, right[index]));
  }
  if (kind === 'map') {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && javaEquals(left[key], right[key]));
  }
  return a === b || (kind === 'double' && Number.isNaN(a) && Number.isNaN(b));
}
