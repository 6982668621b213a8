import { describe, expect, it } from 'vitest';
import { HookflowError } from '../../src/domain/errors.js';
import { STANDARD_PROPERTY_TAGS, TAG_OBJECTS, TAG_OBJECT_LABEL, type Tag, checkTagsApply } from '../../src/domain/tags.js';

const tag = (name: string, objects: Tag['objects']): [string, Tag] => [name, { name, label: name, objects, system: false }];
const known = new Map([tag('VIP', ['registration_properties', 'attendee_types']), tag('Roadshow', ['events']), tag('Orphan', [])]);
const problem = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof HookflowError) return { code: e.code, field: e.field, message: e.message, status: e.statusCode };
  }
  return null;
};

describe('applying tags', () => {
  it('accepts tags set up for the object, dropping repeats', () => {
    expect(checkTagsApply(['VIP', 'VIP'], 'attendee_types', "attendee type 'SPK'", known)).toEqual(['VIP']);
    expect(checkTagsApply([], 'events', "event 'X'", known)).toEqual([]);
  });

  it('refuses an unknown tag, naming its position', () => {
    expect(problem(() => checkTagsApply(['Roadshow', 'Gala'], 'events', "event 'X'", known))).toEqual({
      code: 'HF_UNKNOWN_REFERENCE', field: 'tags/1', message: "tags/1: tag 'Gala' does not exist", status: 422,
    });
  });

  it('refuses a tag set up for other objects, saying what it is set up for', () => {
    expect(problem(() => checkTagsApply(['VIP'], 'events', "event 'SUMMIT'", known, 'event/tags'))).toEqual({
      code: 'HF_TAG_NOT_APPLICABLE',
      field: 'event/tags/0',
      message: "event/tags/0: tag 'VIP' cannot be applied to event 'SUMMIT': it is set up for registration properties, attendee types, not events",
      status: 422,
    });
    expect(problem(() => checkTagsApply(['Orphan'], 'questions', "question 'diet'", known))?.message).toBe(
      "tags/0: tag 'Orphan' cannot be applied to question 'diet': it is set up for nothing, not questions",
    );
  });

  it('labels every object as the guide names it', () => {
    expect(TAG_OBJECTS.map((o) => TAG_OBJECT_LABEL[o])).toEqual([
      'registration statuses', 'registration properties', 'attendee types', 'events', 'questions', 'session registration statuses', 'event statuses',
      'event custom fields', 'session custom fields',
    ]);
  });

  it('gives the standard properties automatic tags named as the guide names them', () => {
    expect(STANDARD_PROPERTY_TAGS.map((t) => `${t.code}=${t.name}`)).toEqual([
      'complete=Complete', 'badge_printed=Badge Printed', 'on_to_do_list=On To Do List', 'invoice_generated=Invoice Generated', 'test=Test',
    ]);
  });
});
