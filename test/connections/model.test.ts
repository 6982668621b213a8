import { describe, expect, it } from 'vitest';
import { type Connection, joinSecrets, maskConnection, maskSecret, mergeConnection, splitSecrets } from '../../src/connections/model.js';

const newSecret = () => 'whsec_generatedgeneratedgeneratedgenerated';
const basic = { url: 'https://crm.example/hook', auth: { type: 'basic' as const, username: 'joe', password: 'correct horse battery' } };

describe('the connection model', () => {
  it('fills the defaults and generates a signing secret for a new connection', () => {
    expect(mergeConnection('CRM', basic, null, newSecret)).toEqual({
      name: 'CRM',
      target: 'webhook',
      url: 'https://crm.example/hook',
      headers: {},
      contentType: 'application/json',
      method: 'POST',
      timeoutMs: 10000,
      followRedirects: false,
      maxConcurrent: 8,
      requestsPerSecond: null,
      maxRetries: 3,
      signingSecret: newSecret(),
      auth: basic.auth,
    });
  });

  it('names what a new connection lacks', () => {
    expect(() => mergeConnection('CRM', { auth: { type: 'none' } }, null, newSecret)).toThrow('body/url is required');
    expect(() => mergeConnection('CRM', { url: 'https://x', auth: { type: 'basic', username: 'joe' } }, null, newSecret)).toThrow('body/auth/password is required');
    expect(() =>
      mergeConnection('CRM', { url: 'https://x', auth: { type: 'oauth2', grantType: 'authorization_code', clientId: 'c', clientSecret: 's', accessTokenUrl: 'https://t', testConnectionUrl: 'https://t' } }, null, newSecret),
    ).toThrow('body/auth/authorizationUrl is required for grant type authorization_code');
  });

  it('creates a connection without auth as Open / No Auth, and an update without auth keeps the stored one', () => {
    expect(mergeConnection('CRM', { url: 'https://x' }, null, newSecret).auth).toEqual({ type: 'none' });
    const stored = mergeConnection('CRM', basic, null, newSecret);
    expect(mergeConnection('CRM', { timeoutMs: 2000 }, stored, newSecret).auth).toEqual(basic.auth);
  });

  it('keeps stored secrets an update leaves out or sends back masked, and other fields left out', () => {
    const stored = mergeConnection('CRM', { ...basic, timeoutMs: 2000 }, null, newSecret);
    const left = mergeConnection('CRM', { auth: { type: 'basic', username: 'ann' } }, stored, newSecret);
    expect(left.auth).toEqual({ type: 'basic', username: 'ann', password: 'correct horse battery' });
    expect(left.timeoutMs).toBe(2000);
    expect(left.signingSecret).toBe(stored.signingSecret);
    const masked = maskConnection(stored) as { signingSecret: string; auth: { password: string } };
    const echoed = mergeConnection('CRM', { signingSecret: masked.signingSecret, auth: { type: 'basic', username: 'joe', password: masked.auth.password } }, stored, newSecret);
    expect(echoed).toEqual(stored);
  });

  it('refuses a mask where no secret is stored to keep', () => {
    expect(() => mergeConnection('CRM', { url: 'https://x', auth: { type: 'basic', username: 'joe', password: '********' } }, null, newSecret)).toThrow(
      'body/auth/password is a mask, not a secret',
    );
  });

  it('drops the stored secrets when the auth type changes', () => {
    const stored = mergeConnection('CRM', basic, null, newSecret);
    expect(() => mergeConnection('CRM', { auth: { type: 'api_key', placement: 'header', name: 'X-API-Key' } }, stored, newSecret)).toThrow('body/auth/key is required');
    expect(mergeConnection('CRM', { auth: { type: 'none' } }, stored, newSecret).auth).toEqual({ type: 'none' });
  });

  it('masks secrets: the last four characters only of long ones', () => {
    expect(maskSecret('short')).toBe('********');
    expect(maskSecret('abcdefghijklmnop1234')).toBe('********1234');
    const view = maskConnection(mergeConnection('CRM', basic, null, newSecret));
    expect(view).toMatchObject({ signingSecret: '********ated', hasSigningSecret: true, auth: { password: '********tery', hasPassword: true } });
    expect(JSON.stringify(view)).not.toContain('correct horse');
  });

  it('splits the secrets from the settings, and joins them back', () => {
    const connection: Connection = mergeConnection(
      'Sales',
      {
        url: 'https://x',
        auth: { type: 'oauth2', grantType: 'authorization_code', clientId: 'cid', clientSecret: 'cs', authorizationUrl: 'https://a', accessTokenUrl: 'https://t', testConnectionUrl: 'https://m', refreshToken: 'rt' },
      },
      null,
      newSecret,
    );
    const { settings, secrets } = splitSecrets(connection);
    expect(secrets).toEqual({ signingSecret: newSecret(), clientSecret: 'cs', refreshToken: 'rt' });
    expect(JSON.stringify(settings)).not.toMatch(/"cs"|"rt"|whsec/);
    expect(joinSecrets('Sales', settings, secrets)).toEqual(connection);
  });
});

describe('the cached OAuth2 access token', () => {
  const oauth = { type: 'oauth2' as const, grantType: 'client_credentials' as const, clientId: 'c', clientSecret: 's', accessTokenUrl: 'https://t', testConnectionUrl: 'https://m' };
  const stored = { ...mergeConnection('O', { url: 'https://x', auth: oauth }, null, newSecret), auth: { ...oauth, accessToken: 'at' } };

  it('survives an update that keeps the credentials, and goes when they change', () => {
    expect(mergeConnection('O', { auth: { ...oauth, clientSecret: undefined } }, stored, newSecret).auth).toMatchObject({ accessToken: 'at', clientSecret: 's' });
    expect(mergeConnection('O', { auth: { ...oauth, scope: 'more' } }, stored, newSecret).auth).not.toHaveProperty('accessToken');
    expect(mergeConnection('O', { auth: { ...oauth, clientSecret: 's2' } }, stored, newSecret).auth).not.toHaveProperty('accessToken');
  });
});
