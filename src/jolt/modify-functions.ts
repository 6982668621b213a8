import { isList, isMap } from './json.js';
import { intValue, isJavaInt, javaEquals, javaKind, javaToString, longValue, toNumber } from './java-values.js';
import type { Read } from './traversal.js';

/**
 * Jolt's stock modify functions (`=toLower`, `=concat(@(1,a),' ')`...), ported from
 * com.bazaarvoice.jolt.modifier.function with their argument conventions: most take one value or
 * a list; "arg driven" ones take a first special argument (a separator, an index) then values.
 * A function that does not apply gives "absent", and the spec then leaves the key alone.
 */
export type JoltFunction = (args: readonly unknown[]) => Read;

const none: Read = { present: false };
const some = (value: unknown): Read => ({ present: true, value });
const valueOr = (result: Read, fallback: unknown) => (result.present ? result.value : fallback);

/** Function.BaseFunction: no args, null or an empty list give nothing; a list goes to applyList. */
const baseFunction = (applyList: (list: unknown[]) => Read, applySingle: (arg: unknown) => Read): JoltFunction => (args) => {
  if (args.length === 0) return none;
  if (args.length > 1) return applyList([...args]);
  const arg = args[0];
  if (isList(arg)) return arg.length === 0 ? none : applyList(arg);
  return arg === null || arg === undefined ? none : applySingle(arg);
};

/** SingleFunction: applied to each element of a list, keeping elements it does not apply to. */
const singleFunction = (applySingle: (arg: unknown) => Read): JoltFunction =>
  baseFunction((list) => some(list.map((item) => valueOr(applySingle(item), item))), applySingle);

const listFunction = (applyList: (list: unknown[]) => Read): JoltFunction => baseFunction(applyList, () => none);

/** ArgDrivenFunction: the first argument, of the expected type, drives the function over the rest. */
function argDriven<S>(
  isSpecial: (value: unknown) => value is S, applyList: (special: S, list: unknown[]) => Read, applySingle: (special: S, arg: unknown) => Read,
): JoltFunction {
  return (given) => {
    const args = given.length === 1 && isList(given[0]) ? given[0] : given;
    if (args.length < 2 || !isSpecial(args[0])) return none;
    const special = args[0];
    if (args.length === 2) {
      const second = args[1];
      return isList(second) ? applyList(special, second) : applySingle(special, second);
    }
    return applyList(special, args.slice(1));
  };
}

const argDrivenSingle = <S>(isSpecial: (value: unknown) => value is S, applySingle: (special: S, arg: unknown) => Read): JoltFunction =>
  argDriven(isSpecial, (special, list) => some(list.map((item) => valueOr(applySingle(special, item), item))), applySingle);

const argDrivenList = <S>(isSpecial: (value: unknown) => value is S, applyList: (special: S, list: unknown[]) => Read): JoltFunction =>
  argDriven(isSpecial, applyList, () => none);

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';

const onString = (apply: (text: string) => unknown) => (arg: unknown): Read => (typeof arg === 'string' ? some(apply(arg)) : none);

/** String.trim(): Java trims every character up to U+0020, and nothing else. */
const javaTrim = (text: string) => text.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');

/** String.split(regex): trailing empty strings dropped; a zero-width match at 0 adds no leading "". */
function javaSplit(text: string, separator: string): string[] {
  const pattern = new RegExp(separator, 'g');
  const parts: string[] = [];
  let start = 0;
  let found = false;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (match[0].length === 0 && index === 0) continue;
    found = true;
    parts.push(text.slice(start, index));
    start = index + match[0].length;
  }
  if (!found) return [text];
  parts.push(text.slice(start));
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function pad(left: boolean, source: string, args: readonly unknown[]): Read {
  const [width, filler] = args;
  if (!isJavaInt(width) || typeof filler !== 'string') return none;
  if (width <= 0 || width > 500 || filler.length !== 1) return none;
  if (width <= source.length) return some(source);
  const padding = filler.repeat(width - source.length);
  return some(left ? padding + source : source + padding);
}

function substring(args: readonly unknown[]): Read {
  if (args.length !== 3) return none;
  const [text, start, end] = args;
  if (typeof text !== 'string' || !isJavaInt(start) || !isJavaInt(end)) return none;
  if (start >= end || start < 0 || end < 1 || end > text.length) return none;
  return some(text.substring(start, end));
}

