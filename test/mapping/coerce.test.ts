import { describe, expect, it } from 'vitest';
import { coerce, describeType, isMissing } from '../../src/mapping/coerce.js';

describe('coercing a value to its target type', () => {
  it('keeps a number a number and a boolean a boolean', () => {
    expect(coerce(42, 'number')).toEqual({ ok: true, value: 42 });
    expect(coerce(1.5, 'array_of_numbers')).toEqual({ ok: true, value: [1.5] });
    expect(coerce(false, 'boolean')).toEqual({ ok: true, value: false });
  });

  it('reads decimal text as a number, and nothing else', () => {
    expect(coerce(' 250 ', 'number')).toEqual({ ok: true, value: 250 });
    expect(coerce('-1.5e3', 'number')).toEqual({ ok: true, value: -1500 });
    expect(coerce('.5', 'number')).toEqual({ ok: true, value: 0.5 });
    expect(coerce('0x1A', 'number')).toEqual({ ok: false, problem: '"0x1A" is not a number' });
    expect(coerce('1e999', 'number')).toEqual({ ok: false, problem: '"1e999" is not a number' });
    expect(coerce(true, 'number')).toEqual({ ok: false, problem: 'true is not a number' });
  });

  it('reads the words of a yes/no answer as a boolean', () => {
    for (const yes of ['true', 'Yes', 'y', '1', ' ON ']) expect(coerce(yes, 'boolean')).toEqual({ ok: true, value: true });
    for (const no of ['false', 'NO', 'n', '0', 'off']) expect(coerce(no, 'boolean')).toEqual({ ok: true, value: false });
    expect(coerce('maybe', 'boolean')).toEqual({ ok: false, problem: '"maybe" is not a boolean (true/false, yes/no, 1/0)' });
  });

  it('takes a list as a single value only when it has one element, and wraps a single value as a list', () => {
    expect(coerce(['7'], 'number')).toEqual({ ok: true, value: 7 });
    expect(coerce(['1', '2'], 'number')).toEqual({ ok: false, problem: 'a list of 2 values cannot be a single number' });
    expect(coerce(['yes', 'no'], 'boolean')).toEqual({ ok: false, problem: 'a list of 2 values cannot be a single boolean' });
    expect(coerce(['AI', 'Cloud'], 'string')).toEqual({ ok: true, value: 'AI, Cloud' });
    expect(coerce(3, 'array_of_strings')).toEqual({ ok: true, value: ['3'] });
    expect(coerce('yes', 'array_of_booleans')).toEqual({ ok: true, value: [true] });
  });

  it('fails a list on its first element that does not fit', () => {
    expect(coerce(['1', 'x', 'y'], 'array_of_numbers')).toEqual({ ok: false, problem: '"x" is not a number' });
    expect(coerce(['yes', 'perhaps'], 'array_of_booleans')).toEqual({ ok: false, problem: '"perhaps" is not a boolean (true/false, yes/no, 1/0)' });
  });
});

describe('a missing value', () => {
  it('is null, empty text or an empty list; false and zero are values', () => {
    expect([null, undefined, '', []].map(isMissing)).toEqual([true, true, true, true]);
    expect([false, 0, ' ', ['']].map(isMissing)).toEqual([false, false, false, false]);
  });

  it('is described with the right article', () => {
    expect(describeType('number')).toBe('a number');
    expect(describeType('array_of_strings')).toBe('an array of strings');
  });
});
