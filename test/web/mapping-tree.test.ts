import { describe, expect, it } from 'vitest';
import { type MappingDraft, definitionOf, placeProblems, problemsOfMessage, treeOf } from '../../web/src/pages/mappings/tree.js';

/** The guide's Slack mapping, as the editor holds it. */
const slack = (): MappingDraft => ({
  root: 'object',
  each: '',
  fields: treeOf([
    {
      name: 'attachments',
      type: 'array_of_objects',
      fields: [
        { name: 'title', type: 'string', value: [{ kind: 'source', source: 'registration.statusName' }] },
        { name: 'fields', type: 'array_of_objects', each: 'registration.questions', fields: [{ name: 'value', type: 'string', required: true, value: [{ kind: 'source', source: 'item.answer' }] }] },
      ],
    },
    { name: 'a/b', type: 'string' },
  ]),
});

const namesAt = (draft: MappingDraft, problems: { path: string; message: string }[]) => {
  const { byField, general } = placeProblems(draft, problems);
  const name = (id: string, fields = draft.fields): string | undefined => fields.map((f) => (f.id === id ? f.name : name(id, f.fields))).find(Boolean);
  return { at: [...byField.keys()].map((id) => name(id)), general };
};

describe("the Mapping editor's tree", () => {
  it('places a render problem at its field, skipping the elements’ indexes', () => {
    expect(namesAt(slack(), [{ path: '/attachments/0/fields/3/value', message: 'x' }])).toEqual({ at: ['value'], general: [] });
  });

  it('places a problem given as the request body’s path, and a pointer with an escaped slash', () => {
    expect(namesAt(slack(), [{ path: 'body/fields/0/fields/1/type', message: 'x' }]).at).toEqual(['fields']);
    expect(namesAt(slack(), [{ path: '/a~1b', message: 'x' }]).at).toEqual(['a/b']);
  });

  it('keeps a problem about the mapping as a whole, or a field it cannot find, apart', () => {
    expect(namesAt(slack(), [{ path: '/', message: 'root' }, { path: '/nothing', message: 'gone' }])).toEqual({ at: [], general: ['root', 'gone'] });
  });

  it("reads a refused save's joined messages as one problem each", () => {
    expect(problemsOfMessage("/a: unknown source 'profile.shoe'; /a: 'a' appears twice")).toEqual([
      { path: '/a', message: "/a: unknown source 'profile.shoe'" },
      { path: '/a', message: "/a: 'a' appears twice" },
    ]);
    expect(problemsOfMessage('body/fields/0/type must be one of string, number').map((p) => p.path)).toEqual(['body/fields/0/type']);
  });

  it('saves only the options each type takes', () => {
    const draft = slack();
    draft.fields[0]!.value = [{ kind: 'text', text: 'ignored' }];
    draft.fields[0]!.fields[0]!.each = 'event.questions';
    expect(definitionOf(draft).fields[0]).toEqual({
      name: 'attachments',
      type: 'array_of_objects',
      fields: [
        { name: 'title', type: 'string', value: [{ kind: 'source', source: 'registration.statusName' }] },
        { name: 'fields', type: 'array_of_objects', each: 'registration.questions', fields: [{ name: 'value', type: 'string', required: true, value: [{ kind: 'source', source: 'item.answer' }] }] },
      ],
    });
  });
});
