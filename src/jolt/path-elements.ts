import { countOf, fixLeadingBracketSugar, parseDotNotation, removeEscapeChars, removeEscapedValues } from './dot-notation.js';
import { isIntegral, parseJavaInt } from './json.js';
import { type Reference, parseGroupReference, parseHashReference } from './references.js';
import { specError } from './spec-error.js';
import { type Read, type StepKind, readPath, stepKindOf } from './traversal.js';
import { Matched, type WalkedPath, fromEnd, lastStep } from './walked-path.js';

/**
 * Jolt's path elements: one key of a spec, parsed once (PathElementBuilder). On the left it
 * `match`es an input key against what was walked; on the right it `evaluate`s to an output key.
 */
interface Base {
  readonly rawKey: string;
  readonly canonical: string;
  match(dataKey: string, walked: WalkedPath): Matched | null;
}
interface Evaluatable {
  evaluate(walked: WalkedPath): string | null;
}
export interface Literal extends Base, Evaluatable { readonly kind: 'literal' }
export interface At extends Base { readonly kind: 'at' }
export interface Hash extends Base { readonly kind: 'hash'; readonly value: string }
export interface Dollar extends Base, Evaluatable { readonly kind: 'dollar' }
export interface Amp extends Base, Evaluatable { readonly kind: 'amp' }
export interface Star extends Base {
  readonly kind: 'starAll' | 'starSingle' | 'starDouble' | 'starRegex';
  stringMatch(literal: string): boolean;
}
export interface ArrayElement extends Base, Evaluatable {
  readonly kind: 'array';
  /** Set for `[2]`: the index it names. */
  readonly explicitIndex: number | null;
}
export interface Transpose extends Base, Evaluatable {
  readonly kind: 'transpose';
  read(walked: WalkedPath): Read;
}
export type PathElement = Literal | At | Hash | Dollar | Amp | Star | ArrayElement | Transpose;
export type EvaluatableElement = Literal | Dollar | Amp | ArrayElement | Transpose;

export const isStar = (element: PathElement): element is Star =>
  element.kind === 'starAll' || element.kind === 'starSingle' || element.kind === 'starDouble' || element.kind === 'starRegex';

const subKeyOf = (walked: WalkedPath, ref: Reference): string | null => fromEnd(walked, ref.pathIndex)?.matched.subKey(ref.keyGroup) ?? null;

/** A `*` on a list element remembers the list's original size (modify pads lists). */
const starMatched = (dataKey: string, walked: WalkedPath, captured: readonly string[] = []): Matched =>
  new Matched(dataKey, captured, lastStep(walked).matched.origSize);

export function literal(key: string): Literal {
  return {
    kind: 'literal', rawKey: key, canonical: key.replaceAll('.', '\\.'),
    match: (dataKey) => (dataKey === key ? new Matched(key) : null),
    evaluate: () => key,
  };
}

export const at = (key: string, where: readonly string[]): At => {
  if (key !== '@') throw specError(where, `'@' key can only be a single '@', got '${key}'`);
  return { kind: 'at', rawKey: key, canonical: '@', match: (_key, walked) => lastStep(walked).matched };
};

function hash(key: string, where: readonly string[]): Hash {
  if (!key.startsWith('#')) throw specError(where, `a '#' key must start with '#': '${key}'`);
  if (key.length <= 1) throw specError(where, `'#' key is too short: '${key}'`);
  let value = key.slice(1);
  if (key.charAt(1) === '(') {
    if (!key.endsWith(')')) throw specError(where, `mismatched parens in '${key}'`);
    value = key.slice(2, -1);
  }
  return { kind: 'hash', rawKey: key, canonical: `#(${value})`, value, match: () => new Matched(value) };
}

function dollar(key: string, where: readonly string[]): Dollar {
  const ref = parseGroupReference(key, '$', where);
  const evaluate = (walked: WalkedPath) => subKeyOf(walked, ref);
  return {
    kind: 'dollar', rawKey: key, canonical: ref.canonical, evaluate,
    match: (_key, walked) => {
      const value = evaluate(walked);
      return value === null ? null : new Matched(value);
    },
  };
}

