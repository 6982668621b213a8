import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OAuth2Auth } from '../../src/connections/model.js';
import { TokenCache } from '../../src/delivery/token-cache.js';
import { type Target, json, startTarget } from '../connections/target.js';
import { TestClock } from '../support/clock.js';

const SECOND = 1000;

describe('OAuth2 tokens kept between deliveries', () => {
  let provider: Target;
  const agent = new Agent();
  let issued = 0;
  /** How long the provider says its tokens live; undefined: it does not say. */
  let expiresIn: number | undefined;
  beforeAll(async () => {
    provider = await startTarget((_req, res) => json(res, 200, { access_token: `tok-${++issued}`, ...(expiresIn ? { expires_in: expiresIn } : {}) }));
  });
  afterAll(async () => {
    await provider.close();
    await agent.close();
  });
  const auth = (): OAuth2Auth => ({ type: 'oauth2', grantType: 'client_credentials', clientId: 'c', clientSecret: 's', accessTokenUrl: `${provider.url}/token`, testConnectionUrl: `${provider.url}/me` });
  const tokenOf = async (cache: TokenCache) => {
    const got = await cache.token('1/crm', auth(), 1000);
    return got.ok ? got.accessToken : got.failure.message;
  };

  it('reuses a token until 30 seconds before it expires, then fetches a new one', async () => {
    expiresIn = 60;
    const clock = new TestClock();
    const cache = new TokenCache(agent, clock);
    const first = await tokenOf(cache);
    clock.advance(30 * SECOND - 1);
    expect(await tokenOf(cache)).toBe(first);
    clock.advance(1);
    expect(await tokenOf(cache)).not.toBe(first);
  });

  it('keeps a token for 5 minutes when the provider does not say how long it lives', async () => {
    expiresIn = undefined;
    const clock = new TestClock();
    const cache = new TokenCache(agent, clock);
    const first = await tokenOf(cache);
    clock.advance(4.5 * 60 * SECOND - 1);
    expect(await tokenOf(cache)).toBe(first);
    clock.advance(1);
    expect(await tokenOf(cache)).not.toBe(first);
  });
});
