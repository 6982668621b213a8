import { describe, expect, it } from 'vitest';
import { compileTransforms, compileValue, transformValue } from '../../src/mapping/compile-value.js';
import type { CompileError, RenderContext, Transform, ValuePart } from '../../src/mapping/index.js';
import { source, text } from '../../src/mapping/index.js';
import { fixedEnv, joeAtSummit } from './joe.js';

const value = (parts: ValuePart[], ctx: RenderContext = joeAtSummit) => {
  const errors: CompileError[] = [];
  const read = compileValue(parts, '/title', false, errors);
  return { value: read(ctx, fixedEnv, undefined), errors };
};
const steps = (transforms: string[]) => {
  const errors: CompileError[] = [];
  return { step: compileTransforms(transforms as Transform[], '/name', errors), errors };
};
const noPosition = { ...joeAtSummit, profile: { ...joeAtSummit.profile, position: null } } as RenderContext;

describe("a field's value", () => {
  it('keeps the type of a single source: a list stays a list, a boolean a boolean', () => {
    expect(value([source('event.tags')]).value).toEqual(['Roadshow', 'Flagship']);
    expect(value([source('registration.property.complete')]).value).toBe(true);
  });

  it('is a constant when it is fixed text alone, and nothing when it has no parts', () => {
    expect(value([text('New registration')]).value).toBe('New registration');
    expect(value([]).value).toBeNull();
  });

  it('joins several parts as text, lists with commas', () => {
    expect(value([source('profile.organization'), text(' @ '), source('event.tags')]).value).toBe('Initech @ Roadshow, Flagship');
    expect(value([source('registration.property.complete'), text('/'), source('registration.property.vip_dinner')]).value).toBe('true/false');
  });

  it('leaves out the empty sources, and is missing when every source is, fixed text or not', () => {
    expect(value([text('['), source('profile.position'), text('@'), source('profile.organization')], noPosition).value).toBe('[@Initech');
    expect(value([source('profile.position'), text('  @')], noPosition).value).toBeNull();
    expect(value([source('profile.phone'), source('event.description')], noPosition).value).toBeNull();
    expect(value([text('a'), text('b')]).value).toBe('ab');
  });

  it('names an unknown source, and item.* outside a list, by the field path', () => {
    const { value: v, errors } = value([{ kind: 'source', source: 'profile.shoeSize' }, source('item.answer')]);
    expect(v).toBeNull();
    expect(errors.map((e) => [e.code, e.path, e.message])).toEqual([
      ['unknown_source', '/title', "/title: unknown source 'profile.shoeSize'"],
      ['unknown_source', '/title', "/title: unknown source 'item.answer' (item.* only inside an array over a list source)"],
    ]);
    expect(value([{ kind: 'source', source: 'profile.shoeSize' }]).value).toBeNull();
  });
});

describe("a field's transforms", () => {
  it('are none when the field has none', () => {
    expect(steps([])).toEqual({ step: null, errors: [] });
  });

  it('apply in order', () => {
    expect(steps(['proper', 'lower']).step?.('JEAN-LUC')).toBe('jean-luc');
    expect(steps(['lower', 'proper']).step?.('JEAN-LUC')).toBe('Jean-Luc');
    expect(steps(['trim', 'upper', 'trim']).step?.('  a   b ')).toBe('A B');
    expect(steps(['first_link_url', 'upper']).step?.('<a href="https://x.io/a">Agenda</a>')).toBe('HTTPS://X.IO/A');
  });

  it('name an unknown transform and the ones there are', () => {
    const { step, errors } = steps(['trim', 'shout']);
    expect(step?.(' x ')).toBe('x');
    expect(errors).toEqual([
      { code: 'unknown_transform', path: '/name', message: "/name: unknown transform 'shout' (one of lower, proper, upper, trim, first_link_title, first_link_url)", category: 'validation' },
    ]);
  });

  it('work on text: scalars become text, each element of a list is transformed, emptied elements dropped', () => {
    const upper = (s: string) => s.toUpperCase();
    expect(transformValue(upper, null)).toBeNull();
    expect(transformValue(upper, 42)).toBe('42');
    expect(transformValue(upper, true)).toBe('TRUE');
    expect(transformValue(upper, ['a', 'b'])).toEqual(['A', 'B']);
    const trim = steps(['trim']).step as (s: string) => string;
    expect(transformValue(trim, ['  ', ' AI ', ''])).toEqual(['AI']);
    expect(transformValue(trim, '   ')).toBe('');
  });
});
