import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/jolt/modify-functions.js';

/**
 * Cases from Jolt's own MathTest, StringsTest and ListsTest (bazaarvoice/jolt, Apache-2.0), those
 * JS can state: Java's 1L and 1.0 are both the number 1 here (the few cases that hinge on Long vs
 * Integer vs Double are left out; see docs/jolt.md). Java calls a function with one list, with
 * several arguments, or with one value: `list`, `args` and `value` below.
 */
type Call = { list: unknown[] } | { args: unknown[] } | { value: unknown };
const NONE = Symbol('absent');

const call = (name: string, how: Call) => {
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`no function ${name}`);
  const result = 'list' in how ? fn([how.list]) : 'args' in how ? fn(how.args) : fn([how.value]);
  return result.present ? result.value : NONE;
};

const CASES: [string, string, Call, unknown][] = [
  ['max-empty-array', 'max', { args: [] }, NONE],
  ['max-empty-list', 'max', { list: [] }, NONE],
  ['max-null', 'max', { value: null }, NONE],
  ['max-single-int-array', 'max', { args: [1] }, 1],
  ['max-single-double-list', 'max', { list: [1.5] }, 1.5],
  ['max-single-int-array-extra-arg', 'max', { args: [1, 'a'] }, 1],
  ['max-multi-int-list', 'max', { list: [1, 3, 2, 5] }, 5],
  ['max-multi-double-list', 'max', { list: [1.5, 3.5, 2.5, 5.5] }, 5.5],
  ['max-combo-int-array', 'max', { args: [1.5, 3, null, 5] }, 5],
  ['max-combo-double-array', 'max', { args: [1, 3, null, 5.5] }, 5.5],
  ['max-NaN', 'max', { list: [1.5, Number.NaN] }, Number.NaN],
  ['max-positive-infinity', 'max', { list: [1.5, Number.POSITIVE_INFINITY] }, Number.POSITIVE_INFINITY],
  ['max-NaN-positive-infinity', 'max', { list: [1.5, Number.NaN, Number.POSITIVE_INFINITY] }, Number.NaN],
  ['min-empty-list', 'min', { list: [] }, NONE],
  ['min-multi-int-array', 'min', { args: [1, 3, 2, 5] }, 1],
  ['min-combo-int-list', 'min', { list: [1, 3, null, 5.5] }, 1],
  ['min-combo-double-list', 'min', { list: [1.5, 3, null, 5] }, 1.5],
  ['min-negative-Infinity', 'min', { list: [-1.5, Number.NEGATIVE_INFINITY] }, Number.NEGATIVE_INFINITY],
  ['min-NaN-negative-infinity', 'min', { list: [-1.5, Number.NaN, Number.NEGATIVE_INFINITY] }, Number.NaN],
  ['abs-null', 'abs', { value: null }, NONE],
  ['abs-empty-list', 'abs', { args: [] }, NONE],
  ['abs-single-negative-int', 'abs', { value: -1 }, 1],
  ['abs-single-negative-double', 'abs', { value: -1.5 }, 1.5],
  ['abs-list', 'abs', { args: [-1, -2, -1.5] }, [1, 2, 1.5]],
  ['abs-NegInfinity', 'abs', { value: Number.NEGATIVE_INFINITY }, Number.POSITIVE_INFINITY],
  ['abs of a string is the number of its type', 'abs', { value: '-123' }, 123],
  ['toInt-null', 'toInteger', { value: null }, NONE],
  ['toInt-empty-list', 'toInteger', { list: [] }, NONE],
  ['toInt-single-negative-string', 'toInteger', { value: '-1' }, -1],
  ['toInt-single-negative-double', 'toInteger', { value: -1.5 }, -1],
  ['toInt-single-positive-string-list', 'toInteger', { args: ['1', '2'] }, [1, 2]],
  ['toInteger-combo-string-array', 'toInteger', { list: ['-1', 2, -3, 4.5] }, [-1, 2, -3, 4]],
  ['toDouble-single-positive-string', 'toDouble', { value: '1' }, 1],
  ['toDouble-combo-long-array', 'toDouble', { list: ['-1', 2, -3, 4.5] }, [-1, 2, -3, 4.5]],
  ['toLong-combo-int-array', 'toLong', { list: ['-1', 2, -3, 4.5] }, [-1, 2, -3, 4]],
  ['intsum-combo-string-array', 'intSum', { list: [1, 2.5, 'random', 0] }, 3],
  ['intsum-single-value', 'intSum', { value: 2 }, NONE],
  ['intsum-combo-intstring-array', 'intSum', { list: [1, 2, '-3.0', 0] }, 0],
  ['doublesum-combo-string-array', 'doubleSum', { list: [1, 2.5, 'random', 0] }, 3.5],
  ['doublesum-single-value', 'doubleSum', { value: 2 }, NONE],
  ['longsum-combo-string-array', 'longSum', { list: [1, 2.5, 'random', 0] }, 3],
  ['intsubtract-happy-path', 'intSubtract', { list: [4, 1] }, 3],
  ['intsubtract-single-value', 'intSubtract', { value: 2 }, NONE],
  ['doublesubtract-happy-path', 'doubleSubtract', { list: [4.5, 1.25] }, 3.25],
  ['doublesubtract-wrong-type', 'doubleSubtract', { list: [4, 1] }, NONE],
  ['longsubtract-wrong-type', 'longSubtract', { list: [4.5, 1] }, NONE],
  ['div-combo-array', 'divide', { list: [10, 5.5, 2] }, NONE],
  ['div-single-element-array', 'divide', { list: ['5'] }, NONE],
  ['div-single-element', 'divide', { value: '10' }, NONE],
  ['div-combo-invalid-array', 'divide', { list: [10, 0, 2] }, NONE],
  ['div-combo-valid-array', 'divide', { list: [0, 10] }, 0],
  ['divAndRound-single-precision-array', 'divideAndRound', { list: [1, 5, 2] }, 2.5],
  ['divAndRound-no-precision-array, half up', 'divideAndRound', { list: [0, 5, 2] }, 3],
  ['divAndRound-no-precision-array, down', 'divideAndRound', { list: [0, 4.8, 2] }, 2],
  ['split-invalid-null', 'split', { value: null }, NONE],
  ['split-invalid-string', 'split', { value: '' }, NONE],
  ['split-null-string', 'split', { args: [',', null] }, NONE],
  ['split-null-separator', 'split', { args: [null, 'test'] }, NONE],
  ['split-empty-string', 'split', { args: [',', ''] }, ['']],
  ['split-single-token-string', 'split', { args: [',', 'test'] }, ['test']],
  ['split-multi-token-string', 'split', { args: [',', 'test,TEST,Test,TeSt'] }, ['test', 'TEST', 'Test', 'TeSt']],
  ['split-spaced-token-string', 'split', { args: [',', 'test, TEST'] }, ['test', ' TEST']],
  ['split-long-separator-spaced-token-string', 'split', { args: [', ', 'test, TEST'] }, ['test', 'TEST']],
  ['split-regex-token-string', 'split', { args: ['[eE]', 'test,TEST'] }, ['t', 'st,T', 'ST']],
  ['split-regex2-token-string', 'split', { args: ['\\s+', 'test TEST  Test    TeSt'] }, ['test', 'TEST', 'Test', 'TeSt']],
  ['first-empty-array', 'firstElement', { args: [] }, NONE],
  ['first-null', 'firstElement', { value: null }, NONE],
  ['first-array', 'firstElement', { args: [1, 2, 3] }, 1],
  ['first-list', 'firstElement', { list: [1, 2, 3] }, 1],
  ['last-list', 'lastElement', { list: [1, 2, 3] }, 3],
  ['at-empty-array', 'elementAt', { args: [5] }, NONE],
  ['at-empty-null', 'elementAt', { args: [null, 1] }, NONE],
  ['at-array', 'elementAt', { args: [1, 2, 3, 1] }, 3],
  ['at-list', 'elementAt', { list: [1, 2, 3, 1] }, 3],
  ['at-list-missing', 'elementAt', { list: [5, 1, 2, 3] }, NONE],
  ['size-list', 'size', { args: [5, 1, 2, 3] }, 4],
  ['size-list-empty', 'size', { list: [] }, 0],
];

describe("modify's functions, as in Jolt's MathTest, StringsTest and ListsTest", () => {
  it.each(CASES)('%s', (_name, fn, how, expected) => {
    expect(call(fn, how)).toEqual(expected);
  });
});
