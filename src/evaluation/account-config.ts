import type { CatalogEntry } from '../domain/catalog.js';
import type { EventSnapshot } from '../domain/event.js';
import type { SessionSnapshot } from '../domain/event-session.js';
import { STANDARD_PROPERTY_TAGS } from '../domain/tags.js';
import type { KnownReferences } from '../flows/completeness.js';
import type { Flow } from '../flows/flow.js';
import { TagIndex } from '../flows/tag-index.js';
import type { Account } from '../store/accounts.js';
import { findSession } from '../store/event-sessions.js';
import { findEvent } from '../store/events.js';
import { knownReferences, listFlows } from '../store/flows.js';
import type { Db } from '../store/schema.js';

const AUTOMATIC_TAGS = new Map(STANDARD_PROPERTY_TAGS.map((p) => [p.code, p.name]));

/**
 * One account's configuration as the pipeline needs it: flows, tagging, catalogue, and the
 * connections and mappings that exist, as of `version` (see `ConfigCache`).
 */
export class AccountConfig {
  private readonly remembered = new Map<string, Promise<unknown>>();

  private constructor(
    readonly version: number,
    readonly account: Account,
    readonly flows: Flow[],
    readonly entries: CatalogEntry[],
    readonly tags: TagIndex,
    readonly known: KnownReferences,
  ) {}

  static async load(db: Db, accountId: number): Promise<AccountConfig> {
    // The version first: a write meanwhile leaves newer data under an older number (reloaded next time), never the reverse.
    const account = await db.selectFrom('accounts').select(['id', 'code', 'name', 'config_version']).where('id', '=', accountId).executeTakeFirstOrThrow();
    const [flows, rows, known] = await Promise.all([
      listFlows(db, accountId),
      // In definition order: a mapping reading a custom field by its tag takes the first field tagged.
      db.selectFrom('catalog_entries').selectAll().where('account_id', '=', accountId).orderBy('id').execute(),
      knownReferences(db, accountId),
    ]);
    const entries: CatalogEntry[] = rows.map((r) => ({
      kind: r.kind,
      code: r.code,
      name: r.name,
      eventCode: r.event_code,
      standard: r.standard === 1,
      tags: JSON.parse(r.tags) as string[],
      attributes: JSON.parse(r.attributes) as Record<string, unknown>,
    }));
    const { config_version: version, ...rest } = account;
    return new AccountConfig(version, rest, flows, entries, new TagIndex(entries, AUTOMATIC_TAGS), known);
  }

  /**
   * A read that depends on the configuration only (an event, a connection, a mapping), made once
   * for as long as this configuration is current. A failed read is not kept: the next one retries.
   */
  remember<T>(key: string, read: () => Promise<T>): Promise<T> {
    let value = this.remembered.get(key) as Promise<T> | undefined;
    if (!value) {
      value = read();
      this.remembered.set(key, value);
      value.catch(() => this.remembered.delete(key));
    }
    return value;
  }

  event(db: Db, code: string): Promise<EventSnapshot | null> {
    return this.remember(`event/${code}`, () => findEvent(db, this.account.id, code));
  }

  /** A session as it is now; event_sessions is a configuration table, so this is never stale. */
  session(db: Db, eventCode: string, code: string): Promise<SessionSnapshot | null> {
    return this.remember(`session/${eventCode}/${code}`, () => findSession(db, this.account.id, eventCode, code));
  }

  /** Each custom field of events (or sessions) with its tags, in definition order. */
  customFieldTags(kind: 'event_custom_field' | 'session_custom_field'): Record<string, string[]> {
    return Object.fromEntries(this.entries.filter((e) => e.kind === kind).map((e) => [e.code, e.tags]));
  }

  entriesOf(kind: CatalogEntry['kind'], eventCode: string): CatalogEntry[] {
    return this.entries.filter((e) => e.kind === kind && e.eventCode === eventCode);
  }
}
