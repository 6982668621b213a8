import { describe, expect, it } from 'vitest';
import { compile, type Mapping, type RenderContext, source, text } from '../../src/mapping/index.js';
import { fixedEnv, joeAtSummit } from './joe.js';

describe('a compiled renderer', () => {
  it('is built once: changing the mapping afterwards does not change what it renders', () => {
    const mapping: Mapping = { root: 'object', fields: [{ name: 'code', type: 'string', value: [source('registration.code')], transforms: ['lower'] }] };
    const compiled = compile(mapping);
    if (!compiled.ok) throw new Error('does not compile');
    const field = mapping.fields[0];
    if (field) Object.assign(field, { name: 'changed', type: 'number', value: [text('x')], transforms: ['upper'] });
    expect(compiled.value.render(joeAtSummit, fixedEnv)).toEqual({ ok: true, value: { code: '75876-4308060-1172' } });
  });

  it('renders a hand-written sample context that lacks whole sections, as a preview may', () => {
    const mapping: Mapping = {
      root: 'object',
      fields: [
        { name: 'event', type: 'string', value: [source('event.name')] },
        { name: 'industry', type: 'string', value: [source('event.custom.industry')] },
        { name: 'first', type: 'string', value: [source('profile.firstName')] },
        { name: 'answers', type: 'array_of_objects', each: 'event.questions', fields: [{ name: 'a', type: 'string', value: [source('item.answer')] }] },
      ],
    };
    const sample = { account: { code: 'a' }, flow: { name: 'f' }, event: { name: 'Summit' } } as unknown as RenderContext;
    const compiled = compile(mapping);
    expect(compiled.ok && compiled.value.render(sample, fixedEnv)).toEqual({ ok: true, value: { event: 'Summit' } });
  });

  it('gives the same payload for the same context and env, render after render', () => {
    const mapping: Mapping = { root: 'object', fields: [{ name: 'id', type: 'string', value: [source('macro.uuid'), text('@'), source('macro.now')] }] };
    const compiled = compile(mapping);
    if (!compiled.ok) throw new Error('does not compile');
    const first = compiled.value.render(joeAtSummit, fixedEnv);
    expect(compiled.value.render(joeAtSummit, fixedEnv)).toEqual(first);
    expect(first).toEqual({ ok: true, value: { id: 'b3f1c2d4-0000-4000-8000-000000000001@2026-11-24T10:05:09.000Z' } });
  });
});
