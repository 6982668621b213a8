import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type Mapping } from '../../src/mapping/index.js';
import { fixedEnv, joeAtSummit } from './joe.js';

/** Adding a case is adding a file: fixtures/valid/*.json render to `expected`, invalid/*.json fail with `errors`. */
const dir = new URL('./fixtures/', import.meta.url);
const load = (kind: string) =>
  readdirSync(new URL(`${kind}/`, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(`${kind}/${f}`, dir), 'utf8'))] as const);

const render = (mapping: Mapping, context: object = {}) => {
  const compiled = compile(mapping);
  if (!compiled.ok) return compiled;
  return compiled.value.render({ ...joeAtSummit, ...context }, fixedEnv);
};

describe('mappings that render', () => {
  it.each(load('valid'))('%s', (_name, { mapping, context, expected }) => {
    expect(render(mapping, context)).toEqual({ ok: true, value: expected });
  });
});

describe('mappings that fail, every error at once with its path', () => {
  it.each(load('invalid'))('%s', (_name, { mapping, context, errors }) => {
    const result = render(mapping, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.message)).toEqual(errors);
      expect(result.errors.every((e) => e.category === 'validation')).toBe(true);
    }
  });
});
