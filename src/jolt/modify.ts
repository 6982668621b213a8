import { type JsonMap, getKey, hasKey, isList, isMap, newMap, parseJavaInt, putKey, scalarString } from './json.js';
import { type Evaluator, evaluatorsOf } from './modify-args.js';
import { type PathElement, parseKey } from './path-elements.js';
import { byComputedOrder, childrenOf } from './shift.js';
import { specError } from './spec-error.js';
import type { Read } from './traversal.js';
import { Matched, type Step, type WalkedPath, lastStep } from './walked-path.js';

/**
 * Jolt's Modifier: writes computed values into the input in place. `overwrite` always writes,
 * `default` only where the value is absent or null, `define` only where the key is absent; a key
 * may force its own mode with a `+`, `~` or `_` prefix, and a `?` suffix applies it only where the
 * input has the key. Lists named by `[n]` keys are padded to the largest index.
 */
export type ModifyMode = 'overwrite' | 'default' | 'define';
const PREFIXES: Record<string, ModifyMode> = { '+': 'overwrite', '~': 'default', _: 'define' };

const none: Read = { present: false };
const some = (value: unknown): Read => ({ present: true, value });

interface Node {
  readonly element: PathElement;
  readonly checkValue: boolean;
  apply(key: string, input: Read, walked: WalkedPath, contextRoot: unknown): boolean;
}

/** Where a container's key or index may be written in this mode (OpMode.isApplicable). */
function mapApplicable(mode: ModifyMode, map: JsonMap, key: string): boolean {
  if (mode === 'default') return getKey(map, key) === null || getKey(map, key) === undefined;
  if (mode === 'define') return !hasKey(map, key);
  return true;
}

function listApplicable(mode: ModifyMode, list: unknown[], index: number, origSize: number | undefined): boolean {
  if (origSize === undefined || index < 0 || origSize < 0 || index >= list.length) return false;
  const empty = list[index] === null || list[index] === undefined;
  if (mode === 'default') return empty;
  if (mode === 'define') return index >= origSize && empty;
  return true;
}

function setData(parent: unknown, matched: Matched, value: unknown, mode: ModifyMode): void {
  if (isMap(parent)) {
    if (mapApplicable(mode, parent, matched.key)) putKey(parent, matched.key, value);
  } else if (isList(parent) && matched.origSize !== undefined) {
    const index = parseJavaInt(matched.key) ?? -1;
    if (listApplicable(mode, parent, index, matched.origSize)) parent[index] = value;
  }
}

/** ModifierSpec: the mode prefix and `?` suffix come off the key before it is parsed. */
function keyOf(rawKey: string, mode: ModifyMode, where: readonly string[]) {
  if (rawKey.length === 0) throw specError(where, 'an empty key is not valid');
  const suffix = rawKey.length > 1 ? rawKey.slice(-1) : null;
  const prefixed = PREFIXES[rawKey.charAt(0)];
  let key = prefixed ? rawKey.slice(1) : rawKey;
  const checkValue = suffix === '?' && !key.endsWith('\\?');
  if (checkValue) key = key.slice(0, -1);
  const element = parseKey(key, where);
  const kind = element.kind;
  if (kind !== 'literal' && kind !== 'array' && kind !== 'starAll' && kind !== 'starSingle' && kind !== 'starDouble' && kind !== 'starRegex') {
    throw specError(where, `modify keys are literals, '*' patterns or '[n]' indexes; '${rawKey}' is not`);
  }
  return { element, checkValue, mode: prefixed ?? mode };
}

function node(key: ReturnType<typeof keyOf>, applyElement: (key: string, input: Read, thisLevel: Matched, walked: WalkedPath, contextRoot: unknown) => void): Node {
  const match = key.element.match;
  const checkValue = key.checkValue;
  return {
    element: key.element,
    checkValue,
    apply(inputKey, input, walked, contextRoot) {
      const thisLevel = match(inputKey, walked);
      if (!thisLevel) return false;
      if (!checkValue || input.present) applyElement(inputKey, input, thisLevel, walked, contextRoot);
      return true;
    },
  };
}

function leaf(rawKey: string, rhs: unknown, mode: ModifyMode, where: readonly string[]): Node {
  const key = keyOf(rawKey, mode, where);
  const evaluators: Evaluator[] = evaluatorsOf(rhs, where);
  return node(key, (_inputKey, input, thisLevel, walked, contextRoot) => {
    const parent = lastStep(walked).tree;
    walked.push({ tree: input.present ? input.value : null, matched: thisLevel });
    let value: Read = none;
    for (const evaluator of evaluators) {
      value = evaluator(input, walked, contextRoot);
      if (value.present) break;
    }
    if (value.present) setData(parent, thisLevel, value.value, key.mode);
    walked.pop();
  });
}

/** DataType: what a composite's children say its input must be (a list for `[n]` keys, a map for names). */
type DataType = { kind: 'list'; maxIndex: number } | { kind: 'map' } | { kind: 'runtime' };

const compatible = (type: DataType, input: unknown) =>
  type.kind === 'list' ? input === null || isList(input) : type.kind === 'map' ? input === null || isMap(input) : input !== null;

/** DataType.create: a missing container is made, where the mode allows writing it. */
function createContainer(type: DataType, key: string, step: Step, mode: ModifyMode): unknown {
  if (type.kind === 'runtime') return null;
  const parent = step.tree;
  const value = type.kind === 'list' ? [] : newMap();
  if (isMap(parent) && mapApplicable(mode, parent, key)) {
    putKey(parent, key, value);
    return value;
  }
  const index = parseJavaInt(key) ?? -1;
  if (isList(parent) && listApplicable(mode, parent, index, step.matched.origSize)) {
    parent[index] = value;
    return value;
  }
  return null;
}

