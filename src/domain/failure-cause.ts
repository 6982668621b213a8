import type { FailureCategory, Unreachable } from './failure.js';

/**
 * What an attempt most likely ran into, in the monitoring guide's words ("What to Do If You See
 * Failures"): the pattern a person recognises, with what to do about it. Derived from the failure's
 * category, the status the target answered and how it could not be reached; stored on each attempt,
 * so alerts and the history read it without parsing answers.
 */
export const FAILURE_CAUSES = [
  'credentials',
  'url_changed',
  'target_down',
  'target_api_changed',
  'rate_limited',
  'mapping',
  'configuration',
  'source_missing',
  'internal',
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export interface CauseInput {
  category: FailureCategory;
  /** The status the target answered, when it answered. */
  httpStatus?: number | null;
  unreachable?: Unreachable | null;
}

export function causeOf({ category, httpStatus, unreachable }: CauseInput): FailureCause {
  if (unreachable === 'dns') return 'url_changed';
  if (unreachable) return 'target_down';
  if (httpStatus !== undefined && httpStatus !== null) return causeOfStatus(httpStatus);
  switch (category) {
    case 'validation':
      return 'mapping';
    case 'config':
      return 'configuration';
    case 'platform_api':
      return 'source_missing';
    case 'connection':
      return 'target_down';
    case 'system':
      return 'internal';
  }
}

function causeOfStatus(status: number): FailureCause {
  if (status === 401 || status === 403 || status === 407) return 'credentials';
  if (status === 404 || status === 410 || (status >= 300 && status < 400)) return 'url_changed';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status >= 500) return 'target_down';
  return 'target_api_changed';
}

/** The plain words shown beside a failure: what probably happened, and what to do. */
export const CAUSE_ADVICE: Record<FailureCause, { likely: string; whatToDo: string }> = {
  credentials: {
    likely: 'The target refused our credentials: someone changed the API key or revoked access.',
    whatToDo: "Update the connection's credentials, Save & Test it, then resubmit the failed deliveries.",
  },
  url_changed: {
    likely: "The target's address no longer answers as it did: its URL or API version changed, or the host name no longer resolves.",
    whatToDo: "Check the connection's URL with the target's administrator, Save & Test it, then resubmit.",
  },
  target_down: {
    likely: 'The target is down or overloaded (no connection, a timeout, or a server error).',
    whatToDo: "Nothing, if it recovers: retries deliver on their own. If it lasts, check the target's status page.",
  },
  target_api_changed: {
    likely: 'The target rejected the data it used to accept: its API may have changed, or a field has a value it does not allow.',
    whatToDo: "Read the target's answer on the attempt, fix the mapping or the record, then resubmit.",
  },
  rate_limited: {
    likely: 'The target asked us to slow down.',
    whatToDo: "Nothing: retries wait as long as the target asks. Lower the connection's requests per second if it keeps happening.",
  },
  mapping: {
    likely: 'The mapping could not build a valid payload from this record (a required field had no value).',
    whatToDo: 'Fill in the field on the record, or change the mapping, then resubmit.',
  },
  configuration: {
    likely: 'Something in the set-up stops this delivery: an untagged status, an inactive flow, or a missing connection.',
    whatToDo: "Fix what the message names (tag the status, activate the flow); the retry then succeeds on its own.",
  },
  source_missing: {
    likely: 'The record this delivery was about no longer exists in the platform.',
    whatToDo: 'Nothing to deliver: check whether the registration or event was deleted on purpose.',
  },
  internal: {
    likely: "Hookflow itself failed while working on this delivery.",
    whatToDo: 'Resubmit it; if it fails again, report the message to whoever runs Hookflow.',
  },
};
