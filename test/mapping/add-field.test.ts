import { describe, expect, it } from 'vitest';
import { addField, type Mapping } from '../../src/mapping/index.js';

/** "Let me set them up myself": fields typed in one by one. */
const slack: Mapping = {
  name: 'Slack Mapping',
  root: 'object',
  fields: [{ name: 'attachments', type: 'array_of_objects', fields: [{ name: 'title', type: 'string' }] }],
};

describe('adding a field by hand', () => {
  it('adds a field at the root, leaving the mapping it was given as it was', () => {
    const added = addField(slack, '', { name: 'channel', type: 'string' });
    expect(added.ok && added.value.fields.map((f) => f.name)).toEqual(['attachments', 'channel']);
    expect(slack.fields).toHaveLength(1);
  });

  it('adds a field to the elements of an array of objects, with or without the element index', () => {
    const viaArray = addField(slack, '/attachments', { name: 'color', type: 'string' });
    const viaElement = addField(slack, '/attachments/0', { name: 'color', type: 'string' });
    expect(viaArray).toEqual(viaElement);
    expect(viaArray.ok && viaArray.value.fields[0]?.fields?.map((f) => f.name)).toEqual(['title', 'color']);
  });

  it('refuses an empty name, a name its siblings have, and a parent that cannot hold fields', () => {
    expect(addField(slack, '/attachments', { name: 'title', type: 'number' })).toMatchObject({
      ok: false,
      errors: [{ code: 'duplicate_name', path: '/attachments/title', message: "/attachments/title: 'title' appears twice" }],
    });
    expect(addField(slack, '', { name: '', type: 'string' })).toMatchObject({ ok: false, errors: [{ code: 'missing_name' }] });
    expect(addField(slack, '/attachments/0/title', { name: 'x', type: 'string' })).toMatchObject({
      ok: false,
      errors: [{ code: 'misplaced_option', path: '/attachments/0/title' }],
    });
    expect(addField(slack, '/nowhere', { name: 'x', type: 'string' })).toMatchObject({ ok: false });
  });
});
