import { describe, expect, it } from 'vitest';
import { parseSample } from '../../src/mapping/index.js';

describe('parse sample JSON', () => {
  it('infers every JSON type of the guide', () => {
    const parsed = parseSample('{"s":"x","n":1.5,"b":false,"o":{"k":"v"},"ss":["a"],"ns":[1,2],"bs":[true],"os":[{"a":1},{"b":"x"}],"nothing":null}');
    expect(parsed).toEqual({
      ok: true,
      mapping: {
        root: 'object',
        fields: [
          { name: 's', type: 'string' },
          { name: 'n', type: 'number' },
          { name: 'b', type: 'boolean' },
          { name: 'o', type: 'object', fields: [{ name: 'k', type: 'string' }] },
          { name: 'ss', type: 'array_of_strings' },
          { name: 'ns', type: 'array_of_numbers' },
          { name: 'bs', type: 'array_of_booleans' },
          { name: 'os', type: 'array_of_objects', fields: [{ name: 'a', type: 'number' }, { name: 'b', type: 'string' }] },
          { name: 'nothing', type: 'string' },
        ],
      },
    });
  });

  it('makes the root an array of objects when the sample starts with [', () => {
    expect(parseSample('[{"email":"a"},{"email":"b","name":"B"}]')).toEqual({
      ok: true,
      mapping: { root: 'array_of_objects', fields: [{ name: 'email', type: 'string' }, { name: 'name', type: 'string' }] },
    });
  });

  it('says what is wrong with a sample that is not JSON, or not an object', () => {
    const bad = parseSample('{"a": }');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^the sample is not valid JSON: Unexpected token/);
    expect(parseSample('42')).toEqual({ ok: false, message: 'the sample must be a JSON object (or a list of objects)' });
    expect(parseSample('[1,2]')).toEqual({ ok: false, message: 'a sample that starts with [ must be a list of objects' });
  });

  it('says where a pasted sample stops being JSON, by line and column', () => {
    const bad = parseSample('{\n  "a": 1,\n  "b": tru\n}');
    expect(bad).toMatchObject({ ok: false, position: { line: 3, column: 11, offset: 22 } });
    expect(!bad.ok && bad.message).toMatch(/^the sample is not valid JSON: [\s\S]* \(line 3, column 11\)$/);
    expect(parseSample('{"a": 1,}')).toMatchObject({ ok: false, position: { line: 1, column: 9 } });
    expect(parseSample('{"a": 1} x')).toMatchObject({ ok: false, position: { line: 1, column: 10 } });
  });

  it('types a list of scalars by its first element, and a list of objects by all their keys', () => {
    const parsed = parseSample('{"ids":[null,3,"x"],"empty":[],"rows":[{"a":{"x":1}},{"a":{"y":true},"b":[["nested"]]}]}');
    expect(parsed).toEqual({
      ok: true,
      mapping: {
        root: 'object',
        fields: [
          { name: 'ids', type: 'array_of_numbers' },
          { name: 'empty', type: 'array_of_strings' },
          {
            name: 'rows',
            type: 'array_of_objects',
            fields: [
              { name: 'a', type: 'object', fields: [{ name: 'x', type: 'number' }, { name: 'y', type: 'boolean' }] },
              { name: 'b', type: 'array_of_strings' },
            ],
          },
        ],
      },
    });
  });

  it.each([
    ['a bad escape', '{"name": "Jo\\e"}', { offset: 13, line: 1, column: 14 }],
    ['a control character in a string', '{\n  "name": "Jo\te"\n}', { offset: 15, line: 2, column: 14 }],
    ['a trailing comma in a list', '[\n  {"a": 1},\n]', { offset: 14, line: 3, column: 1 }],
    ['an exponent without digits', '{"n": 1e}', { offset: 7, line: 1, column: 8 }],
    ['a misspelt literal', '{"ok": fals}', { offset: 11, line: 1, column: 12 }],
  ])('says where a sample with %s goes wrong', (_what, text, position) => {
    const bad = parseSample(text);
    expect(bad).toMatchObject({ ok: false, position });
    expect(!bad.ok && bad.message).toMatch(new RegExp(`^the sample is not valid JSON: .* \\(line ${position.line}, column ${position.column}\\)$`, 's'));
  });

  it('types a key by its first non-null value, whichever element of the list it is in', () => {
    expect(parseSample('[{"b":null},{"a":1,"b":{"p":1}},{"b":{"q":"s"}}]')).toEqual({
      ok: true,
      mapping: {
        root: 'array_of_objects',
        fields: [
          { name: 'b', type: 'object', fields: [{ name: 'p', type: 'number' }, { name: 'q', type: 'string' }] },
          { name: 'a', type: 'number' },
        ],
      },
    });
    expect(parseSample('{"flags":[null,true],"mixed":[1,{"k":true}]}')).toEqual({
      ok: true,
      mapping: { root: 'object', fields: [{ name: 'flags', type: 'array_of_booleans' }, { name: 'mixed', type: 'array_of_objects', fields: [{ name: 'k', type: 'boolean' }] }] },
    });
  });

  it('takes an empty list as a root array of objects with no fields, and refuses null', () => {
    expect(parseSample('[]')).toEqual({ ok: true, mapping: { root: 'array_of_objects', fields: [] } });
    expect(parseSample('null')).toEqual({ ok: false, message: 'the sample must be a JSON object (or a list of objects)' });
    expect(parseSample('[{"a":1},[]]')).toEqual({ ok: false, message: 'a sample that starts with [ must be a list of objects' });
  });
});
