import { describe, expect, it } from 'vitest';
import { compile, describeSources, listSources, type Mapping, type TargetField } from '../../src/mapping/index.js';
import { fixedEnv, joeAtSummit } from './joe.js';

const codes = { profileCustom: ['tshirt'], eventCustom: ['industry'], properties: ['vip_dinner'], questionTags: ['Diet'] };

describe('the source catalogue', () => {
  it('lists the groups of the guide, in its order', () => {
    const groups = [...new Set(describeSources(codes).map((s) => s.group))];
    expect(groups).toEqual([
      'Profile Standard Fields',
      'Profile Custom Fields',
      'Registration Standard Fields',
      'Registration Custom Question Tags',
      'Registration Standard Properties and Tags',
      'Array/List Fields',
      'Account Standard Fields',
      'Event Standard Fields',
      'Event Custom Fields',
      'Session Fields',
      'Flow Fields',
      'Macros',
    ]);
  });

  it("lists the account's own codes beside the standard sources", () => {
    const ids = describeSources(codes).map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'profile.firstName', 'profile.custom.tshirt', 'registration.attendeeType', 'questionTag.Diet.question', 'questionTag.Diet.answer',
        'registration.property.complete', 'registration.property.vip_dinner', 'registration.statusTags', 'account.code', 'event.name',
        'event.custom.industry', 'event.tags', 'flow.name', 'macro.now', 'macro.nowFormatted', 'macro.today', 'macro.uuid',
      ]),
    );
  });

  it('offers the session custom fields, and a source per tag set up for event or session custom fields', () => {
    const sources = describeSources({ ...codes, sessionCustom: ['slides'], eventFieldTags: ['Touchpoint: Related Link'], sessionFieldTags: ['Touchpoint: Related Link', 'Touchpoint: Video'] });
    expect(sources.filter((s) => s.group === 'Session Custom Fields' || s.group === 'Custom Fields by Tag').map((s) => `${s.group}: ${s.id} (${s.label})`)).toEqual([
      'Session Custom Fields: session.custom.slides (slides)',
      'Custom Fields by Tag: eventFieldByTag.Touchpoint: Related Link (Event field tagged Touchpoint: Related Link)',
      'Custom Fields by Tag: sessionFieldByTag.Touchpoint: Related Link (Session field tagged Touchpoint: Related Link)',
      'Custom Fields by Tag: sessionFieldByTag.Touchpoint: Video (Session field tagged Touchpoint: Video)',
    ]);
  });

  it('says which list an item source belongs to', () => {
    expect(listSources()).toEqual([
      {
        id: 'registration.questions',
        label: 'Registration Question List',
        items: [
          { id: 'item.name', label: 'Registration Question List > Question Name' },
          { id: 'item.code', label: 'Registration Question List > Question Code' },
          { id: 'item.answer', label: 'Registration Question List > Question Answer' },
        ],
      },
      {
        id: 'event.questions',
        label: 'Event Question List',
        items: [
          { id: 'item.name', label: 'Event Question List > Question Name' },
          { id: 'item.code', label: 'Event Question List > Question Code' },
          { id: 'item.answer', label: 'Event Question List > Question Answer' },
        ],
      },
    ]);
    expect(describeSources().filter((s) => s.group === 'Array/List Fields').map((s) => `${s.list} ${s.id}`)).toContain('event.questions item.answer');
  });

  it('offers only sources a mapping can use: each one compiles and renders', () => {
    const field = (id: string, i: number): TargetField => ({ name: `f${i}`, type: 'string', value: [{ kind: 'source', source: id }] });
    const sources = describeSources(codes);
    const mapping: Mapping = {
      root: 'object',
      fields: [
        ...sources.filter((s) => !s.list).map((s, i) => field(s.id, i)),
        ...listSources().map((l): TargetField => ({ name: l.id, type: 'array_of_objects', each: l.id, fields: l.items.map((s, i) => field(s.id, i)) })),
      ],
    };
    const compiled = compile(mapping);
    expect(compiled.ok && compiled.value.render(joeAtSummit, fixedEnv).ok).toBe(true);
  });
});
