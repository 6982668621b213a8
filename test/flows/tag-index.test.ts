import { describe, expect, it } from 'vitest';
import type { CatalogEntry, CatalogKind } from '../../src/domain/catalog.js';
import { TagIndex } from '../../src/flows/tag-index.js';

const entry = (kind: CatalogKind, code: string, tags: string[], eventCode: string | null = null): CatalogEntry => ({
  kind, code, name: code, eventCode, standard: eventCode === null, tags, attributes: {},
});
const automatic = new Map([['complete', 'Complete'], ['test', 'Test']]);
const index = new TagIndex(
  [
    entry('registration_status', 'registered', ['Registered']),
    entry('registration_status', 'registered', ['Confirmed'], 'GALA'),
    entry('registration_status', 'confirmed', ['Registered', 'Paid'], 'SUMMIT'),
    entry('registration_property', 'vip_dinner', ['VIP', 'Dinner'], 'SUMMIT'),
    entry('registration_property', 'parking', ['VIP'], 'SUMMIT'),
    entry('registration_property', 'complete', ['Done'], 'SUMMIT'),
    entry('attendee_type', 'SPK', ['VIP'], 'SUMMIT'),
    entry('session_registration_status', 'attended', ['Attended']),
    entry('event_status', 'open', ['Open', 'Live']),
  ],
  automatic,
);

describe('the tag index', () => {
  it("reads a status's tags from the event's own entry first, then the account's", () => {
    expect(index.registrationStatus('SUMMIT', 'registered')).toEqual(['Registered']);
    expect(index.registrationStatus('GALA', 'registered')).toEqual(['Confirmed']);
    expect(index.registrationStatus('SUMMIT', 'confirmed')).toEqual(['Registered', 'Paid']);
  });

  it("does not lend one event's entries to another", () => {
    expect(index.registrationStatus('GALA', 'confirmed')).toEqual([]);
    expect(index.attendeeType('GALA', 'SPK')).toEqual([]);
    expect(index.registrationProperties('GALA', { vip_dinner: true }, false)).toEqual([]);
  });

  it('gives an unknown status no tags', () => {
    expect(index.registrationStatus('SUMMIT', 'cancelled')).toEqual([]);
    expect(index.sessionRegistrationStatus('cancelled')).toEqual([]);
    expect(index.eventStatus('closed')).toEqual([]);
  });

  it('tags only the properties set to true, each tag once', () => {
    expect(index.registrationProperties('SUMMIT', { vip_dinner: true, parking: true }, false)).toEqual(['VIP', 'Dinner']);
    expect(index.registrationProperties('SUMMIT', { vip_dinner: false, parking: true }, false)).toEqual(['VIP']);
    expect(index.registrationProperties('SUMMIT', { vip_dinner: false }, false)).toEqual([]);
  });

  it('gives the standard properties their automatic tag, besides any the event adds', () => {
    expect(index.registrationProperties('SUMMIT', { complete: true }, false)).toEqual(['Complete', 'Done']);
    expect(index.registrationProperties('GALA', { complete: true }, false)).toEqual(['Complete']);
  });

  it('reads the test flag as the standard Test property', () => {
    expect(index.registrationProperties('SUMMIT', {}, true)).toEqual(['Test']);
    expect(index.registrationProperties('SUMMIT', { test: true }, false)).toEqual([]);
  });

  it('tags attendee types by event, and no attendee type with nothing', () => {
    expect(index.attendeeType('SUMMIT', 'SPK')).toEqual(['VIP']);
    expect(index.attendeeType('SUMMIT', null)).toEqual([]);
  });

  it('reads session registration and event statuses at account level', () => {
    expect(index.sessionRegistrationStatus('attended')).toEqual(['Attended']);
    expect(index.eventStatus('open')).toEqual(['Open', 'Live']);
  });
});