function amp(key: string, where: readonly string[]): Amp {
  const tokens: (string | Reference)[] = [];
  let canonical = '';
  let text = '';
  for (let index = 0; index < key.length; index++) {
    const c = key.charAt(index);
    if (c !== '&') {
      text += c;
      continue;
    }
    if (text) {
      tokens.push(text);
      canonical += text;
      text = '';
    }
    let end = index + 1;
    while (end < key.length && /[\d(),]/.test(key.charAt(end))) end++;
    const ref = parseGroupReference(key.slice(index, end), '&', where);
    tokens.push(ref);
    canonical += ref.canonical;
    index = end - 1;
  }
  if (text) {
    tokens.push(text);
    canonical += text;
  }
  const evaluate = (walked: WalkedPath): string | null => {
    let out = '';
    for (const token of tokens) {
      const part = typeof token === 'string' ? token : subKeyOf(walked, token);
      if (part === null) return null;
      out += part;
    }
    return out;
  };
  return {
    kind: 'amp', rawKey: key, canonical, evaluate,
    match: (dataKey, walked) => (evaluate(walked) === dataKey ? new Matched(dataKey) : null),
  };
}

const nonNegativeInt = (text: string | null): string | null => {
  if (text === null) return null;
  const number = parseJavaInt(text);
  return number !== null && number >= 0 ? text : null;
};

function arrayElement(key: string, where: readonly string[]): ArrayElement {
  if (!key.startsWith('[') || !key.endsWith(']')) throw specError(where, `invalid array key '${key}'`);
  const meat = key.slice(1, -1);
  let canonical: string;
  let evaluate: (walked: WalkedPath) => string | null;
  let explicitIndex: number | null = null;
  if (meat.length === 0) {
    canonical = '[]';
    evaluate = () => '[]';
  } else if (meat.startsWith('&')) {
    const ref = parseGroupReference(meat, '&', where);
    canonical = `[${ref.canonical}]`;
    evaluate = (walked) => nonNegativeInt(subKeyOf(walked, ref));
  } else if (meat.startsWith('#')) {
    const ref = parseHashReference(meat, where);
    canonical = `[${ref.canonical}]`;
    evaluate = (walked) => {
      const step = fromEnd(walked, ref.pathIndex);
      return step ? String(step.matched.hashCount) : null;
    };
  } else if (meat.startsWith('@')) {
    const inner = transpose(meat, where);
    canonical = `[${inner.canonical}]`;
    evaluate = (walked) => nonNegativeInt(inner.evaluate(walked));
  } else {
    const index = nonNegativeInt(meat);
    if (index === null) throw specError(where, `bad explicit array index '${meat}' in '${key}'`);
    canonical = `[${index}]`;
    explicitIndex = Number(index);
    evaluate = () => index;
  }
  return {
    kind: 'array', rawKey: key, canonical, evaluate, explicitIndex,
    match: (dataKey, walked) => {
      const origSize = lastStep(walked).matched.origSize;
      return evaluate(walked) === dataKey && origSize !== undefined ? new Matched(dataKey, [], origSize) : null;
    },
  };
}

export function starAll(): Star {
  return { kind: 'starAll', rawKey: '*', canonical: '*', stringMatch: () => true, match: (dataKey, walked) => starMatched(dataKey, walked) };
}

export function starSingle(key: string): Star {
  const star = key.indexOf('*');
  const prefix = key.slice(0, star);
  const suffix = key.slice(star + 1);
  const stringMatch = (text: string) => text.startsWith(prefix) && text.endsWith(suffix) && text.length > prefix.length + suffix.length;
  return {
    kind: 'starSingle', rawKey: key, canonical: key, stringMatch,
    match: (dataKey) => (stringMatch(dataKey) ? new Matched(dataKey, [dataKey.slice(prefix.length, dataKey.length - suffix.length)]) : null),
  };
}

