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

/** A key's lookup, shared by the requests that wait for it; `accountId` and `until` once it answered. */
interface Known {
  account: Promise<Account | null>;
  until: number;
  accountId?: number;
}

/**
 * Which account a key belongs to, remembered for a second: looking it up costs as much as the rest
 * of a small write. The requests that find the entry expired share one lookup (32 clients in
 * flight made up to 32 at each expiry). A key revoked through this process is forgotten at once;
 * another process sharing the database stops accepting it within that second.
 */
export class KeyCache {
  private readonly known = new Map<string, Known>();
  constructor(
    private readonly db: Db,
    private readonly ttl = SECOND,
  ) {}

  account(key: string): Promise<Account | null> {
    const hit = this.known.get(key);
    if (hit && hit.until > Date.now()) return hit.account;
    const entry: Known = { account: accountForKey(this.db, key), until: Infinity };
    this.known.set(key, entry);
    // An unknown key, or a failed lookup, is asked about again by the next request.
    const forget = () => this.known.get(key) === entry && this.known.delete(key);
    const remember = (account: Account) => Object.assign(entry, { accountId: account.id, until: Date.now() + this.ttl });
    entry.account.then((account) => (account ? remember(account) : forget()), forget);
    return entry.account;
  }

  /** Lookups still in flight are forgotten too: they may have read the key before its revocation. */
  forgetAccount(accountId: number) {
    for (const [key, hit] of this.known) if (hit.accountId === undefined || hit.accountId === accountId) this.known.delete(key);
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
