import { type JsonMap, deepCopy, getKey, isList, isMap, newMap, putKey } from './json.js';
import { specError } from './spec-error.js';

/**
 * Defaultr: fills in values missing (absent or null) from the input, never overwriting one. Keys
 * are literals, `a|b` alternatives or `*`; a key ending in `[]` says its children are list indexes.
 * Literal keys apply first, then alternatives (fewer first), then `*`.
 */
type Op = 'literal' | 'or' | 'star';
interface Key {
  readonly op: Op;
  readonly rawKey: string;
  readonly keys: readonly string[];
  readonly isArrayOutput: boolean;
  /** The largest literal index among the children of an array key, -1 if none. */
  readonly outputArraySize: number;
  readonly children: readonly Key[] | null;
  readonly value: unknown;
}

const OP_RANK: Record<Op, number> = { literal: 0, or: 1, star: 2 };
const byPrecedence = (a: Key, b: Key) => {
  if (a.op !== b.op) return OP_RANK[a.op] - OP_RANK[b.op];
  if (a.op !== 'or') return 0;
  if (a.keys.length !== b.keys.length) return a.keys.length - b.keys.length;
  return a.rawKey < b.rawKey ? -1 : a.rawKey > b.rawKey ? 1 : 0;
};

function parseKey(rawJsonKey: string, spec: unknown, parentIsArray: boolean, where: readonly string[]): Key {
  const isArrayOutput = rawJsonKey.endsWith('[]');
  const rawKey = isArrayOutput ? rawJsonKey.replaceAll('[]', '') : rawJsonKey;
  let op: Op = 'literal';
  if (rawKey.includes('*')) {
    if (rawKey !== '*') throw specError(where, `key '${rawKey}' is invalid: '*' keys can only contain '*'`);
    op = 'star';
  } else if (rawKey.includes('|')) op = 'or';
  const keys = op === 'or' ? rawKey.split('|') : op === 'literal' ? [rawKey] : [];
  if (parentIsArray) {
    for (const key of keys) if (!/^[+-]?\d+$/.test(key)) throw specError(where, `'${key}' is not a list index (its parent ends in '[]')`);
  }
  let children: Key[] | null = null;
  let outputArraySize = -1;
  if (isMap(spec)) {
    children = Object.keys(spec).map((key) => parseKey(key, getKey(spec, key), isArrayOutput, [...where, key]));
    children.sort(byPrecedence);
    if (isArrayOutput) for (const child of children) if (child.op === 'literal') outputArraySize = Math.max(outputArraySize, Number(child.rawKey));
  }
  return { op, rawKey, keys, isArrayOutput, outputArraySize, children, value: isMap(spec) ? null : spec };
}

function applyChildren(key: Key, defaultee: unknown): void {
  if (key.isArrayOutput && isList(defaultee)) {
    for (let index = defaultee.length - 1; index < key.outputArraySize; index++) defaultee.push(null);
  }
  // Children of an array key default list indexes (Jolt's ArrayKey), the others map keys (MapKey).
  for (const child of key.children ?? []) {
    if (key.isArrayOutput) {
      if (isList(defaultee)) applyToList(child, defaultee);
    } else if (isMap(defaultee)) applyToMap(child, defaultee);
  }
}

function applyToMap(key: Key, map: JsonMap): void {
  const keys = key.op === 'literal' ? key.keys : key.op === 'star' ? Object.keys(map) : key.keys.filter((k) => Object.hasOwn(map, k));
  for (const literalKey of keys) {
    const current = getKey(map, literalKey);
    if (key.children === null) {
      if (current === null || current === undefined) putKey(map, literalKey, deepCopy(key.value));
      continue;
    }
    let container = current;
    if (container === null || container === undefined) {
      container = key.isArrayOutput ? [] : newMap();
      putKey(map, literalKey, container);
    }
    applyChildren(key, container);
  }
}

function applyToList(key: Key, list: unknown[]): void {
  const indexes =
    key.op === 'star' ? list.map((_item, index) => index) : key.keys.map(Number).filter((index) => key.op === 'literal' || index < list.length);
  for (const index of indexes) {
    if (index < 0 || index >= list.length) continue;
    const current = list[index];
    if (key.children === null) {
      if (current === null || current === undefined) list[index] = deepCopy(key.value);
      continue;
    }
    let container = current;
    if (container === null || container === undefined) {
      container = key.isArrayOutput ? [] : newMap();
      list[index] = container;
    }
    applyChildren(key, container);
  }
}

export function compileDefault(spec: unknown): (input: unknown) => unknown {
  const mapRoot = parseKey('root', spec, false, []);
  let arrayRoot: Key | null = null;
  try {
    arrayRoot = parseKey('root[]', spec, false, []);
  } catch {
    // A spec whose keys are not indexes cannot default a top-level list (Jolt: NumberFormatException).
  }
  return (input) => {
    const defaultee = input === null || input === undefined ? newMap() : input;
    if (isList(defaultee)) {
      if (arrayRoot) applyChildren(arrayRoot, defaultee);
    } else applyChildren(mapRoot, defaultee);
    return defaultee;
  };
}
