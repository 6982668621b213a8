import type { FastifyReply, FastifyRequest } from 'fastify';
import { HookflowError } from '../domain/errors.js';
import { type Account, accountForKey } from '../store/accounts.js';

declare module 'fastify' {
  interface FastifyRequest {
    account: Account;
  }
}

/** `Authorization: Bearer <key>`; every /v1 route runs as the key's account and sees nothing else. */
export async function authenticate(this: unknown, request: FastifyRequest, _reply: FastifyReply) {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new HookflowError('HF_UNAUTHORIZED', 'an API key is required: Authorization: Bearer <key>');
  const account = await accountForKey(request.server.database.db, match[1]);
  if (!account) throw new HookflowError('HF_UNAUTHORIZED', 'the API key is unknown or revoked');
  request.account = account;
}
