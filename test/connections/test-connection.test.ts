import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, mergeConnection } from '../../src/connections/model.js';
import { testConnection } from '../../src/connections/test-connection.js';
import { CLOCK_START, TestClock } from '../support/clock.js';
import { type Target, closedPort, json, oauthProvider, startTarget } from './target.js';

const SIGNING_SECRET = `whsec_${Buffer.from('0123456789abcdef01234567').toString('base64')}`;
const connection = (input: Parameters<typeof mergeConnection>[1]): Connection => mergeConnection('T', input, null, () => SIGNING_SECRET);

describe('testing a connection over real HTTP', () => {
  const clock = new TestClock();
  let target: Target;
  let provider: Target;
  beforeAll(async () => {
    target = await startTarget((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/ok' });
        return res.end();
      }
      if (req.url.startsWith('/teapot')) {
        res.writeHead(418);
        return res.end('line 1\nline 2\n\nline 3\nline 4\nline 5\nline 6\n');
      }
      json(res, 200, { ok: true });
    });
    provider = await startTarget(oauthProvider({ clientId: 'cid', clientSecret: 'csecret', refreshToken: 'rt-1', rotateTo: 'rt-2' }));
  });
  afterAll(async () => {
    await target.close();
    await provider.close();
  });

  it('posts an empty JSON object, signed the Standard Webhooks way', async () => {
    const { result } = await testConnection(connection({ url: `${target.url}/hook`, auth: { type: 'none' } }), { clock });
    expect(result).toMatchObject({ ok: true, status: 200 });
    const got = target.received.at(-1)!;
    expect(got).toMatchObject({ method: 'POST', url: '/hook', body: '{}' });
    expect(got.headers['content-type']).toBe('application/json');
    const { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': sig } = got.headers;
    const expected = createHmac('sha256', Buffer.from(SIGNING_SECRET.slice(6), 'base64')).update(`${id}.${ts}.{}`).digest('base64');
    expect(sig).toBe(`v1,${expected}`);
    expect(Number(ts)).toBe(Date.parse(CLOCK_START) / 1000);
  });

  it('sends an empty form for the form content type, and nothing for a GET', async () => {
    await testConnection(connection({ url: `${target.url}/form`, contentType: 'application/x-www-form-urlencoded', auth: { type: 'none' } }), { clock });
    expect(target.received.at(-1)).toMatchObject({ method: 'POST', body: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await testConnection(connection({ url: `${target.url}/get`, method: 'GET', auth: { type: 'none' } }), { clock });
    expect(target.received.at(-1)).toMatchObject({ method: 'GET', body: '' });
    expect(target.received.at(-1)!.headers['content-type']).toBeUndefined();
  });

  it('reports a redirect as an http failure unless the connection follows redirects', async () => {
    const stay = await testConnection(connection({ url: `${target.url}/moved`, auth: { type: 'none' } }), { clock });
    expect(stay.result).toMatchObject({ ok: false, failure: { kind: 'http', status: 302 } });
    const follow = await testConnection(connection({ url: `${target.url}/moved`, method: 'GET', followRedirects: true, auth: { type: 'none' } }), { clock });
    expect(follow.result).toMatchObject({ ok: true, status: 200 });
    expect(target.received.at(-1)!.url).toBe('/ok');
  });

  it('keeps only the first five lines of an error body', async () => {
    const { result } = await testConnection(connection({ url: `${target.url}/teapot`, auth: { type: 'none' } }), { clock });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'http', status: 418, body: 'line 1\nline 2\nline 3\nline 4\nline 5' } });
  });

  it('never puts a query-string API key in a failure message', async () => {
    const port = await closedPort();
    const { result } = await testConnection(connection({ url: `http://127.0.0.1:${port}/x`, auth: { type: 'api_key', key: 'sk-very-secret', placement: 'query', name: 'api_key' } }), { clock });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'refused' } });
    expect(JSON.stringify(result)).not.toContain('sk-very-secret');
  });

  it('uses the refresh token for authorization code, and hands back the rotated one', async () => {
    const report = await testConnection(
      connection({
        url: `${target.url}/hook`,
        auth: {
          type: 'oauth2',
          grantType: 'authorization_code',
          clientId: 'cid',
          clientSecret: 'csecret',
          authorizationUrl: `${provider.url}/authorize`,
          accessTokenUrl: `${provider.url}/unused`,
          refreshTokenUrl: `${provider.url}/token`,
          testConnectionUrl: `${provider.url}/me`,
          refreshToken: 'rt-1',
        },
      }),
      { clock },
    );
    expect(report.result).toMatchObject({ ok: true, status: 200 });
    expect(report.tokens).toEqual({ accessToken: 'at-123', refreshToken: 'rt-2' });
    expect(Object.fromEntries(new URLSearchParams(provider.received.at(-2)!.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
      client_id: 'cid',
      client_secret: 'csecret',
    });
  });

  it('calls a token answer without an access token an oauth failure', async () => {
    const odd = await startTarget((_req, res) => json(res, 200, { token_type: 'Bearer' }));
    try {
      const { result } = await testConnection(
        connection({
          url: `${odd.url}/hook`,
          auth: { type: 'oauth2', grantType: 'client_credentials', clientId: 'c', clientSecret: 's', accessTokenUrl: `${odd.url}/token`, testConnectionUrl: `${odd.url}/me` },
        }),
        { clock },
      );
      expect(result).toMatchObject({ ok: false, failure: { kind: 'oauth', status: 200 } });
      if (!result.ok) expect(result.failure.message).toContain('gave no access_token');
    } finally {
      await odd.close();
    }
  });

  it('measures the duration with the clock it is given', async () => {
    let t = 1000;
    const { result } = await testConnection(connection({ url: `${target.url}/hook`, auth: { type: 'none' } }), { clock: { now: () => new Date((t += 40)) } });
    expect(result.durationMs).toBe(80);
  });
});
