import type { Dispatcher } from 'undici';
import type { Connection } from '../connections/model.js';
import type { Clock } from '../domain/clock.js';
import { type Outbound, type Sent, send } from './send.js';
import type { TokenCache } from './token-cache.js';

/** Where an OAuth2 token endpoint's rotated tokens go (they must be kept: the old refresh token may be spent). */
export type OnTokens = (accountId: number, connection: string, clientId: string, tokens: { accessToken: string; refreshToken: string }) => Promise<void>;

/**
 * Sends a built request with what only the moment of sending knows: an OAuth2 connection's access
 * token (cached; fetched again once when the target answers 401). Other connections' credentials
 * are in the request already.
 */
export class AuthorizingSender {
  constructor(private readonly o: { outbound: Dispatcher; tokens: TokenCache; clock: Clock; onTokens: OnTokens }) {}

  async send(accountId: number, connection: Connection, request: Outbound): Promise<Sent> {
    const now = () => this.o.clock.now();
    if (connection.auth.type !== 'oauth2') return send(request, this.o.outbound, now);
    const auth = connection.auth;
    const key = `${accountId}/${connection.name}/${auth.clientId}`;
    for (let attempt = 1; ; attempt++) {
      const token = await this.o.tokens.token(key, auth, connection.timeoutMs);
      if (!token.ok) return { ok: false, failure: { category: 'config', message: `OAuth2: ${token.failure.message}` } };
      if (token.refreshToken && token.refreshToken !== (auth.grantType === 'authorization_code' ? auth.refreshToken : undefined)) {
        await this.o.onTokens(accountId, connection.name, auth.clientId, { accessToken: token.accessToken, refreshToken: token.refreshToken });
      }
      const sent = await send({ ...request, headers: { ...request.headers, authorization: `Bearer ${token.accessToken}` } }, this.o.outbound, now);
      if (sent.ok || sent.answer?.status !== 401 || attempt > 1) return sent;
      this.o.tokens.forget(key);
    }
  }
}
