import { describe, expect, it } from 'vitest';
import { EVENT_STANDARD_FIELDS, applyEvent, eventChange } from '../../src/domain/event.js';
import { summit } from './fixtures.js';

describe('applying an event upsert', () => {
  it('starts a new event as live, in planning, named by its code, with nothing else set', () => {
    expect(applyEvent(null, 'BARE', {})).toEqual({
      code: 'BARE', name: 'BARE', isTest: false, status: 'planning', customFields: {}, tags: [],
      startDate: null, endDate: null, location: null, timezone: null, description: null,
    });
  });

  it('has the standard fields of the guide', () => {
    expect(EVENT_STANDARD_FIELDS).toEqual(['startDate', 'endDate', 'location', 'timezone', 'description']);
  });

  it('keeps fields left out of an update, and clears those sent as null', () => {
    expect(applyEvent(summit(), 'SUMMIT', {})).toEqual(summit());
    expect(applyEvent(summit(), 'SUMMIT', { location: null, status: 'closed' })).toEqual(summit({ location: null, status: 'closed' }));
  });

  it('keeps the custom fields a partial update does not send', () => {
    const before = summit({ customFields: { industry: 'Tech', region: ['EMEA'] } });
    expect(applyEvent(before, 'SUMMIT', { customFields: { region: ['APAC'] } }).customFields).toEqual({ industry: 'Tech', region: ['APAC'] });
    expect(applyEvent(before, 'SUMMIT', { customFields: { industry: null } }).customFields).toEqual({ industry: null, region: ['EMEA'] });
  });

  it('leaves the stored event as it was', () => {
    const before = summit();
    applyEvent(before, 'SUMMIT', { name: 'Renamed', customFields: { industry: 'Health' } });
    expect(before).toEqual(summit());
  });
});

describe('the change an event write records', () => {
  it('records nothing when the event is unchanged', () => {
    expect(eventChange(summit(), summit())).toBeNull();
    expect(eventChange(summit(), applyEvent(summit(), 'SUMMIT', { status: 'open' }))).toBeNull();
  });

  it('records a creation, then an update, with before and after', () => {
    expect(eventChange(null, summit())).toEqual({ kind: 'event.created', subjectCode: 'SUMMIT', eventCode: 'SUMMIT', before: null, after: summit(), isTest: false });
    const after = summit({ status: 'closed' });
    expect(eventChange(summit(), after)).toEqual({ kind: 'event.updated', subjectCode: 'SUMMIT', eventCode: 'SUMMIT', before: summit(), after, isTest: false });
  });

  it('marks the changes of a test event as test data', () => {
    expect(eventChange(null, summit({ isTest: true }))?.isTest).toBe(true);
  });
});
