import { deepCopy } from './json.js';
import { toNumber } from './java-values.js';
import { type JoltFunction, functionNamed } from './modify-functions.js';
import { type Transpose, evaluateAll, traversalOf } from './path-elements.js';
import { specError } from './spec-error.js';
import { type Read, readPath } from './traversal.js';
import type { WalkedPath } from './walked-path.js';

/**
 * The right-hand side of a modify leaf: a literal, an `@(n,path)` lookup in the input, a `^path`
 * lookup in the context, or `=function(args...)` over such arguments (FunctionArg, FunctionEvaluator).
 */
export type Context = Record<string, unknown> | null | undefined;
type Arg = (walked: WalkedPath, contextRoot: unknown) => Read;
export type Evaluator = (input: Read, walked: WalkedPath, contextRoot: unknown) => Read;

const none: Read = { present: false };

/** SpecStringParser.parseFunctionArgs: `name(a, 'b,c', @(1,d))` split on commas outside quotes and parens. */
function parseFunctionArgs(text: string, where: readonly string[]): [string, string[]] {
  const open = text.indexOf('(');
  if (open < 0) throw specError(where, `malformed function '=${text}'`);
  const inner = text.slice(open + 1, -1);
  const args: string[] = [];
  let buffer = '';
  let inBrackets = false;
  let inQuotes = false;
  for (const c of inner) {
    if (c === '(' && !inQuotes) inBrackets = true;
    else if (c === ')' && !inQuotes) inBrackets = false;
    else if (c === "'") inQuotes = !inQuotes;
    else if (c === ',' && !inBrackets && !inQuotes) {
      args.push(buffer.trim());
      buffer = '';
      continue;
    }
    buffer += c;
  }
  args.push(buffer.trim());
  return [text.slice(0, open), args];
}

/** FunctionArg.forLiteral: a function's argument text read as null, 'text', a boolean or a number. */
function literalValue(text: string): unknown {
  if (text.length === 0) return null;
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return toNumber(text) ?? text;
}

const literal = (value: unknown): Arg => {
  // Objects are copied each time: the spec's value must not be shared by outputs changed later.
  if (value !== null && typeof value === 'object') return () => ({ present: true, value: deepCopy(value) });
  const read: Read = { present: true, value };
  return () => read;
};

function lookupPath(path: string): string {
  return path.trim() === '' ? 'root' : `root.${path}`;
}

function selfLookup(text: string, where: readonly string[]): Arg {
  const { elements } = traversalOf(lookupPath(text), where, text);
  const last = elements[elements.length - 1];
  if (!last || last.kind !== 'transpose') throw specError(where, `expected an '@' lookup in '${text}'`);
  const transpose: Transpose = last;
  return (walked) => transpose.read(walked);
}

function contextLookup(text: string, where: readonly string[]): Arg {
  const reader = traversalOf(lookupPath(text), where, `^${text}`);
  return (walked, contextRoot) => {
    const keys = evaluateAll(reader.evaluators, walked);
    return keys ? readPath(contextRoot, reader.kinds, keys) : none;
  };
}

function argOf(text: string, parse: boolean, where: readonly string[]): Arg {
  if (text.startsWith('^')) return contextLookup(text.slice(1), where);
  if (text.startsWith('@')) return selfLookup(text, where);
  return literal(parse ? literalValue(text) : text);
}

/**
 * FunctionEvaluator: with no arguments a function applies to the matched value; with one, to that
 * argument; with several, to all of them (absent ones as null). A name Jolt does not know behaves as
 * in Jolt: the first argument's value, or nothing. Whatever a function throws, Jolt swallows: the
 * key is then left alone.
 */
function functionEvaluator(fn: JoltFunction | undefined, args: readonly Arg[]): Evaluator {
  const evaluate = (input: Read, walked: WalkedPath, contextRoot: unknown): Read => {
    if (!fn) return args[0] ? args[0](walked, contextRoot) : none;
    if (args.length === 0) return input.present ? fn([input.value]) : fn([]);
    if (args.length === 1) {
      const value = (args[0] as Arg)(walked, contextRoot);
      return value.present ? fn([value.value]) : fn([]);
    }
    const values = new Array<unknown>(args.length);
    for (let index = 0; index < args.length; index++) {
      const value = (args[index] as Arg)(walked, contextRoot);
      values[index] = value.present ? value.value : null;
    }
    return fn(values);
  };
  return (input, walked, contextRoot) => {
    try {
      return evaluate(input, walked, contextRoot);
    } catch {
      return none;
    }
  };
}

function evaluatorOf(rhs: string, where: readonly string[]): Evaluator {
  if (!rhs.startsWith('=')) {
    const arg = argOf(rhs, false, where);
    return (_input, walked, contextRoot) => {
      try {
        return arg(walked, contextRoot);
      } catch {
        return none;
      }
    };
  }
  const call = rhs.slice(1);
  if (!call.includes('(') && !call.endsWith(')')) return functionEvaluator(functionNamed(call), []);
  const [name, args] = parseFunctionArgs(call, where);
  return functionEvaluator(functionNamed(name), args.map((arg) => argOf(arg, true, where)));
}

/** ModifierLeafSpec: a string, a list of alternatives (the first that gives a value wins), or a literal. */
export function evaluatorsOf(rhs: unknown, where: readonly string[]): Evaluator[] {
  if (typeof rhs === 'string') return [evaluatorOf(rhs, where)];
  if (Array.isArray(rhs) && rhs.length > 0) {
    return rhs.map((item, index) => {
      if (typeof item === 'string') return evaluatorOf(item, [...where, String(index)]);
      const arg = literal(item);
      return (_input, walked, contextRoot) => arg(walked, contextRoot);
    });
  }
  const arg = literal(rhs);
  return [(_input, walked, contextRoot) => arg(walked, contextRoot)];
}
