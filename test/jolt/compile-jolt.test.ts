import { describe, expect, it } from 'vitest';
import { ERRORS, HookflowError } from '../../src/domain/errors.js';
import { compileJolt } from '../../src/jolt/index.js';

const refusal = (spec: unknown): HookflowError => {
  try {
    compileJolt(spec);
  } catch (error) {
    if (error instanceof HookflowError) return error;
    throw error;
  }
  throw new Error('the spec was accepted');
};

describe('a Jolt spec Jolt would refuse', () => {
  it('is a 400 validation error naming the operation, its place in the chain and the spec path', () => {
    const error = refusal([
      { operation: 'shift', spec: { id: 'id' } },
      { operation: 'default', spec: { contact: { 'phone*': 'none' } } },
    ]);
    expect(error.code).toBe('HF_BAD_JOLT_SPEC');
    expect(error.statusCode).toBe(400);
    expect(ERRORS.HF_BAD_JOLT_SPEC.category).toBe('validation');
    expect(error.message).toBe("chain[1] (default): spec path 'contact.phone*': key 'phone*' is invalid: '*' keys can only contain '*'");
  });

  it('names the output path a shift may not write to', () => {
    expect(refusal([{ operation: 'shift', spec: { contacts: { '*': 'people.*' } } }]).message).toBe(
      "chain[0] (shift): spec path 'contacts.*': a path written to or read from can not contain '*' or '$': 'people.*'",
    );
  });

  it('names an unknown operation and lists the ones there are', () => {
    expect(refusal([{ operation: 'shiftr', spec: {} }]).message).toMatch(/^chain\[0\]: unknown operation 'shiftr' \(one of shift, default, /);
  });

  it('refuses what is not a chain, an empty chain and an entry without its spec', () => {
    expect(refusal({ operation: 'shift', spec: {} }).message).toBe('chain: a Jolt spec is an array of { operation, spec }');
    expect(refusal([]).message).toBe('chain: a Jolt spec needs at least one operation');
    expect(refusal([{ operation: 'remove' }]).message).toBe("chain[0] (remove): requires a 'spec'");
  });

  it('accepts the Java class names Chainr accepts, and sort without a spec', () => {
    const transform = compileJolt([{ operation: 'com.bazaarvoice.jolt.Shiftr', spec: { b: 'b', a: 'a' } }, { operation: 'sort' }]);
    expect(JSON.stringify(transform({ a: 1, b: 2 }))).toBe('{"a":1,"b":2}');
  });
});

describe('a compiled Jolt transform', () => {
  const chain = compileJolt([
    { operation: 'shift', spec: { contacts: { '*': { email: 'people[&1].email', tags: 'people[&1].tags' } } } },
    { operation: 'default', spec: { 'people[]': { '*': { tags: [] } } } },
    { operation: 'modify-overwrite-beta', spec: { people: { '*': { email: '=toLower', tags: '=squashNulls' } } } },
    { operation: 'remove', spec: { people: { '*': { missing: '' } } } },
    { operation: 'cardinality', spec: { people: { '*': { tags: 'MANY' } } } },
  ]);

  it('leaves its input exactly as it was', () => {
    const input = { contacts: [{ email: 'ANN@EXAMPLE.COM', tags: ['vip', null] }, { email: 'Bob@Example.com' }] };
    const before = structuredClone(input);
    expect(chain(input)).toEqual({ people: [{ email: 'ann@example.com', tags: ['vip'] }, { email: 'bob@example.com', tags: [] }] });
    expect(input).toEqual(before);
  });

  it('gives outputs that share nothing with each other or the spec', () => {
    const first = chain({ contacts: [{ email: 'a@x' }] }) as { people: { tags: unknown[] }[] };
    first.people[0]?.tags.push('changed');
    expect(chain({ contacts: [{ email: 'a@x' }] })).toEqual({ people: [{ email: 'a@x', tags: [] }] });
  });

  it('never throws on odd input: what does not match is simply not there', () => {
    const cyclic: Record<string, unknown> = { contacts: [] };
    cyclic.self = cyclic;
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    for (const input of [null, undefined, 0, 'text', true, [], {}, [1, [2]], { contacts: 'x' }, { contacts: [null, 3, 'y', []] }, cyclic, new Date(0), deep]) {
      expect(() => chain(input)).not.toThrow();
    }
    // As in Jolt: the shift matches nothing (null), then default makes the list it defaults into.
    expect(chain({ contacts: 'x' })).toEqual({ people: [] });
  });

  it('keeps a key named __proto__ as data', () => {
    const transform = compileJolt([{ operation: 'shift', spec: { '*': 'copy.&' } }]);
    const output = transform(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(output.copy ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
