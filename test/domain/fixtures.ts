import type { EventSnapshot } from '../../src/domain/event.js';
import type { ProfileSnapshot } from '../../src/domain/profile.js';
import type { EventContext, RegistrationSnapshot } from '../../src/domain/registration.js';

/** The Summit and Joe's registration to it, as the domain rules see them. */
export const summit = (extra: Partial<EventSnapshot> = {}): EventSnapshot => ({
  code: 'SUMMIT', name: 'Summit 2026', isTest: false, status: 'open', customFields: { industry: 'Tech' }, tags: ['Roadshow'],
  startDate: '2026-12-01', endDate: null, location: 'Lisbon', timezone: null, description: null, ...extra,
});

export const joeProfile = (extra: Partial<ProfileSnapshot> = {}): ProfileSnapshot => ({
  code: 'P-1', firstName: 'Joe', lastName: 'Citizen', email: 'joe@example.com', position: 'CTO', organization: 'Initech', phone: null,
  addressLine1: null, addressLine2: null, city: null, state: null, postalCode: null, country: null, customFields: { tshirt: 'M' }, ...extra,
});

export const joeAtSummit = (extra: Partial<RegistrationSnapshot> = {}): RegistrationSnapshot => ({
  code: 'R-1', eventCode: 'SUMMIT', status: 'registered', attendeeType: 'SPK', isTest: false, properties: { complete: true },
  answers: { diet: 'Vegan' }, profile: joeProfile(), ...extra,
});

export const summitContext = (): EventContext => ({
  event: summit(),
  statuses: new Set(['new', 'registered', 'cancelled']),
  attendeeTypes: new Set(['SPK', 'ATT']),
  customProperties: new Set(['vip_dinner']),
  questions: new Set(['diet', 'topics']),
  profileFields: new Map([['tshirt', { code: 'tshirt', type: 'radio', options: ['S', 'M', 'L'] }]]),
});