/** Java's String.split drops trailing empty parts; Jolt's `**` parsing depends on it. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function starDouble(key: string, where: readonly string[]): Star {
  const split = javaSplit(key, '*');
  const startsWithStar = key.startsWith('*');
  const endsWithStar = key.endsWith('*');
  const part = (index: number) => {
    const value = split[index];
    if (value === undefined) throw specError(where, `invalid key '${key}'`);
    return value;
  };
  const prefix = startsWithStar ? '' : part(0);
  const mid = part(1);
  const suffix = endsWithStar ? '' : part(2);
  const midIndex = (text: string): number => {
    const start = prefix.length + 1;
    const end = text.length - suffix.length - 1;
    if (start >= end) return -1;
    const found = text.slice(start, end).indexOf(mid);
    return found >= 0 ? found + start : -1;
  };
  const stringMatch = (text: string) => text.startsWith(prefix) && text.endsWith(suffix) && midIndex(text) > 0;
  return {
    kind: 'starDouble', rawKey: key, canonical: key, stringMatch,
    match: (dataKey) => {
      if (!stringMatch(dataKey)) return null;
      const midStart = midIndex(dataKey);
      const first = dataKey.slice(prefix.length, midStart);
      const second = dataKey.slice(midStart + mid.length, dataKey.length - suffix.length);
      return new Matched(dataKey, [first, second]);
    },
  };
}

export function starRegex(key: string): Star {
  let escaped = key;
  const seen = new Set<string>();
  for (const c of key) {
    if ('([{\\^$|)?+.'.includes(c) && !seen.has(c)) {
      escaped = escaped.replaceAll(c, `\\${c}`);
      seen.add(c);
    }
  }
  const pattern = new RegExp(`^${escaped.replaceAll('*', '(.+?)')}$`);
  return {
    kind: 'starRegex', rawKey: key, canonical: key,
    stringMatch: (text) => pattern.test(text),
    match: (dataKey) => {
      const found = pattern.exec(dataKey);
      return found ? new Matched(dataKey, found.slice(1).map((group) => group ?? '')) : null;
    },
  };
}

/** `@`, `@1`, `@(2,a.b)`, `@a.b`: data found up the walked path, then down a path from there. */
export function transpose(key: string, where: readonly string[]): Transpose {
  if (key.length < 2) throw specError(where, `'@' key can not be of length 1 here: '${key}'`);
  if (!key.startsWith('@')) throw specError(where, `transpose key must start with '@': '${key}'`);
  let meat = key.slice(1);
  if (meat.includes('@')) throw specError(where, `'@' can not contain a nested '@': '${key}'`);
  if (meat.includes('*') || meat.includes('[]')) throw specError(where, `'@' can not contain '*' or '[]': '${key}'`);
  if (meat.startsWith('(')) {
    if (!meat.endsWith(')')) throw specError(where, `'@(' must have a matching ')': '${key}'`);
    meat = meat.slice(1, -1);
  }
  let upLevel = 0;
  let subPath: string | null = meat;
  if (/^\d/.test(meat)) {
    const comma = meat.indexOf(',');
    const digits = comma === -1 ? meat : meat.slice(0, comma);
    if (!/^\d+$/.test(digits)) throw specError(where, `'@' with a non/mixed numeric key is not valid: '${key}'`);
    upLevel = Number(digits);
    subPath = comma === -1 ? null : meat.slice(comma + 1);
  }
  const reader = subPath ? traversalOf(subPath, where) : null;
  const canonical = `@(${upLevel},${reader ? reader.canonical : ''})`;
  const read = (walked: WalkedPath): Read => {
    const step = fromEnd(walked, upLevel);
    if (!step) return { present: false };
    if (!reader) return { present: true, value: step.tree };
    const keys = evaluateAll(reader.evaluators, walked);
    return keys ? readPath(step.tree, reader.kinds, keys) : { present: false };
  };
  return {
    kind: 'transpose', rawKey: key, canonical, read,
    match: (_key, walked) => lastStep(walked).matched,
    evaluate: (walked) => {
      const found = read(walked);
      if (!found.present) return null;
      const value = found.value;
      if (typeof value === 'number') return String(javaIntValue(value));
      if (typeof value === 'boolean') return String(value);
      return typeof value === 'string' ? value : null;
    },
  };
}

