import type { ActivateFor, FlowDefinition, FlowSource } from './flow.js';

/** The activate-for set each source must have (the guide's "you must activate for ..."). */
const REQUIRED: Record<FlowSource, { sets: (keyof ActivateFor)[]; words: string }> = {
  registration_create_update: {
    sets: ['registrationStatusTags', 'registrationPropertyTags'],
    words: 'registration status tags or registration property tags to activate for',
  },
  registration_status_change: { sets: ['registrationStatusTags'], words: 'registration status tags to activate for' },
  session_registration_status_change: { sets: ['sessionRegistrationStatusTags'], words: 'session registration status tags to activate for' },
  event_create_update: { sets: ['eventStatusTags'], words: 'event status tags to activate for' },
  // A session syncs with its event, as the event's own flows select it: by the event's status tags.
  session_create_update: { sets: ['eventStatusTags'], words: 'event status tags to activate for' },
};

export interface KnownReferences {
  connections: ReadonlySet<string>;
  mappings: ReadonlySet<string>;
}

/** What a flow still lacks before it can fire; empty when it is complete. */
export function missingParts(flow: FlowDefinition, known: KnownReferences): string[] {
  const missing: string[] = [];
  if (!flow.source) missing.push('a source');
  else {
    const required = REQUIRED[flow.source];
    if (!required.sets.some((set) => flow.activateFor[set].length > 0)) missing.push(required.words);
  }
  if (flow.destinations.length === 0) missing.push('a destination');
  for (const d of flow.destinations) {
    if (!d.connection) missing.push(`destination '${d.name}': a connection`);
    else if (!known.connections.has(d.connection)) missing.push(`destination '${d.name}': connection '${d.connection}' no longer exists`);
    if (!d.payloadMapping) missing.push(`destination '${d.name}': a payload mapping`);
    else if (!known.mappings.has(d.payloadMapping)) missing.push(`destination '${d.name}': mapping '${d.payloadMapping}' no longer exists`);
    if (d.headerMapping && !known.mappings.has(d.headerMapping)) missing.push(`destination '${d.name}': mapping '${d.headerMapping}' no longer exists`);
  }
  return missing;
}
