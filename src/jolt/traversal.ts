import { type JsonMap, isList, isMap, newMap, parseJavaInt, putKey } from './json.js';

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
  if (kind === 'map') return Object.hasOwn(tree, key) ? { present: true, value: (tree as JsonMap)[key] } : ABSENT;
  if (kind === 'append') return ABSENT;
  const index = parseJavaInt(key);
  const list = tree as unknown[];
  return index !== null && index >= 0 && index < list.length ? { present: true, value: list[index] } : ABSENT;
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

/** Writes `data` at the keys, creating missing (or null) containers on the way. */
export function writePath(tree: unknown, kinds: readonly StepKind[], keys: readonly string[], data: unknown, finalSet: FinalSet): void {
  let node = tree;
  const last = kinds.length - 1;
  for (let step = 0; step <= last; step++) {
    const kind = kinds[step] as StepKind;
    const key = keys[step] as string;
    let existing: unknown = null;
    let index = -1;
    if (kind === 'map') {
      if (!isMap(node)) return;
      if (Object.hasOwn(node, key)) existing = node[key];
    } else {
      if (!isList(node)) return;
      if (kind === 'array') {
        index = parseJavaInt(key) ?? -1;
        if (index < 0) return;
        if (index < node.length) existing = node[index];
      }
    }
    let value = data;
    if (step === last) {
      if (finalSet === 'accumulate' && existing !== null && existing !== undefined) {
        if (isList(existing)) {
          existing.push(data);
          return;
        }
        value = [existing, data];
      }
    } else if (existing === null || existing === undefined) {
      value = kinds[step + 1] === 'map' ? newMap() : [];
    } else {
      node = existing;
      continue;
    }
    if (kind === 'map') putKey(node as JsonMap, key, value);
    else if (kind === 'append') (node as unknown[]).push(value);
    else {
      const list = node as unknown[];
      while (list.length <= index) list.push(null);
      list[index] = value;
    }
    node = value;
  }
}
