/**
 * Postbacks (issue 13): calls a publisher makes to Hookflow. Each arrives at an inbound source's
 * own unguessable URL, is verified the way the source says, and is written to the postback log
 * before it is answered; its body's key:value tags are then attached to the registration the
 * source's match key names, which records a change the flows watch.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A signed call's timestamp must be this close to the time it arrives (Standard Webhooks' tolerance). */
export const TIMESTAMP_TOLERANCE = 5 * MINUTE;
/** How long a postback waits for its registration to appear, unless the source says otherwise. */
export const DEFAULT_HOLD = 24 * HOUR;
export const MAX_HOLD = 30 * 24 * HOUR;

export const HMAC_ALGORITHMS = ['sha256', 'sha512'] as const;
export const HMAC_ENCODINGS = ['hex', 'base64'] as const;

/**
 * How a source checks who is calling. Secrets (`secret`, `password`, `key`) are sealed at rest
 * and never shown back. `idHeader` names a header carrying the call's own id, for duplicates.
 */
export type Verification =
  | { type: 'none' }
  /** Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature `v1,<base64>` over `id.timestamp.body`. */
  | { type: 'standard_webhooks'; secret: string }
  /**
   * An HMAC of the body (`<timestamp>.<body>` when a timestamp header is named), in a header of
   * the source's choosing, optionally prefixed (`sha256=`): the template most providers share.
   */
  | {
      type: 'hmac';
      secret: string;
      algorithm: (typeof HMAC_ALGORITHMS)[number];
      encoding: (typeof HMAC_ENCODINGS)[number];
      header: string;
      prefix?: string;
      timestampHeader?: string;
      idHeader?: string;
    }
  | { type: 'basic'; username: string; password: string; idHeader?: string }
  | { type: 'api_key'; header: string; key: string; idHeader?: string };

export type VerificationType = Verification['type'];
export const VERIFICATION_TYPES: readonly VerificationType[] = ['none', 'standard_webhooks', 'hmac', 'basic', 'api_key'];

/** Which registration a postback is for: the one whose code, or every one whose person's email, is at `path` of the body's tags. */
export interface MatchKey {
  by: 'code' | 'email';
  /** A tag's key: `registration_code`, `lead.email`, `items.0.ref`. */
  path: string;
}

export interface InboundSource {
  id: number;
  name: string;
  token: string;
  verification: Verification;
  match: MatchKey;
  /** Milliseconds a postback waits for its registration before it expires. */
  holdMs: number;
}

/** The headers that carry credentials: never stored as they came (they are redacted, or sealed for a later check). */
export function credentialHeaders(v: Verification): string[] {
  switch (v.type) {
    case 'none':
      return [];
    case 'standard_webhooks':
      return ['webhook-signature'];
    case 'hmac':
      return [v.header.toLowerCase()];
    case 'basic':
      return ['authorization'];
    case 'api_key':
      return [v.header.toLowerCase()];
  }
}

/** Why a call was refused, each with the status it was answered with. */
export const REJECTION_STATUS = {
  verification_failed: 401,
  unparsable: 400,
  too_large: 413,
  /** Answered 200: the sender's retry of a call already accepted is not an error to it. */
  duplicate: 200,
} as const;
export type RejectionCause = keyof typeof REJECTION_STATUS;
export const REJECTION_CAUSES = Object.keys(REJECTION_STATUS) as RejectionCause[];

/**
 * Where a postback stands. Accepted: written, waiting for the runner. Attached: its tags are on
 * the registrations named. Held: none matched yet; waits until `holdUntil`. Expired: none
 * appeared in time. Unmatched: the body lacks the source's match key. Rejected: refused on arrival.
 */
export type PostbackState =
  | { outcome: 'accepted' }
  | { outcome: 'attached'; registrations: string[] }
  | { outcome: 'held'; holdUntil: string }
  | { outcome: 'expired' }
  | { outcome: 'unmatched' }
  | { outcome: 'rejected'; cause: RejectionCause };

export type PostbackOutcome = PostbackState['outcome'];
export const POSTBACK_OUTCOMES: readonly PostbackOutcome[] = ['accepted', 'attached', 'held', 'expired', 'unmatched', 'rejected'];

/** Processed again on request: refused ones once the source is fixed, and those whose registration never came. */
export const REPROCESSABLE = (s: PostbackState) =>
  (s.outcome === 'rejected' && s.cause === 'verification_failed') || s.outcome === 'held' || s.outcome === 'expired' || s.outcome === 'unmatched';
