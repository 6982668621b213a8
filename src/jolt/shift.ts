import { type JsonMap, getKey, isList, isMap, newMap, parseJavaInt, scalarString } from './json.js';
import {
  type PathElement, type Traversal, evaluateAll, isStar, literal, parseKey, traversalOf,
} from './path-elements.js';
import { specError } from './spec-error.js';
import { writePath } from './traversal.js';
import { Matched, type WalkedPath, lastStep } from './walked-path.js';

/**
 * Shiftr: copies data from the input tree to places in a new output tree. The spec is parsed once
 * into a tree of nodes; each node matches input keys (literals first, then wildcards in Jolt's
 * order) and leaves write the matched data to their output paths.
 */
const ROOT = 'root';

interface Node {
  readonly element: PathElement;
  apply(key: string, input: unknown, walked: WalkedPath, output: JsonMap): boolean;
}

/** Jolt's order for wildcard children: `&` first, then `*` patterns from the most to the least specific. */
const COMPUTED_ORDER: Partial<Record<PathElement['kind'], number>> = { amp: 1, starRegex: 2, starDouble: 3, starSingle: 4, starAll: 5 };

export function byComputedOrder(a: PathElement, b: PathElement): number {
  const rankA = COMPUTED_ORDER[a.kind] ?? 6;
  const rankB = COMPUTED_ORDER[b.kind] ?? 6;
  if (rankA !== rankB) return rankA - rankB;
  if (a.canonical.length !== b.canonical.length) return b.canonical.length - a.canonical.length;
  return a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0;
}

/** SpecBuilder: a key `a|b` is two children with the same right-hand side; duplicates are refused. */
export function childrenOf<T extends { element: PathElement }>(
  spec: JsonMap, where: readonly string[], build: (key: string, rhs: unknown, where: readonly string[]) => T,
): T[] {
  const children: T[] = [];
  const seen = new Set<string>();
  for (const rawKey of Object.keys(spec)) {
    for (const key of rawKey.split('|')) {
      const child = build(key, getKey(spec, rawKey), [...where, rawKey]);
      if (seen.has(child.element.canonical)) throw specError([...where, rawKey], `duplicate key '${child.element.canonical}'`);
      seen.add(child.element.canonical);
      children.push(child);
    }
  }
  return children;
}

function compileNode(key: string, rhs: unknown, where: readonly string[]): Node {
  return isMap(rhs) ? composite(parseKey(key, where), rhs, where) : leaf(parseKey(key, where), rhs, where);
}

function writerOf(rhs: unknown, where: readonly string[]): Traversal {
  if (typeof rhs !== 'string') throw specError(where, 'the right hand side should be a string or an array of strings');
  return traversalOf(rhs.trim() === '' ? ROOT : `${ROOT}.${rhs}`, where, rhs);
}

function write(writer: Traversal, data: unknown, output: JsonMap, walked: WalkedPath): void {
  const keys = evaluateAll(writer.evaluators, walked);
  if (keys) writePath(output, writer.kinds, keys, data, 'accumulate');
}

function leaf(element: PathElement, rhs: unknown, where: readonly string[]): Node {
  let writers: Traversal[];
  if (typeof rhs === 'string') writers = [writerOf(rhs, where)];
  else if (Array.isArray(rhs)) writers = rhs.map((path, index) => writerOf(path, [...where, String(index)]));
  else if (rhs === null) writers = [];
  else throw specError(where, 'the right hand side should be a map, a string or an array of strings');
  // What a match writes, decided once: the matched key ($, #), a lookup (@(...)), or the input.
  const match = element.match;
  const writesKey = element.kind === 'dollar' || element.kind === 'hash';
  const lookup = element.kind === 'transpose' ? element.read : null;
  const realChild = !writesKey && !lookup && element.kind !== 'at';
  return {
    element,
    apply(key, input, walked, output) {
      const thisLevel = match(key, walked);
      if (!thisLevel) return false;
      let data: unknown = input;
      if (writesKey) data = thisLevel.key;
      else if (lookup) {
        const found = lookup(walked);
        if (!found.present) return false;
        data = found.value;
      }
      walked.push({ tree: input, matched: thisLevel });
      for (const writer of writers) write(writer, data, output, walked);
      walked.pop();
      if (realChild) lastStep(walked).matched.hashCount++;
      return realChild;
    },
  };
}

type Strategy = 'availableLiterals' | 'computed' | 'conflict' | 'availableLiteralsWithComputed';

