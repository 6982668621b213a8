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
});
