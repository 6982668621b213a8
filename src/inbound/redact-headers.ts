import type { IncomingHttpHeaders } from 'node:http';
import { type Verification, credentialHeaders } from '../domain/postback.js';

const REDACTED = '[redacted]';
/** Headers that carry credentials whatever the source says: kept out of the log in any case. */
const ALWAYS = ['authorization', 'proxy-authorization', 'cookie'];
/** Names that look like credentials: a source misconfigured (a wrong header name) must not leak its real one. */
const LOOKS_SECRET = /signature|secret|token|api[-_]?key|auth/i;

export interface SplitHeaders {
  /** As the log shows them. */
  shown: Record<string, string>;
  /** The values redacted, by name: sealed, for checking the call again once its source is fixed. */
  hidden: Record<string, string>;
}

/** A call's headers, one text value each, with their credentials taken out. */
export function redactHeaders(headers: IncomingHttpHeaders, v: Verification): SplitHeaders {
  const secret = new Set([...ALWAYS, ...credentialHeaders(v)]);
  const split: SplitHeaders = { shown: {}, hidden: {} };
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    if (secret.has(name) || LOOKS_SECRET.test(name)) {
      split.shown[name] = REDACTED;
      split.hidden[name] = value;
    } else split.shown[name] = value;
  }
  return split;
}
