import { countOf } from './dot-notation.js';
import { type JsonMap, getKey, isList, isMap, putKey, scalarString } from './json.js';
import { type PathElement, at, literal, starAll, starRegex, starSingle } from './path-elements.js';
import { byComputedOrder } from './shift.js';
import { specError } from './spec-error.js';
import { type WalkedPath } from './walked-path.js';

/**
 * CardinalityTransform: makes the values its spec names a list ("MANY": a value becomes [value],
 * null becomes []) or a single value ("ONE": a list becomes its first element). `@` applies the
 * rule to the level itself before going down.
 */
type Parent = JsonMap | unknown[] | null;

interface Node {
  readonly element: PathElement;
  apply(key: string, input: unknown, walked: WalkedPath, parent: Parent): boolean;
}

function parseElement(key: string, where: readonly string[]): PathElement {
  if (key.includes('@')) return at(key, where);
  if (key === '*') return starAll();
  if (key.includes('*')) return countOf(key, '*') === 1 ? starSingle(key) : starRegex(key);
  return literal(key);
}

function replaceIn(parent: Parent, key: string, value: unknown): void {
  if (isMap(parent)) {
    // Jolt removes then puts the key back, so a changed key moves to the end of its map.
    delete parent[key];
    putKey(parent, key, value);
  } else if (isList(parent)) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && index < parent.length) parent[index] = value;
  }
}

/** Returns the value now in place of `input`. */
function adjust(relationship: 'ONE' | 'MANY', key: string, input: unknown, parent: Parent): unknown {
  if (parent === null) return input;
  if (relationship === 'MANY') {
    const many = isList(input) ? input : input === null || input === undefined ? [] : isMap(input) || scalarString(input) !== null ? [input] : null;
    replaceIn(parent, key, many);
    return many;
  }
  if (!isList(input)) return null;
  const one = input.length > 0 ? input[0] : null;
  replaceIn(parent, key, one);
  return one;
}

function leaf(element: PathElement, rhs: unknown, where: readonly string[]) {
  if (rhs !== 'ONE' && rhs !== 'MANY') throw specError(where, `invalid cardinality type '${String(rhs)}' (ONE or MANY)`);
  return {
    element,
    apply(key: string, input: unknown, walked: WalkedPath, parent: Parent): boolean {
      if (!element.match(key, walked)) return false;
      adjust(rhs, key, input, parent);
      return true;
    },
    applyToParent(key: string, input: unknown, walked: WalkedPath, parent: Parent): unknown {
      return element.match(key, walked) ? adjust(rhs, key, input, parent) : null;
    },
  };
}

function composite(element: PathElement, spec: JsonMap, where: readonly string[]): Node {
  if (element.kind === 'at') throw specError(where, "an '@' key can not have children");
  const children: Node[] = [];
  const seen = new Set<string>();
  for (const key of Object.keys(spec)) {
    const child = compileNode(key, getKey(spec, key), [...where, key]);
    if (seen.has(child.element.canonical)) throw specError([...where, key], `duplicate key '${child.element.canonical}'`);
    seen.add(child.element.canonical);
    children.push(child);
  }
  if (children.length === 0) throw specError(where, 'an empty {} is not a valid right hand side');
  // Jolt files every child under its raw key (its own quirk: `*` too), and searches the stars after.
  const literals = new Map(children.map((child) => [child.element.rawKey, child]));
  const special = children.find((child) => child.element.kind === 'at') as ReturnType<typeof leaf> | undefined;
  const computed = children.filter((child) => child.element.kind !== 'at' && child.element.kind !== 'literal').sort((a, b) => byComputedOrder(a.element, b.element));

  const applyOne = (key: string, input: unknown, walked: WalkedPath, parent: Parent) => {
    const literalChild = literals.get(key);
    if (literalChild) literalChild.apply(key, input, walked, parent);
    else for (const child of computed) if (child.apply(key, input, walked, parent)) break;
  };
  return {
    element,
    apply(key, input, walked, parent) {
      const thisLevel = element.match(key, walked);
      if (!thisLevel) return false;
      walked.push({ tree: input, matched: thisLevel });
      let data = input;
      if (special) data = special.applyToParent(key, data, walked, parent);
      if (isMap(data)) for (const [childKey, value] of Object.entries(data)) applyOne(childKey, value, walked, data);
      else if (isList(data)) for (let index = 0; index < data.length; index++) applyOne(String(index), data[index], walked, data);
      else {
        const text = scalarString(data);
        if (text !== null) applyOne(text, null, walked, null);
      }
      walked.pop();
      return true;
    },
  };
}

function compileNode(key: string, rhs: unknown, where: readonly string[]): Node {
  const element = parseElement(key, where);
  return isMap(rhs) ? composite(element, rhs, where) : leaf(element, rhs, where);
}

export function compileCardinality(spec: unknown): (input: unknown) => unknown {
  if (!isMap(spec)) throw specError([], 'cardinality expects a spec that is a map');
  const root = composite(literal('root'), spec, []);
  return (input) => {
    root.apply('root', input, [], null);
    return input;
  };
}
