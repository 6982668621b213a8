import { describe, expect, it } from 'vitest';
import { missingParts } from '../../src/flows/completeness.js';
import type { Destination, FlowDefinition } from '../../src/flows/flow.js';

const slack = (extra: Partial<Destination> = {}): Destination => ({
  name: 'Slack', connection: 'slack', action: 'webhook', payloadMapping: 'slack-message', headerMapping: null, ...extra,
});
const flow = (extra: Partial<FlowDefinition> = {}): FlowDefinition => ({
  name: 'Registered to Slack', mode: 'live', active: true, source: 'registration_status_change',
  activateFor: { registrationStatusTags: ['Registered'], registrationPropertyTags: [], sessionRegistrationStatusTags: [], eventStatusTags: [] },
  filters: [], destinations: [slack()], ...extra,
});
const known = { connections: new Set(['slack']), mappings: new Set(['slack-message', 'auth-headers']) };
const tags = (set: keyof FlowDefinition['activateFor'], names = ['X']) => ({
  registrationStatusTags: [], registrationPropertyTags: [], sessionRegistrationStatusTags: [], eventStatusTags: [], [set]: names,
});

describe('what a flow still lacks', () => {
  it('lacks nothing when source, tags, destination, connection and mappings are all there', () => {
    expect(missingParts(flow(), known)).toEqual([]);
    expect(missingParts(flow({ destinations: [slack({ headerMapping: 'auth-headers' })] }), known)).toEqual([]);
  });

  it('needs a source, and a destination', () => {
    expect(missingParts(flow({ source: null, destinations: [] }), known)).toEqual(['a source', 'a destination']);
  });

  it.each([
    ['registration_create_update', 'registrationStatusTags', 'registration status tags or registration property tags to activate for'],
    ['registration_status_change', 'registrationStatusTags', 'registration status tags to activate for'],
    ['session_registration_status_change', 'sessionRegistrationStatusTags', 'session registration status tags to activate for'],
    ['event_create_update', 'eventStatusTags', 'event status tags to activate for'],
  ] as const)('needs a %s flow to activate for %s', (source, set, words) => {
    expect(missingParts(flow({ source, activateFor: tags(set, []) }), known)).toEqual([words]);
    expect(missingParts(flow({ source, activateFor: tags(set) }), known)).toEqual([]);
  });

  it('takes registration property tags alone for a registration create/update flow, but not for a status change flow', () => {
    expect(missingParts(flow({ source: 'registration_create_update', activateFor: tags('registrationPropertyTags') }), known)).toEqual([]);
    expect(missingParts(flow({ activateFor: tags('registrationPropertyTags') }), known)).toEqual(['registration status tags to activate for']);
  });

  it('does not take the tags of another object', () => {
    expect(missingParts(flow({ source: 'event_create_update', activateFor: tags('registrationStatusTags') }), known)).toEqual(['event status tags to activate for']);
  });

  it('needs every destination to have a connection and a payload mapping', () => {
    expect(missingParts(flow({ destinations: [slack({ connection: null, payloadMapping: null })] }), known)).toEqual([
      "destination 'Slack': a connection",
      "destination 'Slack': a payload mapping",
    ]);
  });

  it('becomes incomplete when its connection or a mapping is deleted', () => {
    expect(missingParts(flow({ destinations: [slack(), slack({ name: 'CRM', connection: 'crm', payloadMapping: 'crm-contact', headerMapping: 'crm-headers' })] }), known)).toEqual([
      "destination 'CRM': connection 'crm' no longer exists",
      "destination 'CRM': mapping 'crm-contact' no longer exists",
      "destination 'CRM': mapping 'crm-headers' no longer exists",
    ]);
  });
});
