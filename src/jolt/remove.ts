import { type JsonMap, getKey, isList, isMap } from './json.js';
import { countOf } from './dot-notation.js';
import { type PathElement, isStar, literal, starAll, starDouble, starRegex, starSingle } from './path-elements.js';
import { specError } from './spec-error.js';

/**
 * Removr: removes the keys (and list indexes) its spec names. Keys are literals or `*` patterns;
 * `a|b` is two keys; a leaf's value is "" (an empty string).
 */
interface Node {
  readonly element: PathElement;
  /** Leaves say what to remove from this container; composites walk into their match. */
  readonly children: readonly Node[] | null;
}

/** RemovrSpec.parse: no escapes, no references; only literals and `*` patterns. */
function parseElement(key: string, where: readonly string[]): PathElement {
  if (key === '*') return starAll();
  const stars = countOf(key, '*');
  return stars === 0 ? literal(key) : stars === 1 ? starSingle(key) : stars === 2 ? starDouble(key, where) : starRegex(key);
}

function compileNode(key: string, rhs: unknown, where: readonly string[]): Node {
  if (isMap(rhs)) return { element: parseElement(key, where), children: childrenOf(rhs, where) };
  if (typeof rhs === 'string' && rhs.trim() === '') return { element: parseElement(key, where), children: null };
  throw specError(where, 'the right hand side should be an empty string or a map');
}

function childrenOf(spec: JsonMap, where: readonly string[]): Node[] {
  return Object.keys(spec).flatMap((rawKey) => rawKey.split('|').map((key) => compileNode(key, getKey(spec, rawKey), [...where, rawKey])));
}

const listIndex = (element: PathElement): number | null => (/^[+-]?\d+$/.test(element.rawKey) && Number(element.rawKey) >= 0 ? Number(element.rawKey) : null);

function matchesKey(element: PathElement, key: string): boolean {
  return element.kind === 'literal' ? element.rawKey === key : isStar(element) && element.stringMatch(key);
}

/** Leaf: the keys of the map it removes. Composite: walks into its matches, removes nothing here. */
function keysToRemove(node: Node, map: JsonMap): string[] {
  const matches = Object.keys(map).filter((key) => matchesKey(node.element, key));
  if (node.children === null) return matches;
  for (const key of matches) processChildren(node.children, map[key]);
  return [];
}

function indexesToRemove(node: Node, list: unknown[]): number[] {
  const { element } = node;
  let indexes: number[] = [];
  if (element.kind === 'literal') {
    const index = listIndex(element);
    if (index !== null && index < list.length) indexes = [index];
  } else if (element.kind === 'starAll') indexes = list.map((_item, index) => index);
  if (node.children === null) return indexes;
  for (const index of indexes) processChildren(node.children, list[index]);
  return [];
}

function processChildren(children: readonly Node[], input: unknown): void {
  if (isList(input)) {
    const indexes = new Set(children.flatMap((child) => indexesToRemove(child, input)));
    for (const index of [...indexes].sort((a, b) => b - a)) input.splice(index, 1);
  } else if (isMap(input)) {
    const keys = children.flatMap((child) => keysToRemove(child, input));
    for (const key of keys) delete input[key];
  }
}

export function compileRemove(spec: unknown): (input: unknown) => unknown {
  if (!isMap(spec)) throw specError([], 'remove expects a spec that is a map');
  const children = childrenOf(spec, []);
  return (input) => {
    processChildren(children, input);
    return input;
  };
}