function join(separator: string, args: readonly unknown[]): Read {
  let out = '';
  args.forEach((arg, index) => {
    if (arg === null || arg === undefined) return;
    const text = javaToString(arg);
    if (text === '') return;
    out += text;
    if (index < args.length - 1) out += separator;
  });
  return some(out);
}

/** Math.max/min over Integers, Longs and Doubles kept apart, then compared as Jolt does (via longValue). */
function extreme(args: readonly unknown[], sign: 1 | -1): Read {
  if (args.length === 0) return none;
  const better = (a: number, b: number) => (sign === 1 ? Math.max(a, b) : Math.min(a, b));
  let int = sign === 1 ? -2147483648 : 2147483647;
  let double = sign === 1 ? -Number.MAX_VALUE : Number.MAX_VALUE;
  let long = sign === 1 ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  let found = false;
  for (const arg of args) {
    const value = typeof arg === 'string' ? toNumber(arg) : arg;
    const kind = javaKind(value);
    if (kind === 'int') int = better(int, value as number);
    else if (kind === 'double') double = better(double, value as number);
    else if (kind === 'long') long = better(long, value as number);
    else continue;
    found = true;
  }
  if (!found) return none;
  const atLeast = (a: number, b: number) => (sign === 1 ? a >= b : a <= b);
  if (atLeast(int, longValue(double)) && atLeast(int, long)) return some(int);
  if (atLeast(long, longValue(double))) return some(long);
  return some(double);
}

function abs(arg: unknown): Read {
  const value = typeof arg === 'string' ? toNumber(arg) : arg;
  return typeof value === 'number' ? some(Math.abs(value)) : none;
}

function avg(args: readonly unknown[]): Read {
  let sum = 0;
  let count = 0;
  for (const arg of args) {
    const number = toNumber(arg);
    if (number === null) continue;
    sum += number;
    count++;
  }
  return count === 0 ? none : some(sum / count);
}

const toInteger = (arg: unknown): Read => {
  const number = toNumber(arg);
  return number === null ? none : some(intValue(number));
};
const toLong = (arg: unknown): Read => {
  const number = toNumber(arg);
  return number === null ? none : some(longValue(number));
};
const toDouble = (arg: unknown): Read => {
  const number = toNumber(arg);
  return number === null ? none : some(number);
};

function sum(args: readonly unknown[], convert: (arg: unknown) => Read, wrap: (n: number) => number): Read {
  let total = 0;
  for (const arg of args) {
    const number = convert(arg);
    if (number.present) total = wrap(total + (number.value as number));
  }
  return some(total);
}

function subtract(args: readonly unknown[], kind: 'int' | 'long' | 'double'): Read {
  if (args.length !== 2) return none;
  const [a, b] = args;
  if (javaKind(a) !== kind || javaKind(b) !== kind) return none;
  const result = (a as number) - (b as number);
  return some(kind === 'int' ? result | 0 : result);
}

