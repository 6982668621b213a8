import type { EventContext } from '../domain/registration.js';
import type { Db } from './schema.js';

/** Past this many events, an account's cached contexts start over (an import touching every event). */
const MAX_EVENTS = 1000;

type Load = (db: Db, accountId: number, eventCode: string) => Promise<EventContext>;

/**
 * What registrations may refer to in each event, kept per account while the account's
 * configuration version stays the same (every write to events or the catalog bumps it), so a
 * batch of registrations reads its events' statuses, types and fields only after they changed.
 */
export class EventContexts {
  private readonly accounts = new Map<number, { version: number; events: Map<string, Promise<EventContext>> }>();

  constructor(private readonly load: Load) {}

  /** `version`: the account's configuration version, read in the caller's transaction. */
  get(db: Db, accountId: number, version: number, eventCode: string): Promise<EventContext> {
    let account = this.accounts.get(accountId);
    if (!account || account.version !== version || account.events.size >= MAX_EVENTS) {
      account = { version, events: new Map() };
      this.accounts.set(accountId, account);
    }
    const events = account.events;
    let context = events.get(eventCode);
    if (!context) {
      context = this.load(db, accountId, eventCode);
      events.set(eventCode, context);
      // An unknown event is not remembered: creating it bumps the version anyway, but a failed read must not stick.
      context.catch(() => events.delete(eventCode));
    }
    return context;
  }
}
