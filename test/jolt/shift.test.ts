import { describe, expect, it } from 'vitest';
import { compileJolt } from '../../src/jolt/index.js';
import { traversalOf } from '../../src/jolt/path-elements.js';

/** Cases from Jolt's own ShiftrUnitTest (bazaarvoice/jolt, Apache-2.0), written as data. */
const shift = (spec: unknown) => compileJolt([{ operation: 'shift', spec }]);

describe('shift, as in Jolt\'s ShiftrUnitTest', () => {
  it.each([
    ['a * capture referenced as &(1,2)', { 'tuna-*-marlin-*': { 'rating-*': '&(1,2).&.value' } }, { 'tuna-A-marlin-AAA': { 'rating-BBB': 'bar' } },
      { AAA: { 'rating-BBB': { value: 'bar' } } }],
    ['a value shifted to two places', { 'tuna-*-marlin-*': { 'rating-*': ['&(1,2).&.value', 'foo'] } }, { 'tuna-A-marlin-AAA': { 'rating-BBB': 'bar' } },
      { foo: 'bar', AAA: { 'rating-BBB': { value: 'bar' } } }],
    ['an alternative key', { 'tuna|marlin': '&-write' }, { tuna: 'snapper' }, { 'tuna-write': 'snapper' }],
    ['a key made of a parent\'s capture, repeated writes gathered in a list', { 'rating-*': { '&(0,1)': { match: '&' } } },
      { 'rating-a': { a: { match: 'a-match' }, random: { match: 'noise' } }, 'rating-c': { c: { match: 'c-match' }, random: { match: 'noise' } } },
      { match: ['a-match', 'c-match'] }],
    ['list indexes from captures, padded with null', { 'tuna-*-marlin-*': { 'rating-*': 'tuna[&(1,1)].marlin[&(1,2)].&(0,1)' } },
      { 'tuna-2-marlin-3': { 'rating-BBB': 'bar' }, 'tuna-1-marlin-0': { 'rating-AAA': 'mahi' } },
      { tuna: [null, { marlin: [{ AAA: 'mahi' }] }, { marlin: [null, null, null, { BBB: 'bar' }] }] }],
  ])('%s', (_name, spec, input, expected) => {
    expect(shift(spec)(input)).toEqual(expected);
  });

  it.each([
    ['a null spec', null],
    ['a list spec', []],
    ['an empty spec', {}],
    ['an empty sub-spec', { tuna: {} }],
    ['an @ inside a key', { 'tuna-*-marlin-*': { 'rating-@': '&(1,2).&.value' } }],
    ['an @ by itself on the right', { 'tuna-*-marlin-*': { 'rating-*': '&(1,2).@.value' } }],
    ['an @( without its )', { 'tuna-*-marlin-*': { 'rating-*': '&(1,2).@(data.&(1,1).value' } }],
    ['a * on the right', { 'tuna-*-marlin-*': { 'rating-*': '&(1,2).*.value' } }],
    ['a $ on the right', { 'tuna-*-marlin-*': { 'rating-*': '&(1,2).$.value' } }],
    ['two arrays in one key', { 'tuna-*-marlin-*': { 'rating-*': ['&(1,2).photos[&(0,1)]-subArray[&(1,2)].value', 'foo'] } }],
    ['* and & in the same key', { 'tuna-*-marlin-*': { 'rating-&(1,2)-*': ['&(1,2).value', 'foo'] } }],
    ['a negative list index', { tuna: 'marlin[-1]' }],
  ])('refuses %s', (_name, spec) => {
    expect(() => shift(spec)).toThrow(expect.objectContaining({ code: 'HF_BAD_JOLT_SPEC' }));
  });

  it.each([
    ['@a', '@(0,a)'],
    ['@abc', '@(0,abc)'],
    ['@a.b.c', '@(0,a).b.c'],
    ['@(a.b\\.c)', '@(0,a.b\\.c)'],
    ['@a.b.@c', '@(0,a).b.@(0,c)'],
    ['@(a[2].&).b.@c', '@(0,a.[2].&(0,0)).b.@(0,c)'],
    ['a[&2].@b[1].c', 'a.[&(2,0)].@(0,b).[1].c'],
    ['test.@(2,foo\\.bar)', 'test.@(2,foo\\.bar)'],
  ])('reads the output path %s as %s', (dotNotation, canonical) => {
    expect(traversalOf(dotNotation, []).canonical).toBe(canonical);
  });

  it.each(['@', 'a@', '@a@b', '@(a.b.&(2,2)', '@(a.b.&(2,2).d', '@(a.b.@c).d', '@(a.*.c)', '@(a.$2.c)'])('refuses the output path %s', (dotNotation) => {
    expect(() => traversalOf(dotNotation, [])).toThrow();
  });
});
