import type { Dispatcher } from 'undici';
import type { ConnectionProblem } from '../connections/classify.js';
import type { OAuth2Auth } from '../connections/model.js';
import type { Clock } from '../domain/clock.js';
import { obtainToken } from '../connections/oauth2.js';
import { exchange } from '../connections/exchange.js';

const SECOND = 1000;
/** A token is renewed this long before it expires, so no request leaves with a dying token. */
const EARLY = 30 * SECOND;
/** When the token endpoint does not say how long a token lives. */
const DEFAULT_LIFETIME = 5 * 60 * SECOND;

export type TokenResult = { ok: true; accessToken: string; refreshToken?: string } | { ok: false; failure: ConnectionProblem };

/**
 * OAuth2 access tokens per connection, kept until shortly before they expire and dropped when a
 * target answers 401, so the next request fetches a fresh one.
 */
export class TokenCache {
  private readonly tokens = new Map<string, { token: string; until: number }>();

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async token(key: string, auth: OAuth2Auth, timeoutMs: number): Promise<TokenResult> {
    const cached = this.tokens.get(key);
    if (cached && cached.until - EARLY > this.clock.now().getTime()) return { ok: true, accessToken: cached.token };
    const got = await obtainToken(auth, (url, init) => exchange(this.dispatcher, timeoutMs, { url, ...init }));
    if (!got.ok) return got;
    this.tokens.set(key, { token: got.accessToken, until: this.clock.now().getTime() + (got.expiresIn ? got.expiresIn * SECOND : DEFAULT_LIFETIME) });
    return { ok: true, accessToken: got.accessToken, ...(got.tokens.refreshToken ? { refreshToken: got.tokens.refreshToken } : {}) };
  }

  forget(key: string) {
    this.tokens.delete(key);
  }
}
