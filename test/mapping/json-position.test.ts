import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../src/mapping/json-position.js';

/** The offset where the scan stops, for one-line texts. */
const stopsAt = (text: string) => jsonErrorPosition(text)?.offset ?? null;

describe('where a JSON text goes wrong', () => {
  it.each([
    '{}', '{ }', '[]', '[ ]', '"x"', '0', '-0', '12', '-1.5', '1e5', '1E+5', '2.5e-3', 'true', 'false', 'null',
    '{"a":[1,{"b":null}],"c":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uABCD"}', ' \t\r\n{"a" : 1 , "b":[ true , false ]}\n ',
  ])('finds nothing wrong in %j', (text) => {
    expect(jsonErrorPosition(text)).toBeNull();
  });

  it.each([
    ['', 0],
    ['   ', 3],
    ['{"a":"\\x"}', 7],
    ['{"a":"\\u12G4"}', 10],
    ['{"a":"\\u12"}', 10],
    ['"\\u123"', 6],
    ['{"a":"tab\there"}', 9],
    ['{"a":"line\nbreak"}', 10],
    ['{"a":"open', 10],
    ['"\\', 2],
  ])('stops at a bad string in %j, at offset %i', (text, offset) => {
    expect(stopsAt(text)).toBe(offset);
  });

  it.each([
    ['[1,]', 3],
    ['[1 2]', 3],
    ['[1', 2],
    ['[,1]', 1],
    ['[[1],[2}', 7],
    ['{"a":[1,2],}', 11],
  ])('stops at a broken array in %j, at offset %i', (text, offset) => {
    expect(stopsAt(text)).toBe(offset);
  });

  it.each([
    ['{a:1}', 1],
    ['{"a" 1}', 5],
    ['{"a":1 "b":2}', 7],
    ['{"a":}', 5],
    ['{"a":1', 6],
    ['{,}', 1],
  ])('stops at a broken object in %j, at offset %i', (text, offset) => {
    expect(stopsAt(text)).toBe(offset);
  });

  it.each([
    ['1e', 1],
    ['1e+', 1],
    ['1.', 1],
    ['.5', 0],
    ['01', 1],
    ['-', 0],
    ['+1', 0],
    ['1.5e3.2', 5],
    ['[1E-]', 2],
  ])('stops at a broken number in %j, at offset %i', (text, offset) => {
    expect(stopsAt(text)).toBe(offset);
  });

  it.each([
    ['tru', 3],
    ['trUe', 2],
    ['fals', 4],
    ['falsy', 4],
    ['nul', 3],
    ['nill', 1],
    ['[true,nulL]', 9],
    ['True', 0],
  ])('stops at a broken literal in %j, at offset %i', (text, offset) => {
    expect(stopsAt(text)).toBe(offset);
  });

  it('stops at anything after a complete value', () => {
    expect(stopsAt('{} {}')).toBe(3);
    expect(stopsAt('1 2')).toBe(2);
  });

  it('counts lines and columns from 1, across every kind of line', () => {
    expect(jsonErrorPosition('{\n  "a": 1,\n  "b": tru\n}')).toEqual({ offset: 22, line: 3, column: 11 });
    expect(jsonErrorPosition('x')).toEqual({ offset: 0, line: 1, column: 1 });
    expect(jsonErrorPosition('[\n1,\n\n]')).toEqual({ offset: 6, line: 4, column: 1 });
    expect(jsonErrorPosition('{\r\n"a":\r\n}')).toEqual({ offset: 9, line: 3, column: 1 });
  });
});
