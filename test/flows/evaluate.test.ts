import { describe, expect, it } from 'vitest';
import type { CatalogEntry, CatalogKind } from '../../src/domain/catalog.js';
import type { Change, ChangeKind } from '../../src/domain/changes.js';
import type { RegistrationSnapshot } from '../../src/domain/registration.js';
import { type Situation, evaluateFlow, watches } from '../../src/flows/evaluate.js';
import { type ActivateFor, type Flow, FLOW_SOURCES, SOURCE_KINDS } from '../../src/flows/flow.js';
import { TagIndex } from '../../src/flows/tag-index.js';
import { joeAtSummit, summit } from '../domain/fixtures.js';

const entry = (kind: CatalogKind, code: string, tags: string[], eventCode: string | null = null): CatalogEntry => ({
  kind, code, name: code, eventCode, standard: eventCode === null, tags, attributes: {},
});
const tags = new TagIndex(
  [
    entry('registration_status', 'registered', ['Registered', 'Paid']),
    entry('registration_status', 'invited', ['Invited']),
    entry('registration_property', 'vip_dinner', ['VIP'], 'SUMMIT'),
    entry('attendee_type', 'SPK', ['Speaker'], 'SUMMIT'),
    entry('session_registration_status', 'attended', ['Attended']),
    entry('event_status', 'open', ['Open']),
    entry('event_status', 'closed', ['Closed']),
  ],
  new Map([['complete', 'Complete'], ['test', 'Test']]),
);
const none: ActivateFor = { registrationStatusTags: [], registrationPropertyTags: [], sessionRegistrationStatusTags: [], eventStatusTags: [] };
const flow = (extra: Partial<Flow> = {}): Flow => ({
  id: 1, version: 1, name: 'Registered to Slack', mode: 'live', active: true, source: 'registration_status_change',
  activateFor: { ...none, registrationStatusTags: ['Registered'] }, filters: [],
  destinations: [{ name: 'Slack', connection: 'slack', action: 'webhook', payloadMapping: 'slack-message', headerMapping: null }], ...extra,
});
/** A change of `kind`; the flows read its snapshot only for session statuses (given in `extra`). */
const change = (kind: ChangeKind = 'registration.status_changed', extra: Partial<Change> = {}): Change =>
  ({ id: 7, kind, subjectCode: 'R-1', eventCode: 'SUMMIT', before: null, after: null, isTest: false, createdAt: '2026-11-24T10:00:00.000Z', ...extra }) as unknown as Change;
const known = { connections: new Set(['slack', 'crm']), mappings: new Set(['slack-message', 'crm-headers']) };
const situation = (extra: Partial<Situation> = {}): Situation => ({ change: change(), event: summit(), registration: joeAtSummit(), session: null, tags, known, ...extra });
const withReg = (extra: Partial<RegistrationSnapshot>) => situation({ registration: joeAtSummit(extra) });
const fires = { triggered: true, actions: [{ destination: 'Slack', connection: 'slack', payloadMapping: 'slack-message', headerMapping: null }] };

describe('which changes a flow watches', () => {
  it.each(FLOW_SOURCES)('a flow on the %s source watches only its own kinds of change', (source) => {
    const kinds = (['registration.created', 'registration.updated', 'registration.status_changed', 'session_registration.status_changed', 'event.created', 'event.updated', 'session.created', 'session.updated'] as const)
      .filter((k) => watches(flow({ source }), change(k)));
    expect(kinds).toEqual(SOURCE_KINDS[source]);
  });

  it('takes a registration created with a status as a status change, and an update as none', () => {
    expect(SOURCE_KINDS.registration_status_change).toEqual(['registration.created', 'registration.status_changed']);
    expect(SOURCE_KINDS.registration_create_update).toEqual(['registration.created', 'registration.updated', 'registration.status_changed']);
    expect(SOURCE_KINDS.session_registration_status_change).toEqual(['session_registration.status_changed']);
    expect(SOURCE_KINDS.event_create_update).toEqual(['event.created', 'event.updated']);
  });

  it('watches nothing without a source', () => {
    expect(watches(flow({ source: null }), change())).toBe(false);
  });
});

