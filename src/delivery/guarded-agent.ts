import { type LookupAddress, type LookupAllOptions, type LookupOneOptions, lookup } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { ERRORS } from '../domain/errors.js';
import type { AddressGuard } from './address-guard.js';

const SECOND = 1000;

/** A target the address guard refuses, thrown from the connection's lookup. */
export class RefusedTarget extends Error {
  readonly code = 'HF_TARGET_REFUSED';
  readonly category = ERRORS[this.code].category;
  constructor(message: string) {
    super(message);
    this.name = 'RefusedTarget';
  }
}

type LookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An undici agent (keep-alive pools per origin) whose every connection resolves its host through
 * the guard: the address checked is the address connected to, so DNS cannot be switched between
 * the check and the request.
 */
export function guardedAgent(guard: AddressGuard, connectionsPerOrigin = 16): Agent {
  const guardedLookup = (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const allowed = addresses.filter((a) => guard.refusal(a.address) === null);
      if (allowed.length === 0) {
        const refusal = guard.refusal(addresses[0]?.address ?? '') ?? 'no address';
        return callback(new RefusedTarget(`${hostname}: ${refusal}`), []);
      }
      if ((options as LookupAllOptions).all) return callback(null, allowed);
      const first = allowed[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };
  const connectThroughLookup = buildConnector({ lookup: guardedLookup as never });
  // Literal IPs never reach a lookup: the connector checks them itself, redirects included.
  const connect: buildConnector.connector = (options, callback) => {
    const host = options.hostname.replace(/^\[|\]$/g, '');
    const refusal = isIP(host) ? guard.refusal(host) : null;
    if (refusal) return callback(new RefusedTarget(refusal), null);
    return connectThroughLookup(options, callback);
  };
  return new Agent({ connections: connectionsPerOrigin, keepAliveTimeout: 10 * SECOND, connect });
}
