import { expect, it } from 'vitest';
import { compile, parseSample, source, type TargetField, text } from '../../src/mapping/index.js';
import { SLACK_SAMPLE } from '../support/slack-sample.js';
import { fixedEnv, joeAtSummit } from './joe.js';

/** The advanced guide's "Example Mapping from Pasted JSON", end to end. */
const SAMPLE = SLACK_SAMPLE;

it('parses the pasted Slack sample into the structure of the guide\'s screenshot', () => {
  const parsed = parseSample(SAMPLE);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.mapping).toEqual({
    root: 'object',
    fields: [
      {
        name: 'attachments',
        type: 'array_of_objects',
        fields: [
          { name: 'author_name', type: 'string' },
          { name: 'color', type: 'string' },
          { name: 'pretext', type: 'string' },
          { name: 'text', type: 'string' },
          { name: 'fields', type: 'array_of_objects', fields: [{ name: 'short', type: 'string' }, { name: 'title', type: 'string' }, { name: 'value', type: 'string' }] },
          { name: 'title', type: 'string' },
        ],
      },
    ],
  });
});

it('maps it as the screenshot shows and renders the nested JSON Slack expects', () => {
  const parsed = parseSample(SAMPLE);
  if (!parsed.ok) throw new Error(parsed.message);
  // The screenshot's choices, field by field. `short` shows unquoted `true`: its type is changed
  // from the sample's string to Boolean, and the fixed text "true" coerces to it.
  const choices: Record<string, Partial<TargetField>> = {
    author_name: { value: [source('event.name')] },
    color: { value: [text('#36a64f')] },
    pretext: { value: [source('profile.firstName'), text(' '), source('profile.lastName'), text(' '), source('registration.code')] },
    text: { value: [text('Question answered by Attendee')] },
    fields: { each: 'registration.questions' },
    short: { type: 'boolean', value: [text('true')] },
    title: { value: [source('item.name')] },
    value: { value: [source('item.answer')] },
  };
  const [attachments] = parsed.mapping.fields;
  if (!attachments) throw new Error('no attachments');
  const choose = (f: TargetField): TargetField => ({ ...f, ...choices[f.name], ...(f.fields && { fields: f.fields.map(choose) }) });
  // The attachment's own title is the Registration Status (the inner fields' title is the question name).
  attachments.fields = attachments.fields?.map((f) => (f.name === 'title' ? { ...f, value: [source('registration.statusName')] } : choose(f)));

  const compiled = compile(parsed.mapping);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const matt = { ...joeAtSummit, profile: { ...joeAtSummit.profile!, firstName: 'Matt', lastName: 'Cash' } };
  expect(compiled.value.render(matt, fixedEnv)).toEqual({
    ok: true,
    value: {
      attachments: [
        {
          author_name: 'Summit 2026',
          color: '#36a64f',
          pretext: 'Matt Cash 75876-4308060-1172',
          text: 'Question answered by Attendee',
          fields: [
            { short: true, title: 'Dietary needs?', value: 'Vegan' },
            { short: true, title: 'Testing', value: 'Correct' },
            { short: true, title: 'Topics', value: 'AI, Cloud' },
          ],
          title: 'Registered',
        },
      ],
    },
  });
});
