import type { FastifyReply, FastifyRequest } from 'fastify';
import { HookflowError } from '../domain/errors.js';
import type { Account } from '../store/accounts.js';

declare module 'fastify' {
  interface FastifyRequest {
    account: Account;
  }
}

const SECOND = 1000;

/** The cookie a dashboard session rides on (HttpOnly, SameSite=Strict: see routes/session.ts). */
export const SESSION_COOKIE = 'hookflow_session';
/**
 * What the dashboard sends with every request that changes something. A browser sends a custom
 * header cross-site only after a CORS preflight, which this API never grants: a page elsewhere
 * cannot make a logged-in browser change anything, even where SameSite is not honoured.
 */
export const CSRF_HEADER = 'x-requested-by';
export const CSRF_VALUE = 'hookflow';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A key's lookup, shared by the requests that wait for it; `accountId` and `until` once it answered. */
interface Known {
  account: Promise<Account | null>;
  until: number;
  accountId?: number;
}

/**
 * Which account a secret (an API key, a session token) belongs to, remembered for a second: looking
 * it up costs as much as the rest of a small write. The requests that find the entry expired share
 * one lookup (32 clients in flight made up to 32 at each expiry). A key revoked through this process
 * is forgotten at once; another process sharing the database stops accepting it within that second.
 */
export class KeyCache {
  private readonly known = new Map<string, Known>();
  constructor(
    private readonly lookup: (secret: string) => Promise<Account | null>,
    private readonly ttl = SECOND,
    private readonly now: () => number = Date.now,
  ) {}

  account(key: string): Promise<Account | null> {
    const hit = this.known.get(key);
    if (hit && hit.until > this.now()) return hit.account;
    const entry: Known = { account: this.lookup(key), until: Infinity };
    this.known.set(key, entry);
    // An unknown key, or a failed lookup, is asked about again by the next request.
    const forget = () => this.known.get(key) === entry && this.known.delete(key);
    const remember = (account: Account) => Object.assign(entry, { accountId: account.id, until: this.now() + this.ttl });
    entry.account.then((account) => (account ? remember(account) : forget()), forget);
    return entry.account;
  }

  forget(key: string) {
    this.known.delete(key);
  }

  /** Lookups still in flight are forgotten too: they may have read the key before its revocation. */
  forgetAccount(accountId: number) {
    for (const [key, hit] of this.known) if (hit.accountId === undefined || hit.accountId === accountId) this.known.delete(key);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    keys: KeyCache;
    sessions: KeyCache;
  }
}

/**
 * `Authorization: Bearer <key>`, or the dashboard's session cookie; every /v1 route runs as that
 * account and sees nothing else.
 */
export async function authenticate(request: FastifyRequest, _reply: FastifyReply) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const token = bearer ? undefined : request.cookies[SESSION_COOKIE];
  if (!bearer && !token) throw new HookflowError('HF_UNAUTHORIZED', 'an API key is required: Authorization: Bearer <key>');
  if (token) refuseCrossSite(request);
  const account = bearer ? await request.server.keys.account(bearer) : await request.server.sessions.account(token as string);
  if (!account) throw new HookflowError('HF_UNAUTHORIZED', bearer ? 'the API key is unknown or revoked' : 'the session has ended: log in again');
  request.account = account;
}

/** A cookie's request that changes something must carry the dashboard's header (see `CSRF_HEADER`). */
export function refuseCrossSite(request: FastifyRequest) {
  if (SAFE_METHODS.has(request.method) || request.headers[CSRF_HEADER] === CSRF_VALUE) return;
  throw new HookflowError('HF_FORBIDDEN', `a request that changes something needs the header ${CSRF_HEADER}: ${CSRF_VALUE}`);
}