function divide(args: readonly unknown[]): number | null {
  if (args.length !== 2) return null;
  const numerator = toNumber(args[0]);
  const denominator = toNumber(args[1]);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** BigDecimal(quotient).setScale(digits, HALF_UP): toFixed rounds the exact binary value half away from zero too. */
function divideAndRound(digits: number, args: readonly unknown[]): Read {
  const quotient = divide(args);
  if (quotient === null || digits < 0 || digits > 100) return none;
  return some(Number(quotient.toFixed(digits)));
}

function size(args: readonly unknown[]): Read {
  if (args.length === 0) return none;
  if (args.length > 1) return some(args.length);
  const arg = args[0];
  if (isList(arg) || typeof arg === 'string') return some(arg.length);
  if (isMap(arg)) return some(Object.keys(arg).length);
  return none;
}

function squashNullsIn(value: unknown): void {
  if (isList(value)) {
    const kept = value.filter((item) => item !== null && item !== undefined);
    value.splice(0, value.length, ...kept);
  } else if (isMap(value)) {
    for (const key of Object.keys(value)) if (value[key] === null || value[key] === undefined) delete value[key];
  }
}

function squashNullsDeep(value: unknown): void {
  squashNullsIn(value);
  if (isList(value)) value.forEach(squashNullsDeep);
  else if (isMap(value)) Object.values(value).forEach(squashNullsDeep);
}

/**
 * Function.SquashFunction: one list or map is changed in place; several arguments make a fixed-size
 * Java list, which refuses to lose its nulls (so nothing), but can be deduplicated into a new one.
 */
const squash = (apply: (value: unknown) => Read, refusesNullsInArgs: boolean): JoltFunction => (args) => {
  if (args.length === 0) return none;
  if (args.length > 1) {
    if (refusesNullsInArgs && args.some((arg) => arg === null || arg === undefined)) return none;
    return apply([...args]);
  }
  const arg = args[0];
  if (arg === null || arg === undefined || (isList(arg) && arg.length === 0)) return none;
  return apply(arg);
};

function distinct(value: unknown): Read {
  if (!isList(value)) return some(value);
  const kept: unknown[] = [];
  for (const item of value) if (!kept.some((seen) => javaEquals(seen, item))) kept.push(item);
  return some(kept);
}

/** Arrays.sort on Objects: every element Comparable with the others (one Java class), else nothing. */
function sortList(list: unknown[]): Read {
  if (list.length === 1) return some([...list]);
  const kinds = new Set(list.map(javaKind));
  const [kind] = kinds;
  if (kinds.size !== 1 || !(kind === 'string' || kind === 'int' || kind === 'long' || kind === 'double' || kind === 'boolean')) return none;
  const compare = (a: unknown, b: unknown) => (kind === 'boolean' ? Number(a) - Number(b) : kind === 'string' ? (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0 : (a as number) - (b as number));
  return some([...list].sort(compare));
}

export const FUNCTIONS: Readonly<Record<string, JoltFunction>> = {
  toLower: singleFunction(onString((text) => text.toLowerCase())),
  toUpper: singleFunction(onString((text) => text.toUpperCase())),
  concat: listFunction((list) => some(list.map((arg) => (arg === null || arg === undefined ? '' : javaToString(arg))).join(''))),
  join: argDrivenList(isString, join),
  split: argDrivenSingle(isString, (separator, source) => (typeof source === 'string' ? some(javaSplit(source, separator)) : none)),
  substring: listFunction(substring),
  trim: singleFunction(onString(javaTrim)),
  leftPad: argDrivenList(isString, (source, args) => pad(true, source, args)),
  rightPad: argDrivenList(isString, (source, args) => pad(false, source, args)),
  min: baseFunction((list) => extreme(list, -1), (arg) => (isNumber(arg) ? some(arg) : none)),
  max: baseFunction((list) => extreme(list, 1), (arg) => (isNumber(arg) ? some(arg) : none)),
  abs: singleFunction(abs),
  avg: listFunction(avg),
  intSum: listFunction((list) => sum(list, toInteger, (n) => n | 0)),
  doubleSum: listFunction((list) => sum(list, toDouble, (n) => n)),
  longSum: listFunction((list) => sum(list, toLong, (n) => n)),
  intSubtract: listFunction((list) => subtract(list, 'int')),
  doubleSubtract: listFunction((list) => subtract(list, 'double')),
  longSubtract: listFunction((list) => subtract(list, 'long')),
  divide: listFunction((list) => {
    const quotient = divide(list);
    return quotient === null ? none : some(quotient);
  }),
  divideAndRound: argDrivenList(isJavaInt, divideAndRound),
  toInteger: singleFunction(toInteger),
  toDouble: singleFunction(toDouble),
  toLong: singleFunction(toLong),
  toBoolean: singleFunction((arg) => {
    if (typeof arg === 'boolean') return some(arg);
    if (typeof arg === 'string' && /^(true|false)$/i.test(arg)) return some(arg.toLowerCase() === 'true');
    return none;
  }),
  toString: singleFunction((arg) => some(javaToString(arg))),
  size,
  squashNulls: squash((value) => {
    squashNullsIn(value);
    return some(value);
  }, true),
  recursivelySquashNulls: squash((value) => {
    squashNullsDeep(value);
    return some(value);
  }, true),
  squashDuplicates: squash(distinct, false),
  noop: () => none,
  isPresent: (args) => (args.length === 0 ? none : some(args[0])),
  notNull: (args) => (args.length === 0 || args[0] === null || args[0] === undefined ? none : some(args[0])),
  isNull: (args) => (args.length === 0 || (args[0] !== null && args[0] !== undefined) ? none : some(null)),
  firstElement: listFunction((list) => (list.length > 0 ? some(list[0]) : none)),
  lastElement: listFunction((list) => (list.length > 0 ? some(list[list.length - 1]) : none)),
  elementAt: argDrivenList(isJavaInt, (index, list) => (index >= 0 && list.length > index ? some(list[index]) : none)),
  toList: baseFunction((list) => some(list), (arg) => some([arg])),
  sort: baseFunction(sortList, (arg) => some(arg)),
};

export const functionNamed = (name: string): JoltFunction | undefined => (Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined);
