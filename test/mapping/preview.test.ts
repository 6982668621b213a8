import { describe, expect, it } from 'vitest';
import { type Mapping, preview, source, text } from '../../src/mapping/index.js';
import { fixedEnv, joeAtSummit } from './joe.js';

const lead: Mapping = {
  root: 'object',
  fields: [
    { name: 'email', type: 'string', required: true, value: [source('profile.email')], transforms: ['lower'] },
    { name: 'answers', type: 'array_of_objects', each: 'registration.questions', fields: [{ name: 'q', type: 'string', value: [source('item.code')] }] },
  ],
};

describe('Preview Mapping', () => {
  it('shows the value and the JSON body the destination would receive', () => {
    const value = { email: 'matt.cash@example.com', answers: [{ q: 'diet' }, { q: 'testing' }, { q: 'topics' }] };
    expect(preview(lead, joeAtSummit, fixedEnv)).toEqual({ ok: true, value, body: JSON.stringify(value), url: 'https://target.example/' });
  });

  it('shows a form body, or a GET query string after the query the URL has', () => {
    const form = preview(lead, joeAtSummit, fixedEnv, { contentType: 'application/x-www-form-urlencoded' });
    expect(form).toMatchObject({ body: 'email=matt.cash%40example.com&answers%5B0%5D%5Bq%5D=diet&answers%5B1%5D%5Bq%5D=testing&answers%5B2%5D%5Bq%5D=topics' });
    const get = preview(lead, joeAtSummit, fixedEnv, { method: 'GET', url: 'https://crm.example/in?key=a%2Cb' });
    expect(get).toMatchObject({ body: null, url: 'https://crm.example/in?key=a%2Cb&email=matt.cash%40example.com&answers%5B0%5D%5Bq%5D=diet&answers%5B1%5D%5Bq%5D=testing&answers%5B2%5D%5Bq%5D=topics' });
  });

  it('shows headers for a header mapping, or why they cannot be headers', () => {
    const headers: Mapping = { root: 'object', fields: [{ name: 'X-Event', type: 'string', value: [source('event.code')] }, { name: 'X-Source', type: 'string', value: [text('hookflow')] }] };
    expect(preview(headers, joeAtSummit, fixedEnv, { as: 'headers' })).toEqual({ ok: true, value: { 'X-Event': 'SUMMIT', 'X-Source': 'hookflow' }, headers: { 'X-Event': 'SUMMIT', 'X-Source': 'hookflow' } });
    const nested: Mapping = { root: 'object', fields: [{ name: 'X-Lead', type: 'object', fields: [{ name: 'a', type: 'string', value: [text('b')] }] }] };
    expect(preview(nested, joeAtSummit, fixedEnv, { as: 'headers' })).toEqual({
      ok: false,
      errors: [{ code: 'invalid_header', path: '/X-Lead', message: '/X-Lead: a header cannot hold an object', category: 'validation' }],
    });
  });

  it('shows every compile error, or else every render error', () => {
    const broken: Mapping = { root: 'object', fields: [{ name: 'a', type: 'string', value: [source('profile.shoe' as never)] }, { name: 'b', type: 'number', value: [text('x')] }] };
    expect(preview(broken, joeAtSummit, fixedEnv)).toMatchObject({ ok: false, errors: [{ code: 'unknown_source', path: '/a' }] });
    const unrenderable: Mapping = { root: 'object', fields: [{ name: 'b', type: 'number', value: [text('x')] }, { name: 'c', type: 'string', required: true, value: [source('profile.phone')] }] };
    expect(preview(unrenderable, joeAtSummit, fixedEnv)).toEqual({
      ok: false,
      errors: [
        { code: 'coercion_failed', path: '/b', message: '/b: cannot be a number: "x" is not a number', category: 'validation' },
        { code: 'required_missing', path: '/c', message: '/c: is required and has no value', category: 'validation' },
      ],
    });
  });
});