describe('evaluating a flow', () => {
  it('fires a complete, active Live flow for a live registration with a tagged status, with one action per destination', () => {
    const two = flow({
      destinations: [
        ...flow().destinations,
        { name: 'CRM', connection: 'crm', action: 'webhook', payloadMapping: 'slack-message', headerMapping: 'crm-headers' },
      ],
    });
    expect(evaluateFlow(two, situation())).toEqual({
      triggered: true,
      actions: [...fires.actions, { destination: 'CRM', connection: 'crm', payloadMapping: 'slack-message', headerMapping: 'crm-headers' }],
    });
  });

  it('does not fire an inactive flow', () => {
    expect(evaluateFlow(flow({ active: false }), situation())).toEqual({ triggered: false, reason: 'inactive', detail: "flow 'Registered to Slack' is inactive" });
  });

  it('never fires a saved flow whose connection has been deleted', () => {
    const gone = { ...known, connections: new Set(['crm']) };
    expect(evaluateFlow(flow(), situation({ known: gone }))).toEqual({
      triggered: false, reason: 'incomplete', detail: "flow 'Registered to Slack' is incomplete: it needs destination 'Slack': connection 'slack' no longer exists",
    });
  });

  it('never fires a saved flow whose mapping has been deleted', () => {
    const gone = { ...known, mappings: new Set<string>() };
    expect(evaluateFlow(flow(), situation({ known: gone }))).toMatchObject({ triggered: false, reason: 'incomplete', detail: expect.stringContaining("mapping 'slack-message' no longer exists") });
  });

  it('lists everything an incomplete flow needs', () => {
    expect(evaluateFlow(flow({ activateFor: none, destinations: [] }), situation())).toMatchObject({
      reason: 'incomplete', detail: "flow 'Registered to Slack' is incomplete: it needs registration status tags to activate for; a destination",
    });
  });

  it('keeps Live flows to live data and Test flows to test data', () => {
    expect(evaluateFlow(flow(), situation({ change: change(undefined, { isTest: true }) }))).toEqual({
      triggered: false, reason: 'live_test_mismatch', detail: "test data, and flow 'Registered to Slack' is Live",
    });
    expect(evaluateFlow(flow({ mode: 'test' }), situation())).toEqual({
      triggered: false, reason: 'live_test_mismatch', detail: "live data, and flow 'Registered to Slack' is Test",
    });
    expect(evaluateFlow(flow({ mode: 'test' }), situation({ change: change(undefined, { isTest: true }) }))).toEqual(fires);
  });

  describe('activating for registration tags', () => {
    it('says when the status has no tags at all, keeping the actions for the retry queue', () => {
      expect(evaluateFlow(flow(), withReg({ status: 'new' }))).toEqual({
        triggered: false, reason: 'untagged_status', detail: "registration status 'new' has no tags", actions: fires.actions,
      });
    });

    it('says which tags the status has when none is selected', () => {
      expect(evaluateFlow(flow(), withReg({ status: 'invited' }))).toEqual({
        triggered: false, reason: 'not_activated', detail: "registration status 'invited' is tagged Invited, not Registered",
      });
      expect(evaluateFlow(flow({ activateFor: { ...none, registrationStatusTags: ['Invited', 'VIP'] } }), situation())).toMatchObject({
        reason: 'not_activated', detail: "registration status 'registered' is tagged Registered, Paid, not Invited or VIP",
      });
    });

    it('matches a status with several tags when any one of them is selected', () => {
      expect(evaluateFlow(flow({ activateFor: { ...none, registrationStatusTags: ['Paid'] } }), situation())).toEqual(fires);
      expect(evaluateFlow(flow({ activateFor: { ...none, registrationStatusTags: ['Invited', 'Registered'] } }), situation())).toEqual(fires);
    });

    const both = flow({ source: 'registration_create_update', activateFor: { ...none, registrationStatusTags: ['Registered'], registrationPropertyTags: ['VIP'] } });

    it('needs both the status tags and the property tags when a flow asks for both', () => {
      expect(evaluateFlow(both, withReg({ properties: { vip_dinner: true } }))).toEqual(fires);
      expect(evaluateFlow(both, withReg({ properties: { vip_dinner: true }, status: 'invited' }))).toMatchObject({ triggered: false, reason: 'not_activated' });
      expect(evaluateFlow(both, withReg({ properties: { complete: true } }))).toEqual({
        triggered: false, reason: 'not_activated', detail: 'no registration property tagged VIP is set',
      });
    });

    it('activates for property tags alone when no status tags are selected', () => {
      const byProperty = flow({ source: 'registration_create_update', activateFor: { ...none, registrationPropertyTags: ['VIP', 'Test'] } });
      expect(evaluateFlow(byProperty, withReg({ status: 'new', properties: { vip_dinner: true } }))).toEqual(fires);
      expect(evaluateFlow(byProperty, withReg({ properties: {} }))).toMatchObject({ reason: 'not_activated', detail: 'no registration property tagged VIP or Test is set' });
    });

    it('activates nothing for a property sent as false', () => {
      const byProperty = flow({ source: 'registration_create_update', activateFor: { ...none, registrationPropertyTags: ['VIP', 'Complete'] } });
      expect(evaluateFlow(byProperty, withReg({ properties: { vip_dinner: false, complete: false } }))).toMatchObject({ triggered: false, reason: 'not_activated' });
    });

    it('reads the Test flag as the standard Test property', () => {
      const testFlow = flow({ mode: 'test', source: 'registration_create_update', activateFor: { ...none, registrationPropertyTags: ['Test'] } });
      const test = change('registration.updated', { isTest: true });
      expect(evaluateFlow(testFlow, { ...withReg({ isTest: true, properties: {} }), change: test })).toEqual(fires);
      expect(evaluateFlow(testFlow, { ...withReg({ properties: {} }), change: test })).toMatchObject({ reason: 'not_activated' });
    });

    it('does not fire for a registration that no longer exists', () => {
      expect(evaluateFlow(flow(), situation({ registration: null }))).toEqual({ triggered: false, reason: 'not_activated', detail: 'the registration no longer exists' });
    });
  });

  describe('activating for session registration and event statuses', () => {
    const sessionFlow = flow({ source: 'session_registration_status_change', activateFor: { ...none, sessionRegistrationStatusTags: ['Attended'] } });
    const sessionChange = (status: string) =>
      change('session_registration.status_changed', { after: { registrationCode: 'R-1', eventCode: 'SUMMIT', sessionCode: 'KEYNOTE', status } });

    it('reads the session status from the change, not the registration', () => {
      expect(evaluateFlow(sessionFlow, situation({ change: sessionChange('attended'), registration: joeAtSummit({ status: 'new' }) }))).toEqual(fires);
      expect(evaluateFlow(sessionFlow, situation({ change: sessionChange('registered') }))).toEqual({
        triggered: false, reason: 'untagged_status', detail: "session registration status 'registered' has no tags", actions: fires.actions,
      });
    });

    const eventFlow = flow({ source: 'event_create_update', activateFor: { ...none, eventStatusTags: ['Open'] } });

    it("reads an event flow's status from the event, with no registration", () => {
      expect(evaluateFlow(eventFlow, situation({ change: change('event.updated'), registration: null }))).toEqual(fires);
      expect(evaluateFlow(eventFlow, situation({ change: change('event.updated'), event: summit({ status: 'closed' }), registration: null }))).toEqual({
        triggered: false, reason: 'not_activated', detail: "event status 'closed' is tagged Closed, not Open",
      });
      expect(evaluateFlow(eventFlow, situation({ event: summit({ status: 'planning' }), registration: null }))).toMatchObject({ reason: 'untagged_status' });
    });

    const sessionSyncFlow = flow({ source: 'session_create_update', activateFor: { ...none, eventStatusTags: ['Open'] } });

    it("activates a session flow by its event's status tags, as an event flow", () => {
      expect(evaluateFlow(sessionSyncFlow, situation({ change: change('session.updated'), registration: null }))).toEqual(fires);
      expect(evaluateFlow(sessionSyncFlow, situation({ change: change('session.created'), event: summit({ status: 'closed' }), registration: null }))).toEqual({
        triggered: false, reason: 'not_activated', detail: "event status 'closed' is tagged Closed, not Open",
      });
    });
  });

  describe('filters', () => {
    it('fires only when every filter passes, naming the one that failed', () => {
      const filtered = flow({ filters: [{ field: 'event.location', operator: 'equals', value: 'Lisbon' }, { field: 'profile.position', operator: 'in', values: ['CEO', 'CFO'] }] });
      expect(evaluateFlow(filtered, situation())).toEqual({ triggered: false, reason: 'filtered_out', detail: 'filtered out by profile.position in CEO, CFO' });
      expect(evaluateFlow(filtered, situation({ registration: joeAtSummit({ profile: { ...joeAtSummit().profile, position: 'CFO' } }) }))).toEqual(fires);
    });

    it('names the operator of a failed filter in words', () => {
      const detail = (filter: Flow['filters'][number]) => {
        const outcome = evaluateFlow(flow({ filters: [filter] }), situation());
        return outcome.triggered ? null : outcome.detail;
      };
      expect(detail({ field: 'event.code', operator: 'not_equals', value: 'SUMMIT' })).toBe('filtered out by event.code not equals SUMMIT');
      expect(detail({ field: 'event.location', operator: 'is_empty' })).toBe('filtered out by event.location is empty');
      expect(detail({ field: 'event.endDate', operator: 'is_not_empty' })).toBe('filtered out by event.endDate is not empty');
    });

    it("filters on the tags of the registration's attendee type", () => {
      const speakers = flow({ filters: [{ field: 'attendeeType.tags', operator: 'equals', value: 'Speaker' }] });
      expect(evaluateFlow(speakers, situation())).toEqual(fires);
      expect(evaluateFlow(speakers, withReg({ attendeeType: null }))).toMatchObject({ reason: 'filtered_out' });
    });

    it('filters an event flow on the event alone', () => {
      const eventFlow = flow({
        source: 'event_create_update', activateFor: { ...none, eventStatusTags: ['Open'] }, filters: [{ field: 'event.tags', operator: 'equals', value: 'Roadshow' }],
      });
      expect(evaluateFlow(eventFlow, situation({ change: change('event.created'), registration: null }))).toEqual(fires);
    });
  });
});
