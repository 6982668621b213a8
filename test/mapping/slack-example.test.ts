import { expect, it } from 'vitest';
import { compile, parseSample, type TargetField } from '../../src/mapping/index.js';
import { fixedEnv, joeAtSummit } from './joe.js';

/** The advanced guide's "Example Mapping from Pasted JSON", end to end. */
const SAMPLE = `{
  "attachments": [
    {
      "author_name": "Sample Event Survey",
      "color": "#FF8C00",
      "pretext": "*Event Name:* My Test Event \`Event Survey Response\`",
      "text": "Survey responses below:",
      "fields": [
        {
          "short": "true",
          "title": "Testing",
          "value": "Correct"
        }
      ],
      "title": "Attendee: Matt Cash (75876-4308060-1172)"
    }
  ]
}`;

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
  const source = (s: string) => ({ kind: 'source' as const, source: s });
  const text = (t: string) => ({ kind: 'text' as const, text: t });
  const values: Record<string, Partial<TargetField>> = {
    author_name: { value: [source('event.name')] },
    color: { value: [text('#36a64f')] },
    pretext: { value: [source('profile.firstName'), text(' '), source('profile.lastName'), text(' '), source('registration.code')], transforms: ['proper'] },
    text: { value: [text('Question answered by Attendee')] },
    fields: { each: 'registration.questions' },
    short: { type: 'boolean', value: [text('true')] },
    title: { value: [source('item.name')] },
    value: { value: [source('item.answer')] },
  };
  const attachments = parsed.mapping.fields[0] as TargetField;
  attachments.fields = attachments.fields?.map((f) =>
    f.name === 'fields'
      ? { ...f, ...values.fields, fields: f.fields?.map((g) => ({ ...g, ...values[g.name] })) }
      : f.name === 'title'
        ? { ...f, value: [text('Registration Status: '), source('registration.status')] }
        : { ...f, ...values[f.name] },
  );
  const compiled = compile(parsed.mapping);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const rendered = compiled.value.render(joeAtSummit, fixedEnv);
  expect(rendered).toEqual({
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
          title: 'Registration Status: registered',
        },
      ],
    },
  });
});
