/**
 * The JSON values Jolt works on, as Java Jolt sees them after Jackson: maps (plain objects), lists
 * (arrays) and scalars. Helpers here keep `__proto__` an ordinary key and turn scalars into the
 * strings Java's `toString()` gives, since Jolt matches scalar values and list indexes as strings.
 */
export type JsonMap = Record<string, unknown>;

export const isMap = (value: unknown): value is JsonMap => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

export const isList = (value: unknown): value is unknown[] => Array.isArray(value);

export const hasKey = (map: JsonMap, key: string): boolean => Object.hasOwn(map, key);

/** map.get(key) that never reads the prototype chain. */
export const getKey = (map: JsonMap, key: string): unknown => (Object.hasOwn(map, key) ? map[key] : undefined);

/** map.put(key, value): a key named `__proto__` stays data, as in a Java map. */
export function putKey(map: JsonMap, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

export const newMap = (): JsonMap => ({});

/** Java's Long range: a JS number that is integral and within it is what Jackson reads as an integer. */
export const isIntegral = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER * 1024;

/** Java's Double.toString: at least one fraction digit, E notation outside [1e-3, 1e7). */
export function javaDoubleString(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa = '', exponent = '0'] = value.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${digits}E${Number(exponent)}`;
}

/** Object.toString() of a scalar as Java Jolt sees it, or null for what has no key form. */
export function scalarString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return isIntegral(value) ? String(value) : javaDoubleString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  return null;
}

/**
 * A deep copy of JSON data: Jolt's operations (but shift) change their input in place, so each
 * compiled chain works on its own copy and the caller's value is never touched. Anything that is
 * not JSON (a cycle, a class instance) is copied as far as it is JSON and otherwise kept by reference.
 */
export function deepCopy(value: unknown, seen: Set<object> = new Set()): unknown {
  if (Array.isArray(value)) {
    if (seen.has(value)) return null;
    seen.add(value);
    const copy = value.map((item) => (item === undefined ? null : deepCopy(item, seen)));
    seen.delete(value);
    return copy;
  }
  if (isMap(value)) {
    if (seen.has(value)) return null;
    seen.add(value);
    const copy = newMap();
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== undefined) putKey(copy, key, deepCopy(item, seen));
    }
    seen.delete(value);
    return copy;
  }
  return value === undefined ? null : value;
}

/** Java's Integer.parseInt: an optional sign and decimal digits within the int range, else null. */
export function parseJavaInt(text: string): number | null {
  // A loop, not a regex: list indexes are parsed on every array step of every write.
  const length = text.length;
  let index = 0;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) index = 1; // '+' or '-'
  if (index >= length || length - index > 10) return null;
  let number = 0;
  for (; index < length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return null;
    number = number * 10 + digit;
  }
  if (first === 45) number = -number;
  return number >= -2147483648 && number <= 2147483647 ? number : null;
}
