import { describe, expect, it } from 'vitest';
import { type SessionRegistrationSnapshot, sessionRegistrationChange } from '../../src/domain/session-registration.js';

const keynote = (status: string): SessionRegistrationSnapshot => ({ registrationCode: 'R-1', eventCode: 'SUMMIT', sessionCode: 'KEYNOTE', status });

describe('the change a session registration write records', () => {
  it('records a status change when a registration joins a session', () => {
    expect(sessionRegistrationChange(null, keynote('registered'), false)).toEqual({
      kind: 'session_registration.status_changed', subjectCode: 'R-1/KEYNOTE', eventCode: 'SUMMIT', before: null, after: keynote('registered'), isTest: false,
    });
  });

  it('records a status change with both statuses', () => {
    expect(sessionRegistrationChange(keynote('registered'), keynote('attended'), true)).toMatchObject({
      before: { status: 'registered' }, after: { status: 'attended' }, isTest: true,
    });
  });

  it('records nothing when the status sent is the one it has', () => {
    expect(sessionRegistrationChange(keynote('attended'), keynote('attended'), false)).toBeNull();
  });
});
