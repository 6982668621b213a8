import { specError } from './spec-error.js';

/**
 * Jolt's SpecStringParser, character for character: how a dotted path such as `a.&1.[#2]` or
 * `@(1,id)` splits into keys, and how `\` escapes behave. Kept literal so quirks match Java Jolt.
 */

/** `a[1]` means `a.[1]`: Jolt adds the dot before a bracket (but after `@` or `.`). */
export function fixLeadingBracketSugar(dotNotation: string): string {
  if (dotNotation.length === 0) return '';
  let prev = dotNotation.charAt(0);
  let out = prev;
  for (let index = 1; index < dotNotation.length; index++) {
    const curr = dotNotation.charAt(index);
    if (curr === '[' && prev !== '\\' && prev !== '@' && prev !== '.') out += '.';
    out += curr;
    prev = curr;
  }
  return out;
}

class Chars {
  index = 0;
  constructor(readonly text: string) {}
  hasNext(): boolean {
    return this.index < this.text.length;
  }
  next(): string {
    return this.text.charAt(this.index++);
  }
}

/** Splits a dotted path into its keys; `\.` is a dot inside a key, `@(...)` is one key. */
export function parseDotNotation(dotNotation: string, where: readonly string[]): string[] {
  const iter = new Chars(dotNotation);
  const keys: string[] = [];
  let buffer = '';
  let prevIsEscape = false;
  while (iter.hasNext()) {
    const c = iter.next();
    const currIsEscape: boolean = c === '\\' && !prevIsEscape;
    if (prevIsEscape && c !== '.' && c !== '\\') {
      buffer += `\\${c}`;
    } else if (c === '@') {
      buffer += `@${parseAtPathElement(iter, dotNotation, where)}`;
      const isPartOfArray = buffer.includes('[') && !buffer.includes(']');
      if (!isPartOfArray) {
        keys.push(buffer);
        buffer = '';
      }
    } else if (c === '.') {
      if (prevIsEscape) buffer += '.';
      else {
        if (buffer.length !== 0) keys.push(buffer);
        buffer = '';
      }
    } else if (!currIsEscape) {
      buffer += c;
    }
    prevIsEscape = currIsEscape;
  }
  if (buffer.length !== 0) keys.push(buffer);
  return keys;
}

function parseAtPathElement(iter: Chars, dotNotation: string, where: readonly string[]): string {
  if (!iter.hasNext()) return '';
  let c = iter.next();
  const isParensAt = c === '(';
  let parens = isParensAt ? 1 : 0;
  if (c === '.') throw specError(where, `invalid '@' in '${dotNotation}'`);
  let buffer = c;
  while (iter.hasNext()) {
    c = iter.next();
    buffer += c;
    if (isParensAt) {
      if (c === '(') throw specError(where, `too many open parens '(' in '${dotNotation}'`);
      if (c === ')') parens--;
      if (parens === 0) return buffer;
    } else if (c === '.') {
      return `(${buffer.slice(0, -1)})`;
    }
  }
  if (isParensAt && parens !== 0) throw specError(where, `unclosed '@(' in '${dotNotation}'`);
  return buffer;
}

/** The key with every escaped character dropped: what decides which kind of key it is. */
export function removeEscapedValues(key: string): string {
  let out = '';
  let prevWasEscape = false;
  for (const c of key) {
    if (c === '\\') prevWasEscape = !prevWasEscape;
    else {
      if (!prevWasEscape) out += c;
      prevWasEscape = false;
    }
  }
  return out;
}

/** The key with its escape characters dropped: the text it matches. */
export function removeEscapeChars(key: string): string {
  let out = '';
  let prevWasEscape = false;
  for (const c of key) {
    if (c === '\\') {
      if (prevWasEscape) out += c;
      prevWasEscape = !prevWasEscape;
    } else {
      out += c;
      prevWasEscape = false;
    }
  }
  return out;
}

export const countOf = (text: string, part: string): number => text.split(part).length - 1;
