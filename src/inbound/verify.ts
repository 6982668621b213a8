import { createHmac, timingSafeEqual } from 'node:crypto';
import { TIMESTAMP_TOLERANCE, type Verification } from '../domain/postback.js';

/** A call's headers, names in lower case (as Node gives them), one value each. */
export type Headers = Record<string, string | undefined>;

/** Verified, with the id that makes a second delivery of it a duplicate (null: nothing identifies it); or refused, saying why. */
export type Verdict = { ok: true; id: string | null } | { ok: false; why: string };

/**
 * Checks a call against its source's verification, as of `now` (ms): credentials compared in
 * constant time, a signed call's timestamp within five minutes of `now`. Pure but for the HMACs.
 */
export function verify(v: Verification, headers: Headers, body: Buffer, now: number): Verdict {
  switch (v.type) {
    case 'none':
      return { ok: true, id: null };
    case 'standard_webhooks':
      return standardWebhooks(v.secret, headers, body, now);
    case 'hmac':
      return hmac(v, headers, body, now);
    case 'basic': {
      const expected = `Basic ${Buffer.from(`${v.username}:${v.password}`).toString('base64')}`;
      return headers.authorization === undefined
        ? refuse('no authorization header')
        : sameSecret(headers.authorization, expected)
          ? idFrom(headers, v.idHeader)
          : refuse('the username or password is wrong');
    }
    case 'api_key': {
      const sent = headers[v.header.toLowerCase()];
      if (sent === undefined) return refuse(`no ${v.header} header`);
      return sameSecret(sent, v.key) ? idFrom(headers, v.idHeader) : refuse(`the ${v.header} header holds the wrong key`);
    }
  }
}

const refuse = (why: string): Verdict => ({ ok: false, why });
const idFrom = (headers: Headers, idHeader: string | undefined): Verdict => ({ ok: true, id: (idHeader && headers[idHeader.toLowerCase()]) || null });

/** Equal-length buffers for timingSafeEqual: lengths differing is itself a mismatch, found without comparing contents early. */
function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A timestamp in seconds since the epoch, close enough to `now`; null when it is. */
function staleness(timestamp: string | undefined, now: number): string | null {
  if (timestamp === undefined) return 'no timestamp header';
  if (!/^\d{1,12}$/.test(timestamp)) return `the timestamp '${timestamp.slice(0, 40)}' is not seconds since the epoch`;
  const skew = Math.abs(now - Number(timestamp) * 1000);
  return skew > TIMESTAMP_TOLERANCE ? `the timestamp is ${Math.round(skew / 1000)} s away from now (more than ${TIMESTAMP_TOLERANCE / 1000} s): stale or replayed` : null;
}

function standardWebhooks(secret: string, headers: Headers, body: Buffer, now: number): Verdict {
  const id = headers['webhook-id'];
  const signatures = headers['webhook-signature'];
  if (!id || !signatures) return refuse(!id ? 'no webhook-id header' : 'no webhook-signature header');
  const stale = staleness(headers['webhook-timestamp'], now);
  if (stale) return refuse(stale);
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${headers['webhook-timestamp']}.`).update(body).digest('base64');
  // Several signatures, space-separated, while a sender rotates its secret: any one that matches will do.
  const matched = signatures.split(' ').some((s) => s.startsWith('v1,') && sameSecret(s.slice(3), expected));
  return matched ? { ok: true, id } : refuse('no signature in webhook-signature matches');
}

function hmac(v: Extract<Verification, { type: 'hmac' }>, headers: Headers, body: Buffer, now: number): Verdict {
  const sent = headers[v.header.toLowerCase()];
  if (sent === undefined) return refuse(`no ${v.header} header`);
  const mac = createHmac(v.algorithm, v.secret);
  if (v.timestampHeader) {
    const timestamp = headers[v.timestampHeader.toLowerCase()];
    const stale = staleness(timestamp, now);
    if (stale) return refuse(stale);
    mac.update(`${timestamp}.`);
  }
  const expected = `${v.prefix ?? ''}${mac.update(body).digest(v.encoding)}`;
  if (!sameSecret(sent.trim(), expected)) return refuse(`the ${v.header} header does not match the body's ${v.algorithm} HMAC`);
  // Without an id header, the signature identifies the call: the same body signed again is the same call.
  return { ok: true, id: (v.idHeader && headers[v.idHeader.toLowerCase()]) || expected };
}
