import type { CatalogEntry } from '../domain/catalog.js';
import type { EventSnapshot } from '../domain/event.js';
import { STANDARD_PROPERTY_TAGS } from '../domain/tags.js';
import type { KnownReferences } from '../flows/completeness.js';
import type { Flow } from '../flows/flow.js';
import { TagIndex } from '../flows/tag-index.js';
import type { Account } from '../store/accounts.js';
import { findEvent } from '../store/events.js';
import { knownReferences, listFlows } from '../store/flows.js';
import type { Db } from '../store/schema.js';

const AUTOMATIC_TAGS = new Map(STANDARD_PROPERTY_TAGS.map((p) => [p.code, p.name]));

/**
 * One account's configuration as the pipeline needs it, read fresh for each batch (and each
 * delivery attempt): flows, tagging, catalogue, and the connections and mappings that exist.
 */
export class AccountConfig {
  private readonly events = new Map<string, Promise<EventSnapshot | null>>();

  private constructor(
    private readonly db: Db,
    readonly account: Account,
    readonly flows: Flow[],
    readonly entries: CatalogEntry[],
    readonly tags: TagIndex,
    readonly known: KnownReferences,
  ) {}

  static async load(db: Db, accountId: number): Promise<AccountConfig> {
    const [account, flows, rows, known] = await Promise.all([
      db.selectFrom('accounts').select(['id', 'code', 'name']).where('id', '=', accountId).executeTakeFirstOrThrow(),
      listFlows(db, accountId),
      db.selectFrom('catalog_entries').selectAll().where('account_id', '=', accountId).execute(),
      knownReferences(db, accountId),
    ]);
    const entries: CatalogEntry[] = rows.map((r) => ({
      kind: r.kind as CatalogEntry['kind'],
      code: r.code,
      name: r.name,
      eventCode: r.event_code,
      standard: r.standard === 1,
      tags: JSON.parse(r.tags) as string[],
      attributes: JSON.parse(r.attributes) as Record<string, unknown>,
    }));
    return new AccountConfig(db, account, flows, entries, new TagIndex(entries, AUTOMATIC_TAGS), known);
  }

  /** The event as it is now, read once per batch. */
  event(code: string): Promise<EventSnapshot | null> {
    if (!this.events.has(code)) this.events.set(code, findEvent(this.db, this.account.id, code));
    return this.events.get(code) as Promise<EventSnapshot | null>;
  }

  entriesOf(kind: CatalogEntry['kind'], eventCode: string): CatalogEntry[] {
    return this.entries.filter((e) => e.kind === kind && e.eventCode === eventCode);
  }
}