function composite(rawKey: string, spec: JsonMap, mode: ModifyMode, where: readonly string[]): Node {
  const key = keyOf(rawKey, mode, where);
  const children = childrenOf(spec, where, (childKey, rhs, at) =>
    // Children take the operation's mode, not this key's prefix (TemplatrSpecBuilder holds the one mode).
    isMap(rhs) && Object.keys(rhs).length > 0 ? composite(childKey, rhs, mode, at) : leaf(childKey, rhs, mode, at));
  const literals = new Map<string, Node>();
  const computed: Node[] = [];
  let maxIndex = -1;
  let mapAt: string | null = null;
  let arrayAt: string | null = null;
  for (const child of children) {
    const element = child.element;
    if (element.kind === 'literal') {
      mapAt = element.canonical;
      literals.set(element.rawKey, child);
    } else if (element.kind === 'array') {
      arrayAt = element.canonical;
      if (element.explicitIndex === null) throw specError(where, `only explicit list indexes such as [1] are supported, not '${element.rawKey}'`);
      if (!child.checkValue) maxIndex = Math.max(maxIndex, element.explicitIndex);
      literals.set(String(element.explicitIndex), child);
    } else {
      if (element.kind !== 'starAll') mapAt = element.canonical;
      computed.push(child);
    }
    if (mapAt !== null && arrayAt !== null) throw specError(where, `can not mix list indexes and map keys: '${mapAt}' and '${arrayAt}'`);
  }
  const type: DataType = arrayAt !== null ? { kind: 'list', maxIndex } : mapAt !== null ? { kind: 'map' } : { kind: 'runtime' };
  computed.sort((a, b) => byComputedOrder(a.element, b.element));
  const strategy = computed.length === 0 ? 'literals' : literals.size === 0 ? 'computed' : key.mode === 'define' && type.kind === 'list' ? 'conflict' : 'both';

  const applyComputed = (childKey: string, input: Read, walked: WalkedPath, contextRoot: unknown) => {
    for (const child of computed) if (child.apply(childKey, input, walked, contextRoot)) break;
  };
  /** A padded slot of a list (past its original size, still null) reads as absent. */
  const listItem = (list: unknown[], index: number, origSize: number | undefined): Read => {
    const item = list[index];
    return item === null && origSize !== undefined && index >= origSize ? none : some(item);
  };
  const processLiterals = (input: unknown, walked: WalkedPath, contextRoot: unknown) => {
    if (isMap(input)) {
      for (const [childKey, child] of literals) child.apply(childKey, hasKey(input, childKey) ? some(input[childKey]) : none, walked, contextRoot);
    } else if (isList(input)) {
      const origSize = lastStep(walked).matched.origSize;
      for (const [childKey, child] of literals) {
        const index = parseJavaInt(childKey) ?? Number.MAX_SAFE_INTEGER;
        child.apply(childKey, index >= 0 && index < input.length ? listItem(input, index, origSize) : none, walked, contextRoot);
      }
    } else {
      const text = scalarString(input);
      if (text !== null) literals.get(text)?.apply(text, none, walked, contextRoot);
    }
  };
  const applyOne = (childKey: string, value: Read, walked: WalkedPath, contextRoot: unknown, literalFirst: boolean) => {
    const literalChild = literalFirst ? literals.get(childKey) : undefined;
    if (literalChild) literalChild.apply(childKey, value, walked, contextRoot);
    else applyComputed(childKey, value, walked, contextRoot);
  };
  const processEach = (input: unknown, walked: WalkedPath, contextRoot: unknown, literalFirst: boolean) => {
    if (isMap(input)) for (const childKey of Object.keys(input)) applyOne(childKey, some(input[childKey]), walked, contextRoot, literalFirst);
    else if (isList(input)) {
      const origSize = lastStep(walked).matched.origSize;
      for (let index = 0; index < input.length; index++) applyOne(String(index), listItem(input, index, origSize), walked, contextRoot, literalFirst);
    } else {
      const text = scalarString(input);
      if (text !== null) applyOne(text, none, walked, contextRoot, literalFirst);
    }
  };

  return node(key, (inputKey, inputRead, matched, walked, contextRoot) => {
    let input: unknown = inputRead.present ? inputRead.value : null;
    if (input === undefined) input = null;
    if (!compatible(type, input)) return;
    if (input === null) input = createContainer(type, inputKey, lastStep(walked), key.mode);
    let thisLevel = matched;
    if (isList(input)) {
      const origSize = input.length;
      if (type.kind === 'list') while (input.length <= type.maxIndex) input.push(null);
      thisLevel = new Matched(matched.key, [], origSize);
    }
    walked.push({ tree: input, matched: thisLevel });
    if (strategy === 'literals' || strategy === 'both') processLiterals(input, walked, contextRoot);
    if (strategy === 'computed' || strategy === 'both') processEach(input, walked, contextRoot, false);
    if (strategy === 'conflict') processEach(input, walked, contextRoot, true);
    walked.pop();
  });
}

/** Compiles a modify spec in a mode; the transform changes its input in place and returns it. */
export function compileModify(mode: ModifyMode, spec: unknown): (input: unknown, context?: Record<string, unknown>) => unknown {
  if (!isMap(spec)) throw specError([], `modify expects a spec that is a map, got ${spec === null ? 'null' : Array.isArray(spec) ? 'an array' : typeof spec}`);
  const root = composite('root', spec, mode, []);
  return (input, context) => {
    const contextRoot = { root: context ?? null };
    const walked: WalkedPath = [{ tree: input, matched: new Matched('root') }];
    root.apply('root', some(input), walked, contextRoot);
    return input;
  };
}