function composite(element: PathElement, spec: JsonMap, where: readonly string[]): Node {
  if (element.kind === 'at') throw specError(where, "an '@' key can not have children");
  if (element.kind === 'dollar') throw specError(where, "a '$' key can not have children");
  const children = childrenOf(spec, where, compileNode);
  if (children.length === 0) throw specError(where, 'an empty {} is not a valid right hand side');
  const special: Node[] = [];
  const literals = new Map<string, Node>();
  const computed: Node[] = [];
  for (const child of children) {
    const kind = child.element.kind;
    if (kind === 'literal') literals.set(child.element.rawKey, child);
    else if (kind === 'at' || kind === 'hash' || kind === 'dollar' || kind === 'transpose') special.push(child);
    else computed.push(child);
  }
  computed.sort((a, b) => byComputedOrder(a.element, b.element));
  const strategy = strategyOf(literals, computed);

  const applyComputed = (key: string, input: unknown, walked: WalkedPath, output: JsonMap) => {
    for (const child of computed) if (child.apply(key, input, walked, output)) break;
  };
  const applyOne = (key: string, input: unknown, walked: WalkedPath, output: JsonMap) => {
    if (strategy === 'computed') return applyComputed(key, input, walked, output);
    const literalChild = literals.get(key);
    if (literalChild) literalChild.apply(key, input, walked, output);
    else applyComputed(key, input, walked, output);
  };
  const literalKeys = [...literals.keys()];
  const literalNodes = [...literals.values()];
  const processLiterals = (input: unknown, walked: WalkedPath, output: JsonMap) => {
    if (isMap(input)) {
      for (let index = 0; index < literalKeys.length; index++) {
        const key = literalKeys[index] as string;
        if (Object.hasOwn(input, key)) (literalNodes[index] as Node).apply(key, input[key], walked, output);
      }
    } else if (isList(input)) {
      for (let index = 0; index < literalKeys.length; index++) {
        const key = literalKeys[index] as string;
        const at = parseJavaInt(key) ?? Number.MAX_SAFE_INTEGER;
        if (at >= 0 && at < input.length) (literalNodes[index] as Node).apply(key, input[at], walked, output);
      }
    } else {
      const text = scalarString(input);
      if (text !== null) literals.get(text)?.apply(text, null, walked, output);
    }
  };
  const processEach = (input: unknown, walked: WalkedPath, output: JsonMap) => {
    if (isMap(input)) for (const key of Object.keys(input)) applyOne(key, input[key], walked, output);
    else if (isList(input)) for (let index = 0; index < input.length; index++) applyOne(String(index), input[index], walked, output);
    else {
      const text = scalarString(input);
      if (text !== null) applyOne(text, null, walked, output);
    }
  };
  const process = (input: unknown, walked: WalkedPath, output: JsonMap) => {
    if (strategy === 'availableLiterals' || strategy === 'availableLiteralsWithComputed') processLiterals(input, walked, output);
    if (strategy !== 'availableLiterals') {
      if (strategy === 'availableLiteralsWithComputed') processComputed(input, walked, output);
      else processEach(input, walked, output);
    }
  };
  const processComputed = (input: unknown, walked: WalkedPath, output: JsonMap) => {
    if (isMap(input)) for (const key of Object.keys(input)) applyComputed(key, input[key], walked, output);
    else if (isList(input)) for (let index = 0; index < input.length; index++) applyComputed(String(index), input[index], walked, output);
    else {
      const text = scalarString(input);
      if (text !== null) applyComputed(text, null, walked, output);
    }
  };

  const match = element.match;
  const lookup = element.kind === 'transpose' ? element.read : null;
  return {
    element,
    apply(key, input, walked, output) {
      const thisLevel = match(key, walked);
      if (!thisLevel) return false;
      let data = input;
      if (lookup) {
        const found = lookup(walked);
        if (!found.present) return false;
        data = found.value;
      }
      walked.push({ tree: data, matched: thisLevel });
      for (const child of special) child.apply(key, data, walked, output);
      process(data, walked, output);
      walked.pop();
      lastStep(walked).matched.hashCount++;
      return true;
    },
  };
}

/** ExecutionStrategy: literal children need no search unless a wildcard sibling could match them too. */
function strategyOf(literals: Map<string, Node>, computed: readonly Node[]): Strategy {
  if (computed.length === 0) return 'availableLiterals';
  if (literals.size === 0) return 'computed';
  for (const child of computed) {
    const element = child.element;
    if (!isStar(element)) return 'conflict';
    for (const key of literals.keys()) if (element.stringMatch(key)) return 'conflict';
  }
  return 'availableLiteralsWithComputed';
}

/** Compiles a shift spec; the transform returns the output tree, or null when nothing matched. */
export function compileShift(spec: unknown): (input: unknown) => unknown {
  if (!isMap(spec)) throw specError([], `shift expects a spec that is a map, got ${spec === null ? 'null' : Array.isArray(spec) ? 'an array' : typeof spec}`);
  const root = composite(literal(ROOT), spec, []);
  return (input) => {
    const output = newMap();
    const walked: WalkedPath = [{ tree: input, matched: new Matched(ROOT) }];
    root.apply(ROOT, input, walked, output);
    return getKey(output, ROOT) ?? null;
  };
}
