import { describe, expect, it } from 'vitest';
import { mergeConnection } from '../../src/connections/model.js';
import { asWritten, checkTemplates, findTokens, readFrom, renderTemplates } from '../../src/connections/tokens.js';
import { fixedEnv, joeAtSummit } from '../mapping/joe.js';

const joe = readFrom(joeAtSummit, fixedEnv);
const newSecret = () => 'whsec_generatedgeneratedgeneratedgenerated';
const save = (url: string, headers: Record<string, string> = {}, auth: Parameters<typeof mergeConnection>[1]['auth'] = { type: 'none' }) =>
  mergeConnection('CRM', { url, headers, auth }, null, newSecret);

describe('replacement tokens', () => {
  it('finds bracketed source paths, and leaves brackets without a dot alone (filter[status], ids[])', () => {
    expect(findTokens('https://crm.example/leads/[registration.code]?filter[status]=open&ids[]=1&e=[profile.email]').map((t) => t.id)).toEqual([
      'registration.code',
      'profile.email',
    ]);
  });

  it('fills the URL with percent-encoded values, so a value cannot add a parameter or a path segment', () => {
    const r = renderTemplates('https://crm.example/leads/[profile.organization]?name=[event.name]&tags=[event.tags]', {}, readFrom(
      { ...joeAtSummit, profile: { ...joeAtSummit.profile!, organization: 'A/B & Co?' } },
      fixedEnv,
    ));
    expect(r.url).toBe('https://crm.example/leads/A%2FB%20%26%20Co%3F?name=Summit%202026&tags=Roadshow%2C%20Flagship');
    expect(new URL(r.url).searchParams.get('name')).toBe('Summit 2026');
    expect(r.climbing).toBeNull();
  });

  it('reads any mapping source: custom fields, question tags, properties, macros', () => {
    const r = renderTemplates('https://x.example/[profile.custom.tshirt]/[questionTag.Diet.answer]/[registration.property.complete]/[macro.today]', {}, joe);
    expect(r.url).toBe('https://x.example/M/Vegan/true/2026-11-24');
  });

  it('renders a missing value as empty text', () => {
    const r = renderTemplates('https://x.example/p?phone=[profile.phone]', { 'X-Phone': 'tel:[profile.phone]' }, joe);
    expect(r.url).toBe('https://x.example/p?phone=');
    expect(r.headers).toEqual({ 'x-phone': 'tel:' });
  });

  it('puts header values in raw, but folds a line break to a space: a value cannot add a header', () => {
    const read = readFrom({ ...joeAtSummit, profile: { ...joeAtSummit.profile!, organization: 'Initech\r\nX-Admin: yes' } }, fixedEnv);
    const r = renderTemplates('https://x.example/', { 'X-Lead': '[profile.email] at [profile.organization]' }, read);
    expect(r.headers).toEqual({ 'x-lead': 'Matt.Cash@Example.com at Initech X-Admin: yes' });
  });

  it('sends a header value beyond ASCII as its UTF-8 bytes, which HTTP clients accept and receivers decode', () => {
    const read = readFrom({ ...joeAtSummit, profile: { ...joeAtSummit.profile!, organization: 'Zoë 李' } }, fixedEnv);
    const { headers } = renderTemplates('https://x.example/', { 'X-Org': '[profile.organization]' }, read);
    expect(Buffer.from(headers['x-org']!, 'latin1').toString('utf8')).toBe('Zoë 李');
    expect(headers['x-org']).toMatch(/^[\x00-\xff]+$/);
  });

  it("reports a path value of '.' or '..', which would climb the path; in the query it is harmless", () => {
    const read = readFrom({ ...joeAtSummit, profile: { ...joeAtSummit.profile!, organization: '..' } }, fixedEnv);
    expect(renderTemplates('https://x.example/orgs/[profile.organization]/leads', {}, read).climbing).toBe('profile.organization');
    expect(renderTemplates('https://x.example/orgs?o=[profile.organization]', {}, read).climbing).toBeNull();
  });

  it('goes as written where there is no change to read (Save & Test)', () => {
    const r = renderTemplates('https://x.example/leads/[registration.code]', { 'X-Email': '[profile.email]' }, asWritten);
    expect(r.url).toBe('https://x.example/leads/%5Bregistration.code%5D');
    expect(r.headers).toEqual({ 'x-email': '[profile.email]' });
  });

  it('names every unknown token and where it is, at once', () => {
    expect(checkTemplates('https://x.example/[registration.nope]?a=[item.code]', { 'X-A': '[profile.mail]' })).toEqual([
      { field: 'body/url', message: expect.stringContaining('body/url: unknown token [registration.nope]') },
      { field: 'body/url', message: expect.stringContaining('body/url: unknown token [item.code] (item.* exists only inside a mapping array)') },
      { field: 'body/headers/X-A', message: expect.stringContaining('body/headers/X-A: unknown token [profile.mail]') },
    ]);
  });

  it('refuses a token in the scheme or host: data must not choose where it is sent', () => {
    for (const url of ['https://[profile.custom.host]/leads', 'https://api.[profile.custom.region].example/', 'https://u:[profile.code]@x.example/']) {
      expect(checkTemplates(url, {})).toEqual([{ field: 'body/url', message: expect.stringContaining('a token cannot choose the scheme or host') }]);
    }
  });
});

describe('a connection with tokens and custom headers, when saved', () => {
  it('keeps its URL and headers as written', () => {
    const c = save('https://crm.example/leads/[registration.code]?filter[status]=open', { 'X-Lead-Email': '[profile.email]' });
    expect(c).toMatchObject({ url: 'https://crm.example/leads/[registration.code]?filter[status]=open', headers: { 'X-Lead-Email': '[profile.email]' } });
  });

  it('is refused naming an unknown token, and the field it is in', () => {
    expect(() => save('https://crm.example/leads/[registration.nope]')).toThrow(expect.objectContaining({ field: 'body/url', message: expect.stringContaining('unknown token [registration.nope]') }));
    expect(() => save('https://crm.example/', { 'X-A': '[profile.nope]' })).toThrow(expect.objectContaining({ field: 'body/headers/X-A' }));
  });

  it('refuses custom headers Hookflow or the auth writes, and a name given twice', () => {
    expect(() => save('https://x.example/', { 'Content-Type': 'text/plain' })).toThrow('body/headers/Content-Type is written by Hookflow itself');
    expect(() => save('https://x.example/', { 'Webhook-Signature': 'v1,x' })).toThrow('written by Hookflow itself');
    expect(() => save('https://x.example/', { Authorization: 'Bearer x' }, { type: 'basic', username: 'joe', password: 'p' })).toThrow("body/headers/Authorization is written by the connection's auth");
    expect(() => save('https://x.example/', { 'x-api-key': 'k' }, { type: 'api_key', key: 'k', placement: 'header', name: 'X-API-Key' })).toThrow("written by the connection's auth");
    expect(save('https://x.example/', { Authorization: 'Bearer x' }).headers).toEqual({ Authorization: 'Bearer x' });
    expect(() => save('https://x.example/', { 'X-A': '1', 'x-a': '2' })).toThrow('body/headers/x-a is given twice');
  });

  it('refuses a URL that its tokens filled in would not make valid', () => {
    expect(() => save('https://exa mple.test/[registration.code]')).toThrow('body/url must be a URL');
  });
});
