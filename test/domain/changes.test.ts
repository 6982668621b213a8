import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, type NewChange, isEventChange, isSessionChange, recordCode, recordTypeOf } from '../../src/domain/changes.js';
import { applySession, sessionChange } from '../../src/domain/event-session.js';
import { applyEvent, eventChange } from '../../src/domain/event.js';
import { sessionRegistrationChange } from '../../src/domain/session-registration.js';

const summit = applyEvent(null, 'SUMMIT', { name: 'Summit 2026' });
const created = eventChange(null, summit) as NewChange;
const workshop = sessionRegistrationChange(null, { registrationCode: 'REG-1', eventCode: 'SUMMIT', sessionCode: 'WS-1', status: 'registered' }, false) as NewChange;

describe('what a change is about', () => {
  it('an event change is about its event', () => {
    expect([isEventChange(created), recordTypeOf(created.kind), recordCode(created)]).toEqual([true, 'event', 'SUMMIT']);
  });

  it("a session registration's change is about its registration, so it keeps the registration's order", () => {
    expect(workshop.subjectCode).toBe('REG-1/WS-1');
    expect([isEventChange(workshop), recordTypeOf(workshop.kind), recordCode(workshop)]).toEqual([false, 'registration', 'REG-1']);
  });

  it("every kind but the event and session ones is about a registration; a session's is about the session of its event", () => {
    expect(CHANGE_KINDS.filter((k) => recordTypeOf(k) === 'event')).toEqual(['event.created', 'event.updated']);
    expect(CHANGE_KINDS.filter((k) => recordTypeOf(k) === 'session')).toEqual(['session.created', 'session.updated']);
    const keynote = applySession(null, 'SUMMIT', 'KEYNOTE', { name: 'Keynote' });
    const session = sessionChange(keynote, applySession(keynote, 'SUMMIT', 'KEYNOTE', { location: 'Hall A' }), false) as NewChange;
    expect(session.kind).toBe('session.updated');
    expect(sessionChange(keynote, applySession(keynote, 'SUMMIT', 'KEYNOTE', { name: 'Keynote' }), false)).toBeNull();
    expect([isEventChange(session), isSessionChange(session), recordCode(session)]).toEqual([false, true, 'SUMMIT/KEYNOTE']);
  });
});

describe('change kinds', () => {
  it('are the eight writes a flow can watch', () => {
    expect(CHANGE_KINDS).toEqual([
      'registration.created', 'registration.updated', 'registration.status_changed', 'session_registration.status_changed', 'event.created', 'event.updated',
      'session.created', 'session.updated',
    ]);
  });
});
