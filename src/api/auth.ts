import type { FastifyReply, FastifyRequest } from 'fastify';
import { HookflowError } from '../domain/errors.js';
import { type Account, accountForKey } from '../store/accounts.js';
import type { Db } from '../store/schema.js';

declare module 'fastify' {
  interface FastifyRequest {
    account: Account;
  }
}

const SECOND = 1000;

/**
 * Which account a key belongs to, remembered for a second: looking it up costs as much as the rest
 * of a small write. A key revoked through this process is forgotten at once; another process
 * sharing the database stops accepting it within that second.
 */
export class KeyCache {
  private readonly known = new Map<string, { account: Account; until: number }>();
  constructor(
    private readonly db: Db,
    private readonly ttl = SECOND,
  ) {}

  async account(key: string): Promise<Account | null> {
    const hit = this.known.get(key);
    if (hit && hit.until > Date.now()) return hit.account;
    const account = await accountForKey(this.db, key);
    if (account) this.known.set(key, { account, until: Date.now() + this.ttl });
    else this.known.delete(key);
    return account;
  }

  forgetAccount(accountId: number) {
    for (const [key, hit] of this.known) if (hit.account.id === accountId) this.known.delete(key);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    keys: KeyCache;
  }
}

/** `Authorization: Bearer <key>`; every /v1 route runs as the key's account and sees nothing else. */
export async function authenticate(request: FastifyRequest, _reply: FastifyReply) {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new HookflowError('HF_UNAUTHORIZED', 'an API key is required: Authorization: Bearer <key>');
  const account = await request.server.keys.account(match[1]);
  if (!account) throw new HookflowError('HF_UNAUTHORIZED', 'the API key is unknown or revoked');
  request.account = account;
}
