import { type JsonMap, isList, isMap, newMap, putKey } from './json.js';

/**
 * Sortr: every map's keys in order, keys starting with `~` first, then by UTF-16 code units (Java's
 * String.compareTo). JS objects list integer-like keys first whatever their insertion order, so
 * maps holding such keys cannot show Jolt's order (see docs/jolt.md).
 */
const byJsonKey = (a: string, b: string): number => {
  const aTilde = a.startsWith('~');
  const bTilde = b.startsWith('~');
  if (aTilde !== bTilde) return aTilde ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

export function sortJson(value: unknown): unknown {
  if (isList(value)) return value.map(sortJson);
  if (!isMap(value)) return value;
  const sorted: JsonMap = newMap();
  for (const key of Object.keys(value).sort(byJsonKey)) putKey(sorted, key, sortJson(value[key]));
  return sorted;
}

export const compileSort = (): ((input: unknown) => unknown) => sortJson;
