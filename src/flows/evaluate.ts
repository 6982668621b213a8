import type { Change } from '../domain/changes.js';
import type { EventSnapshot } from '../domain/event.js';
import type { SessionSnapshot } from '../domain/event-session.js';
import type { RegistrationSnapshot } from '../domain/registration.js';
import { type KnownReferences, missingParts } from './completeness.js';
import { type FilterSubject, passes } from './filters.js';
import { type Action, type Flow, type FlowOutcome, type NotTriggeredReason, SOURCE_KINDS, isEventLevel } from './flow.js';
import type { TagIndex } from './tag-index.js';

/** Everything a flow decision needs besides the flow: the change and the current configuration. */
export interface Situation {
  change: Change;
  /** The event as it is now (for registration and session changes) or as the change left it (event changes). */
  event: EventSnapshot;
  /** The registration the change is about: its snapshot, the current one for session registration changes, none for event and session changes. */
  registration: RegistrationSnapshot | null;
  /** The session a session's change is about (as it left it), or a session registration's session as it is now. */
  session: SessionSnapshot | null;
  tags: TagIndex;
  known: KnownReferences;
}

/**
 * Whether a flow watches this change at all; flows that don't leave no outcome. The loop guard:
 * a flow never watches a change its own write-back caused (other flows may).
 */
export const watches = (flow: Flow, change: Change) => flow.source !== null && SOURCE_KINDS[flow.source].includes(change.kind) && !causedBy(flow, change);

/** The change was recorded by this flow's write-back. */
export const causedBy = (flow: Flow, change: Change) => change.origin?.flowId === flow.id;

const notTriggered = (reason: Exclude<NotTriggeredReason, 'untagged_status'>, detail: string): FlowOutcome => ({ triggered: false, reason, detail });

/** Decides, for one change and one flow that watches it, whether the flow fires and what it does. */
export function evaluateFlow(flow: Flow, s: Situation): FlowOutcome {
  if (!flow.active) return notTriggered('inactive', `flow '${flow.name}' is inactive`);
  const missing = missingParts(flow, s.known);
  if (missing.length) return notTriggered('incomplete', `flow '${flow.name}' is incomplete: it needs ${missing.join('; ')}`);
  const wantsTest = flow.mode === 'test';
  if (s.change.isTest !== wantsTest) {
    return notTriggered('live_test_mismatch', s.change.isTest ? `test data, and flow '${flow.name}' is Live` : `live data, and flow '${flow.name}' is Test`);
  }
  const inactive = activation(flow, s);
  if (inactive) return inactive;
  const subject: FilterSubject = {
    event: s.event,
    profile: s.registration?.profile ?? null,
    attendeeTypeTags: s.registration ? s.tags.attendeeType(s.event.code, s.registration.attendeeType) : [],
    postback: s.registration?.postback ?? {},
  };
  const failed = flow.filters.find((f) => !passes(f, subject));
  if (failed) return notTriggered('filtered_out', `filtered out by ${failed.field} ${failed.operator.replaceAll('_', ' ')} ${failed.values?.join(', ') ?? failed.value ?? ''}`.trim());
  return { triggered: true, actions: flow.destinations.map(toAction) };
}

const toAction = (d: Flow['destinations'][number]): Action => ({
  destination: d.name,
  connection: d.connection as string,
  payloadMapping: d.payloadMapping as string,
  headerMapping: d.headerMapping,
  ...(d.leads ? { leads: d.leads } : {}),
  ...(d.writeBack?.length ? { writeBack: d.writeBack } : {}),
});

/** The activate-for rules; null when the flow activates. */
function activation(flow: Flow, s: Situation): FlowOutcome | null {
  const { activateFor: want } = flow;
  const reg = s.registration;
  if (isEventLevel(flow.source)) {
    return requireTags(flow, 'event status', s.event.status, s.tags.eventStatus(s.event.status), want.eventStatusTags);
  }
  if (flow.source === 'session_registration_status_change') {
    // The session registration's status (every snapshot has one: a retry re-deciding under an edited source reads its change's).
    const { after } = s.change;
    // A session's change has none (a retry of a session flow's delivery re-deciding under this source).
    if (!('status' in after)) return notTriggered('not_activated', 'the change has no session registration status');
    const status = after.status;
    return requireTags(flow, 'session registration status', status, s.tags.sessionRegistrationStatus(status), want.sessionRegistrationStatusTags);
  }
  if (!reg) return notTriggered('not_activated', 'the registration no longer exists');
  if (want.registrationStatusTags.length) {
    const verdict = requireTags(flow, 'registration status', reg.status, s.tags.registrationStatus(reg.eventCode, reg.status), want.registrationStatusTags);
    if (verdict) return verdict;
  }
  if (want.registrationPropertyTags.length) {
    const have = s.tags.registrationProperties(reg.eventCode, reg.properties, reg.isTest);
    if (!have.some((t) => want.registrationPropertyTags.includes(t))) {
      return notTriggered('not_activated', `no registration property tagged ${want.registrationPropertyTags.join(' or ')} is set`);
    }
  }
  return null;
}

function requireTags(flow: Flow, what: string, code: string, have: string[], wanted: string[]): FlowOutcome | null {
  if (have.length === 0) return { triggered: false, reason: 'untagged_status', detail: `${what} '${code}' has no tags`, actions: flow.destinations.map(toAction) };
  if (!have.some((t) => wanted.includes(t))) {
    return notTriggered('not_activated', `${what} '${code}' is tagged ${have.join(', ')}, not ${wanted.join(' or ')}`);
  }
  return null;
}
