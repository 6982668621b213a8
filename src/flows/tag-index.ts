import type { CatalogEntry } from '../domain/catalog.js';

/**
 * The account's tagging as the flows see it, built fresh from the catalogue for each batch of
 * changes, so an edit made a moment ago applies to the very next change.
 */
export class TagIndex {
  private readonly byKey = new Map<string, string[]>();

  constructor(entries: readonly CatalogEntry[], propertyTagNames: ReadonlyMap<string, string>) {
    for (const e of entries) this.byKey.set(key(e.kind, e.eventCode, e.code), e.tags);
    this.standardPropertyTags = propertyTagNames;
  }

  private readonly standardPropertyTags: ReadonlyMap<string, string>;

  /** An event's own entry first (custom statuses), then the account-level one (standard). */
  private lookup(kind: string, eventCode: string | null, code: string): string[] | undefined {
    return (eventCode !== null ? this.byKey.get(key(kind, eventCode, code)) : undefined) ?? this.byKey.get(key(kind, null, code));
  }

  registrationStatus(eventCode: string, status: string): string[] {
    return this.lookup('registration_status', eventCode, status) ?? [];
  }

  /** Tags of the properties set on a registration: custom ones as tagged, standard ones automatic. */
  registrationProperties(eventCode: string, properties: Record<string, boolean>, isTest: boolean): string[] {
    const tags = new Set<string>();
    for (const [code, on] of Object.entries({ ...properties, test: isTest })) {
      if (!on) continue;
      const automatic = this.standardPropertyTags.get(code);
      if (automatic) tags.add(automatic);
      for (const t of this.lookup('registration_property', eventCode, code) ?? []) tags.add(t);
    }
    return [...tags];
  }

  attendeeType(eventCode: string, code: string | null): string[] {
    return code === null ? [] : (this.lookup('attendee_type', eventCode, code) ?? []);
  }

  sessionRegistrationStatus(status: string): string[] {
    return this.lookup('session_registration_status', null, status) ?? [];
  }

  eventStatus(status: string): string[] {
    return this.lookup('event_status', null, status) ?? [];
  }
}

const key = (kind: string, eventCode: string | null, code: string) => `${kind}\u0000${eventCode ?? ''}\u0000${code}`;
