import { describe, expect, it } from 'vitest';
import type { EventSnapshot } from '../../src/domain/event.js';
import type { ProfileSnapshot } from '../../src/domain/profile.js';
import { checkFilters, type FilterSubject, passes } from '../../src/flows/filters.js';
import type { Filter } from '../../src/flows/flow.js';

const event = {
  code: 'SUMMIT', name: 'Summit 2026', isTest: false, status: 'open', startDate: '2026-12-01', endDate: null, location: 'Lisbon',
  timezone: null, description: null, customFields: { industry: 'Tech', regions: ['EMEA', 'APAC'] }, tags: ['Roadshow'],
} satisfies EventSnapshot;
const profile = {
  code: 'P-1', firstName: 'Joe', lastName: 'Citizen', email: 'joe@example.com', position: 'CTO', organization: 'Initech', phone: null,
  addressLine1: null, addressLine2: null, city: null, state: null, postalCode: null, country: '', customFields: { tshirt: 'M' },
} satisfies ProfileSnapshot;
const subject: FilterSubject = { event, profile, attendeeTypeTags: ['VIP'] };
const check = (filter: Filter) => passes(filter, subject);

describe('flow filters', () => {
  it.each<[Filter, boolean]>([
    [{ field: 'event.code', operator: 'equals', value: 'SUMMIT' }, true],
    [{ field: 'event.code', operator: 'equals', value: 'summit ' }, true],
    [{ field: 'event.code', operator: 'not_equals', value: 'SUMMIT' }, false],
    [{ field: 'event.location', operator: 'in', values: ['Porto', 'Lisbon'] }, true],
    [{ field: 'event.location', operator: 'not_in', values: ['Porto', 'Lisbon'] }, false],
    [{ field: 'event.endDate', operator: 'is_empty' }, true],
    [{ field: 'event.startDate', operator: 'is_not_empty' }, true],
    [{ field: 'event.custom.industry', operator: 'equals', value: 'Tech' }, true],
    [{ field: 'event.custom.regions', operator: 'equals', value: 'APAC' }, true],
    [{ field: 'event.custom.regions', operator: 'not_in', values: ['AMER'] }, true],
    [{ field: 'event.custom.budget', operator: 'is_empty' }, true],
    [{ field: 'event.tags', operator: 'equals', value: 'Roadshow' }, true],
    [{ field: 'event.tags', operator: 'not_equals', value: 'Roadshow' }, false],
    [{ field: 'profile.position', operator: 'in', values: ['CEO', 'CTO'] }, true],
    [{ field: 'profile.organization', operator: 'not_equals', value: 'Initrode' }, true],
    [{ field: 'profile.country', operator: 'is_empty' }, true],
    [{ field: 'profile.phone', operator: 'is_not_empty' }, false],
    [{ field: 'profile.custom.tshirt', operator: 'equals', value: 'M' }, true],
    [{ field: 'profile.custom.tshirt', operator: 'not_in', values: ['S', 'M'] }, false],
    [{ field: 'attendeeType.tags', operator: 'equals', value: 'VIP' }, true],
    [{ field: 'attendeeType.tags', operator: 'is_empty' }, false],
  ])('%j is %s for Joe at the Summit', (filter, expected) => {
    expect(check(filter)).toBe(expected);
  });

  it('treats a registration without attendee type or profile as having empty values', () => {
    const bare: FilterSubject = { event, profile: null, attendeeTypeTags: [] };
    expect(passes({ field: 'attendeeType.tags', operator: 'is_empty' }, bare)).toBe(true);
    expect(passes({ field: 'profile.position', operator: 'equals', value: 'CTO' }, bare)).toBe(false);
  });

  it('never lets a filter on a field it does not know pass, whatever the operator', () => {
    expect(passes({ field: 'event.weather', operator: 'is_empty' }, subject)).toBe(false);
    expect(passes({ field: 'profile.custom', operator: 'not_in', values: ['x'] }, subject)).toBe(false);
  });

  describe('when a flow is saved', () => {
    const defs = {
      event: new Map([['industry', { code: 'industry', type: 'select' as const, options: ['Tech'] }], ['notes', { code: 'notes', type: 'text' as const, options: [] }]]),
      profile: new Map(),
    };
    const attempt = (filters: Filter[], source: 'registration_status_change' | 'event_create_update' = 'registration_status_change') => () =>
      checkFilters(filters, source, defs);

    it('accepts enumerated custom fields only, explaining why', () => {
      expect(attempt([{ field: 'event.custom.industry', operator: 'equals', value: 'Tech' }])).not.toThrow();
      expect(attempt([{ field: 'event.custom.notes', operator: 'is_empty' }])).toThrow(
        "filters/0: event custom field 'notes' is free text; only enumerated fields (select, multi-select, checkbox, radio) can filter a flow",
      );
      expect(attempt([{ field: 'profile.custom.size', operator: 'is_empty' }])).toThrow("filters/0: profile custom field 'size' does not exist");
    });

    it('refuses unknown fields, missing operands, and profile filters on an event flow', () => {
      expect(attempt([{ field: 'event.weather', operator: 'is_empty' }])).toThrow(/'event.weather' is not a field a flow can filter on/);
      expect(attempt([{ field: 'event.code', operator: 'equals' }])).toThrow("filters/0: operator 'equals' needs a value");
      expect(attempt([{ field: 'event.code', operator: 'in', values: [] }])).toThrow("filters/0: operator 'in' needs a list of values");
      expect(attempt([{ field: 'profile.position', operator: 'is_empty' }], 'event_create_update')).toThrow(
        "filters/0: an event flow can filter on event fields only, not 'profile.position'",
      );
    });
  });
});
