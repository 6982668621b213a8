import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/domain/postback-tags.js';

describe("a postback's body as key:value tags", () => {
  it('joins nested keys with dots, indexes arrays, and writes every value as text', () => {
    const body = JSON.stringify({ a: { b: { c: 1 } }, list: ['x', { y: false }], none: null, empty: {} });
    expect(parseBody('application/json', body)).toEqual({ ok: true, tags: { 'a.b.c': '1', 'list.0': 'x', 'list.1.y': 'false', none: '' } });
  });

  it('reads a top-level list by index', () => {
    expect(parseBody('application/json; charset=utf-8', '[{"sku":"A"}]')).toEqual({ ok: true, tags: { '0.sku': 'A' } });
  });

  it('reads a form, decoding its values and indexing a repeated key', () => {
    expect(parseBody('application/x-www-form-urlencoded', 'name=Ann+Lee&tag=a&tag=b&email=ann%40example.com')).toEqual({
      ok: true,
      tags: { name: 'Ann Lee', 'tag.0': 'a', 'tag.1': 'b', email: 'ann@example.com' },
    });
  });

  it('takes a body without a content type as JSON', () => {
    expect(parseBody(undefined, '{"a":"1"}')).toEqual({ ok: true, tags: { a: '1' } });
  });

  it('refuses a body that is neither JSON nor a form, an empty one, and JSON that is a bare value, saying why', () => {
    expect(parseBody('text/plain', 'hello')).toEqual({ ok: false, why: 'the body is neither JSON nor a form (text/plain)' });
    expect(parseBody('application/json', '')).toEqual({ ok: false, why: 'the body is empty' });
    expect(parseBody('application/json', '42')).toEqual({ ok: false, why: 'the body is JSON, but not an object or a list' });
  });
});
