import { type JsonMap, getKey, hasKey, isList, isMap, newMap, parseJavaInt, putKey } from './json.js';

/**
 * Jolt's Traversr: walks (reads, or writes creating containers) a list of keys into a tree, one
 * step per key, each a map step, an array step (`[n]`) or an auto-expanding array step (`[]`),
 * decided by the key's canonical form. A step meeting the wrong kind of container stops, silently.
 */
export type StepKind = 'map' | 'array' | 'append';

export const stepKindOf = (canonical: string): StepKind =>
  canonical === '[]' ? 'append' : canonical.startsWith('[') && canonical.endsWith(']') ? 'array' : 'map';

export type Read = { present: true; value: unknown } | { present: false };
const ABSENT: Read = { present: false };

function getAt(kind: StepKind, tree: JsonMap | unknown[], key: string): Read {
  if (kind === 'map') return hasKey(tree as JsonMap, key) ? { present: true, value: getKey(tree as JsonMap, key) } : ABSENT;
  if (kind === 'append') return ABSENT;
  const index = parseJavaInt(key);
  const list = tree as unknown[];
  return index !== null && index >= 0 && index < list.length ? { present: true, value: list[index] } : ABSENT;
}

function setAt(kind: StepKind, tree: JsonMap | unknown[], key: string, data: unknown): void {
  if (kind === 'map') return putKey(tree as JsonMap, key, data);
  const list = tree as unknown[];
  if (kind === 'append') {
    list.push(data);
    return;
  }
  const index = parseJavaInt(key);
  if (index === null || index < 0) return;
  while (list.length <= index) list.push(null);
  list[index] = data;
}

const fits = (kind: StepKind, tree: unknown): tree is JsonMap | unknown[] => (kind === 'map' ? isMap(tree) : isList(tree));

export function readPath(tree: unknown, kinds: readonly StepKind[], keys: readonly string[]): Read {
  let node = tree;
  for (let index = 0; index < kinds.length; index++) {
    const kind = kinds[index] as StepKind;
    if (!fits(kind, node)) return ABSENT;
    const got = getAt(kind, node, keys[index] as string);
    if (index === kinds.length - 1) return got;
    node = got.present ? got.value : null;
  }
  return ABSENT;
}

/** How the last key is set: shift gathers repeated writes into a list, the others overwrite. */
export type FinalSet = 'accumulate' | 'overwrite';

export function writePath(tree: unknown, kinds: readonly StepKind[], keys: readonly string[], data: unknown, finalSet: FinalSet): void {
  let node = tree;
  for (let index = 0; index < kinds.length; index++) {
    const kind = kinds[index] as StepKind;
    if (!fits(kind, node)) return;
    const key = keys[index] as string;
    if (kind === 'array' && (parseJavaInt(key) ?? -1) < 0) return;
    const got = getAt(kind, node, key);
    if (index === kinds.length - 1) {
      const existing = got.present ? got.value : null;
      if (finalSet === 'overwrite' || existing === null || existing === undefined) setAt(kind, node, key, data);
      else if (isList(existing)) existing.push(data);
      else setAt(kind, node, key, [existing, data]);
      return;
    }
    let sub = got.present ? got.value : null;
    if (sub === null || sub === undefined) {
      sub = kinds[index + 1] === 'map' ? newMap() : [];
      setAt(kind, node, key, sub);
    }
    node = sub;
  }
}