/** Java's Number.intValue(): truncation, saturating at the int range. */
const javaIntValue = (value: number): number => {
  if (Number.isNaN(value)) return 0;
  const truncated = isIntegral(value) ? value : Math.trunc(value);
  return Math.max(-2147483648, Math.min(2147483647, truncated));
};

/** PathElementBuilder.parseSingleKeyLHS: which kind of key this is, escapes considered. */
export function parseKey(origKey: string, where: readonly string[]): PathElement {
  const escaped = origKey.includes('\\');
  const inspect = escaped ? removeEscapedValues(origKey) : origKey;
  const key = escaped ? removeEscapeChars(origKey) : origKey;
  if (inspect === '@') return at(key, where);
  if (inspect === '*') return starAll();
  if (inspect.startsWith('[')) return arrayKey(key, inspect, origKey, where);
  if (inspect.startsWith('@') || inspect.includes('@(')) return transpose(origKey, where);
  if (inspect.includes('@')) throw specError(where, `key '${origKey}' can not have an '@' other than at the front`);
  if (inspect.includes('$')) return dollar(key, where);
  if (inspect.includes('[')) return arrayKey(key, inspect, origKey, where);
  if (inspect.includes('&')) {
    if (inspect.includes('*')) throw specError(where, `key '${origKey}' can not mix '*' with '&'`);
    return amp(key, where);
  }
  if (inspect.includes('*')) {
    const stars = countOf(inspect, '*');
    return stars === 1 ? starSingle(key) : stars === 2 ? starDouble(key, where) : starRegex(key);
  }
  if (inspect.includes('#')) return hash(key, where);
  return literal(key);
}

function arrayKey(key: string, inspect: string, origKey: string, where: readonly string[]): ArrayElement {
  if (countOf(inspect, '[') !== 1 || countOf(inspect, ']') !== 1) throw specError(where, `key '${origKey}' has too many [] references`);
  return arrayElement(key, where);
}

const isEvaluatable = (element: PathElement): element is EvaluatableElement =>
  element.kind === 'literal' || element.kind === 'dollar' || element.kind === 'amp' || element.kind === 'array' || element.kind === 'transpose';

type Evaluate = (walked: WalkedPath) => string | null;

/** A parsed output (or lookup) path: its keys, evaluated against the walked path, and their step kinds. */
export interface Traversal {
  readonly elements: readonly EvaluatableElement[];
  /** The elements' evaluate functions, gathered once so that a write makes no megamorphic lookups. */
  readonly evaluators: readonly Evaluate[];
  readonly kinds: readonly StepKind[];
  readonly canonical: string;
}

/** PathEvaluatingTraversal: a dotted path of evaluatable keys such as `people[&1].&0` or `@(1,id)`. */
export function traversalOf(dotNotation: string, where: readonly string[], asWritten = dotNotation): Traversal {
  if ((dotNotation.includes('*') && !dotNotation.includes('\\*')) || (dotNotation.includes('$') && !dotNotation.includes('\\$'))) {
    throw specError(where, `a path written to or read from can not contain '*' or '$': '${asWritten}'`);
  }
  const keys = parseDotNotation(fixLeadingBracketSugar(dotNotation), where);
  const elements = keys.map((key) => {
    const element = parseKey(key, where);
    if (element.kind === 'at') throw specError(where, `'.@.' is not valid on the right hand side: '${dotNotation}'`);
    if (!isEvaluatable(element)) throw specError(where, `'${key}' is not a valid key on the right hand side ('${dotNotation}')`);
    return element;
  });
  return {
    elements,
    evaluators: elements.map((element) => element.evaluate),
    kinds: elements.map((element) => stepKindOf(element.canonical)),
    canonical: elements.map((element) => element.canonical).join('.'),
  };
}

/** The output keys of a path here, or null when one of them cannot be evaluated (then nothing is written). */
export function evaluateAll(evaluators: readonly Evaluate[], walked: WalkedPath): string[] | null {
  const keys = new Array<string>(evaluators.length);
  for (let index = 0; index < evaluators.length; index++) {
    const key = (evaluators[index] as Evaluate)(walked);
    if (key === null) return null;
    keys[index] = key;
  }
  return keys;
}
