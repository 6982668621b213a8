import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../src/mapping/index.js';
import { type ListItem, LIST_READERS, resolveList, resolveSource } from '../../src/mapping/read-source.js';
import { fixedEnv, joeAtSummit } from './joe.js';

const read = (id: string, ctx: RenderContext = joeAtSummit, item?: ListItem) => {
  const reader = resolveSource(id, item !== undefined);
  if (!reader) throw new Error(`no source ${id}`);
  return reader(ctx, fixedEnv, item);
};
const registration = joeAtSummit.registration as NonNullable<RenderContext['registration']>;
const inSession: RenderContext = { ...joeAtSummit, sessionRegistration: { sessionCode: 'KEYNOTE', sessionName: 'Keynote', status: 'attended', statusTags: ['Attended', 'CPE'] } };
/** A hand-written preview sample: the required sections only, and those empty. */
const bare = {} as RenderContext;

describe('reading a source', () => {
  it('reads the standard fields of the profile, registration, event, account and flow', () => {
    expect([read('profile.firstName'), read('profile.phone'), read('registration.code'), read('registration.isTest'), read('event.isTest')]).toEqual([
      'matt', null, '75876-4308060-1172', false, false,
    ]);
    expect([read('event.startDate'), read('account.code'), read('flow.name'), read('registration.createdAt')]).toEqual([
      '2026-12-01', 'acme-events', 'Registered to Slack', '2026-11-20T09:00:00.000Z',
    ]);
  });

  it('reads the tags of the event, status, attendee type and properties as lists', () => {
    expect([read('event.tags'), read('registration.statusTags'), read('registration.attendeeTypeTags'), read('registration.propertyTags')]).toEqual([
      ['Roadshow', 'Flagship'], ['Registered'], ['VIP'], ['Complete'],
    ]);
  });

  it('reads custom fields, missing ones as nothing', () => {
    expect([read('profile.custom.tshirt'), read('event.custom.regions'), read('event.custom.budget'), read('profile.custom.nope')]).toEqual([
      'M', ['EMEA', 'APAC'], null, null,
    ]);
  });

  it('reads a property as set or not, one never set as not', () => {
    expect([read('registration.property.complete'), read('registration.property.vip_dinner'), read('registration.property.badge_printed')]).toEqual([true, false, false]);
  });

  it("reads the Test property from the registration's test flag", () => {
    const test = { ...joeAtSummit, registration: { ...registration, isTest: true, properties: { test: false } } };
    expect(read('registration.property.test', test)).toBe(true);
    expect(read('registration.property.test', { ...joeAtSummit, registration: { ...registration, properties: { test: true } } })).toBe(false);
  });

  it('reads the question and answer a tag marks, each tag its own question', () => {
    expect([read('questionTag.Diet.question'), read('questionTag.Diet.answer')]).toEqual(['Dietary needs?', 'Vegan']);
    expect([read('questionTag.Topics.question'), read('questionTag.Topics.answer')]).toEqual(['Topics', ['AI', 'Cloud']]);
    expect([read('questionTag.Shirt.question'), read('questionTag.Shirt.answer')]).toEqual([null, null]);
  });

  it('reads the first question when a tag marks two', () => {
    const twice: RenderContext = {
      ...joeAtSummit,
      answers: [
        { questionCode: 'other', questionText: 'Other', tag: null, answer: 'x' },
        { questionCode: 'diet', questionText: 'Dietary needs?', tag: 'Diet', answer: 'Vegan' },
        { questionCode: 'allergy', questionText: 'Allergies?', tag: 'Diet', answer: 'Nuts' },
      ],
    };
    expect([read('questionTag.Diet.question', twice), read('questionTag.Diet.answer', twice)]).toEqual(['Dietary needs?', 'Vegan']);
  });

  it('reads the session of a session registration change', () => {
    expect([read('session.code', inSession), read('session.name', inSession), read('session.status', inSession), read('session.statusTags', inSession)]).toEqual([
      'KEYNOTE', 'Keynote', 'attended', ['Attended', 'CPE'],
    ]);
    expect(['session.code', 'session.name', 'session.status', 'session.statusTags'].map((id) => read(id))).toEqual([null, null, null, null]);
  });

  it('reads the macros from the injected clock and ids', () => {
    expect([read('macro.now'), read('macro.today'), read('macro.nowFormatted'), read('macro.uuid')]).toEqual([
      '2026-11-24T10:05:09.000Z', '2026-11-24', '24/11/2026 10:05', 'b3f1c2d4-0000-4000-8000-000000000001',
    ]);
    const reader = resolveSource('macro.nowFormatted', false);
    expect(reader?.(joeAtSummit, { ...fixedEnv, dateFormat: undefined }, undefined)).toBe('2026-11-24 10:05:09');
  });

  it('reads a context missing whole sections as missing values, never a crash', () => {
    const ids = [
      'account.code', 'flow.name', 'event.name', 'event.tags', 'event.custom.industry', 'profile.firstName', 'profile.custom.tshirt', 'registration.code',
      'registration.statusTags', 'registration.attendeeTypeTags', 'registration.propertyTags', 'registration.property.complete', 'registration.property.test',
      'questionTag.Diet.question', 'questionTag.Diet.answer', 'session.code', 'session.statusTags',
    ];
    expect(ids.map((id) => read(id, bare))).toEqual(ids.map(() => null));
    const sections = { event: {}, profile: {}, registration: {} } as unknown as RenderContext;
    expect(['event.custom.industry', 'profile.custom.tshirt', 'registration.property.vip_dinner'].map((id) => read(id, sections))).toEqual([null, null, false]);
    expect(resolveList('registration.questions')?.(bare)).toEqual([]);
    expect(resolveList('event.questions')?.(bare)).toEqual([]);
  });

  it('reads item.* only inside a list, from the current item', () => {
    const item = { name: 'Dietary needs?', code: 'diet', answer: 'Vegan' };
    expect(resolveSource('item.name', false)).toBeNull();
    expect([read('item.name', joeAtSummit, item), read('item.code', joeAtSummit, item), read('item.answer', joeAtSummit, item)]).toEqual(['Dietary needs?', 'diet', 'Vegan']);
    expect(resolveSource('profile.firstName', true)?.(joeAtSummit, fixedEnv, item)).toBe('matt');
  });

  it('knows no source by an unknown name, nor by the names every object has', () => {
    for (const id of ['profile.shoeSize', 'constructor', 'toString', 'item.constructor', 'registration.property.', 'questionTag.Diet', 'event.custom.']) {
      expect(resolveSource(id, true)).toBeNull();
    }
    expect(resolveList('constructor')).toBeNull();
    expect(resolveList('profile.firstName')).toBeNull();
  });
});

describe('reading a list source', () => {
  it("lists the registration's answers", () => {
    expect(LIST_READERS['registration.questions'](joeAtSummit)).toEqual([
      { name: 'Dietary needs?', code: 'diet', answer: 'Vegan' },
      { name: 'Testing', code: 'testing', answer: 'Correct' },
      { name: 'Topics', code: 'topics', answer: ['AI', 'Cloud'] },
    ]);
  });

  it("lists every question of the event, with this registration's answer or none", () => {
    expect(LIST_READERS['event.questions'](joeAtSummit).map((i) => [i.code, i.name, i.answer])).toEqual([
      ['diet', 'Dietary needs?', 'Vegan'], ['testing', 'Testing', 'Correct'], ['topics', 'Topics', ['AI', 'Cloud']], ['shirt', 'Shirt size?', null],
    ]);
  });
});
