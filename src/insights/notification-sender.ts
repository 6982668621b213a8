import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { NotificationOptions } from '../config.js';
import type { AuthorizingSender } from '../delivery/authorizing-sender.js';
import { asWritten, renderTemplates } from '../connections/tokens.js';
import { signedRequest } from '../delivery/build-request.js';
import type { Clock } from '../domain/clock.js';
import { HookflowError } from '../domain/errors.js';
import { LoopRunner } from '../queue/coalescing-loop.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { loadConnection } from '../store/connections.js';
import type { Dialect } from '../store/database.js';
import { recordSend, takeDueEvents } from '../store/operational-events.js';
import type { Row, Schema } from '../store/schema.js';

export interface NotificationSenderOptions {
  db: Kysely<Schema>;
  dialect: Dialect;
  box: SecretBox;
  /** The delivery worker's: the SSRF-guarded pools, OAuth2's tokens. */
  sender: AuthorizingSender;
  clock: Clock;
  options: NotificationOptions;
  log?: Pick<Logger, 'error'>;
}

/** The `webhook-id` of an operational event: stable across its sends, apart from deliveries' `msg_` ids. */
export const eventWebhookId = (id: number) => `evt_${id}`;

/**
 * Sends the outbox's operational events to the connections they were recorded for, as Standard
 * Webhooks requests: a JSON POST to the connection's URL with its credentials, signed with its
 * signing secret (`webhook-id`, `webhook-timestamp`, `webhook-signature`), through the same
 * guarded outbound path as deliveries. A failed send is tried again after each of `retryDelays`,
 * then dropped, its last error kept. None of this is a delivery: no attempt is recorded, so a
 * notification target failing raises no alert and no further event.
 */
export class NotificationSender extends LoopRunner {
  constructor(private readonly o: NotificationSenderOptions) {
    super({ every: o.options.poll, failed: 'sending operational events failed; will try again', log: o.log });
  }

  protected pass() {
    return this.drain();
  }

  private async drain() {
    while ((await this.sendBatch()) === this.o.options.batch);
  }

  private async sendBatch(): Promise<number> {
    const { db, dialect, clock, options } = this.o;
    const now = clock.now();
    const due = await takeDueEvents(db, dialect, now.toISOString(), new Date(now.getTime() + options.lease).toISOString(), options.batch);
    await Promise.all(due.map((event) => this.send(event)));
    return due.length;
  }

  private async send(event: Row<'operational_events'>) {
    const error = await this.attempt(event).catch((e: unknown) => `internal error: ${String(e)}`);
    const at = this.o.clock.now();
    // `attempts` counts this send: after the n-th failed one, the n-th delay, if any is left.
    const delay = this.o.options.retryDelays[event.attempts - 1];
    const outcome = error === null ? { sent: true as const } : { sent: false as const, error, retryAt: delay === undefined ? null : new Date(at.getTime() + delay).toISOString() };
    await recordSend(this.o.db, event.id, outcome, at.toISOString());
  }

  /** One send: null when the target took it, otherwise what went wrong. */
  private async attempt(event: Row<'operational_events'>): Promise<string | null> {
    const { db, box, sender, clock } = this.o;
    let connection;
    try {
      connection = await loadConnection(db, box, event.account_id, event.connection);
    } catch (error) {
      if (error instanceof HookflowError) return error.message;
      throw error;
    }
    // An operational event is no change: the connection's tokens go as written, as in Save & Test.
    const own = renderTemplates(connection.url, connection.headers, asWritten);
    const request = signedRequest(
      connection,
      { url: new URL(own.url), method: 'POST', headers: own.headers, body: event.body, contentType: 'application/json' },
      eventWebhookId(event.id),
      clock.now(),
    );
    const sent = await sender.send(event.account_id, connection, request);
    return sent.ok ? null : sent.failure.message;
  }
}
