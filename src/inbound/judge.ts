import type { InboundSource, RejectionCause } from '../domain/postback.js';
import { type Tags, parseBody } from '../domain/postback-tags.js';
import { type Headers, verify } from './verify.js';

/** What a call's verification and body make of it: accepted, with what the log keeps; or refused, saying why. */
export type Judgement =
  | { accepted: true; dedupeKey: string | null; tags: Tags; matchValue: string | null }
  | { accepted: false; cause: Exclude<RejectionCause, 'duplicate' | 'too_large'>; detail: string };

/**
 * Judges a call as of `at` (ms): on arrival, the time it arrived; processed again, still the time
 * it arrived, so that a call refused only for a wrong secret is not then refused as stale.
 */
export function judge(source: InboundSource, headers: Headers, body: Buffer, contentType: string | undefined, at: number): Judgement {
  const verdict = verify(source.verification, headers, body, at);
  if (!verdict.ok) return { accepted: false, cause: 'verification_failed', detail: verdict.why };
  const parsed = parseBody(contentType, body.toString('utf8'));
  if (!parsed.ok) return { accepted: false, cause: 'unparsable', detail: parsed.why };
  const value = parsed.tags[source.match.path]?.trim();
  return { accepted: true, dedupeKey: verdict.id, tags: parsed.tags, matchValue: value ? value : null };
}
