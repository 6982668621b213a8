import { describe, expect, it } from 'vitest';
import { encodeForm, encodePayload, encodeQuery, renderHeaders } from '../../src/mapping/index.js';

const lead = { FirstName: 'Matt', tags: ['AI', 'Cloud'], address: { city: 'Lisbon', geo: { lat: 38.7 } }, items: [{ q: 'Diet', a: 'Vegan' }], optIn: true };

describe('encodings', () => {
  it('form-encodes nested keys in bracket notation', () => {
    expect(decodeURIComponent(encodeForm(lead))).toBe(
      'FirstName=Matt&tags[0]=AI&tags[1]=Cloud&address[city]=Lisbon&address[geo][lat]=38.7&items[0][q]=Diet&items[0][a]=Vegan&optIn=true',
    );
    expect(encodeForm({ note: 'a&b=c d' })).toBe('note=a%26b%3Dc+d');
  });

  it('sends a GET mapping as a query string after the parameters the URL has', () => {
    expect(encodeQuery('https://crm.example/hook?token=abc', { email: 'm@x.io', address: { city: 'Lisbon' } })).toBe(
      'https://crm.example/hook?token=abc&email=m%40x.io&address%5Bcity%5D=Lisbon',
    );
  });

  it('keeps the query the URL already has byte for byte, and its #fragment last', () => {
    expect(encodeQuery('https://crm.example/hook?sig=a%2Cb&x=1+2', { a: 'b c' })).toBe('https://crm.example/hook?sig=a%2Cb&x=1+2&a=b+c');
    expect(encodeQuery('https://crm.example/hook?', { a: 1 })).toBe('https://crm.example/hook?a=1');
    expect(encodeQuery('https://crm.example/hook#top', { a: 1 })).toBe('https://crm.example/hook?a=1#top');
    expect(encodeQuery('https://crm.example/hook?x=1', {})).toBe('https://crm.example/hook?x=1');
  });

  it('leaves out missing values and empty lists from a form', () => {
    expect(encodeForm({ a: null, b: [], c: { d: undefined }, e: 0, f: false })).toBe('e=0&f=false');
  });

  it('encodes a payload for each connection kind', () => {
    expect(encodePayload({ a: 1 }, 'POST', 'application/json', 'https://x.example/')).toEqual({ url: 'https://x.example/', body: '{"a":1}' });
    expect(encodePayload({ a: 1 }, 'POST', 'application/x-www-form-urlencoded', 'https://x.example/')).toEqual({ url: 'https://x.example/', body: 'a=1' });
    expect(encodePayload({ a: 1 }, 'GET', 'application/json', 'https://x.example/')).toEqual({ url: 'https://x.example/?a=1', body: null });
  });

  it('renders a header mapping to flat string headers', () => {
    expect(renderHeaders({ 'X-Account': 'acme', 'X-Count': 3, 'X-Tags': ['a', 'b'], 'X-Flag': false })).toEqual({
      ok: true,
      headers: { 'X-Account': 'acme', 'X-Count': '3', 'X-Tags': 'a, b', 'X-Flag': 'false' },
    });
  });

  it('refuses headers that cannot be headers, naming every one', () => {
    const refused = renderHeaders({ 'Bad Name': 'x', 'X-Obj': { a: 1 }, 'X-Objs': [{ a: 1 }], 'X-Inject': 'a\r\nSet-Cookie: x', 'X-Fine': 'ok' });
    expect(refused).toEqual({
      ok: false,
      message:
        "/Bad Name: 'Bad Name' is not a valid header name; /X-Obj: a header cannot hold an object; /X-Objs: a header cannot hold an object; /X-Inject: a header value cannot contain a line break or a NUL character",
      problems: [
        { path: '/Bad Name', message: "/Bad Name: 'Bad Name' is not a valid header name" },
        { path: '/X-Obj', message: '/X-Obj: a header cannot hold an object' },
        { path: '/X-Objs', message: '/X-Objs: a header cannot hold an object' },
        { path: '/X-Inject', message: '/X-Inject: a header value cannot contain a line break or a NUL character' },
      ],
    });
  });

  it('leaves out headers with no value, and refuses a header mapping that is not an object', () => {
    expect(renderHeaders({ 'X-None': null, 'X-Some': 'y' })).toEqual({ ok: true, headers: { 'X-Some': 'y' } });
    expect(renderHeaders([{ a: 1 }])).toMatchObject({ ok: false, message: '/: a header mapping must render to an object (its root type must be object)' });
  });
});
