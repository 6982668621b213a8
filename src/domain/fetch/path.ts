/** Pure: the value at a dotted path (`data.items`, `meta.0.next`) in parsed JSON; '' is the value itself. */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let at = value;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
