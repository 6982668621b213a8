import type { Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { DeliveryEvent } from '../domain/delivery-event.js';
import { type TailCursor, formatCursor } from '../domain/tail-cursor.js';
import { CoalescingLoop } from '../queue/coalescing-loop.js';
import type { TailRead } from '../store/delivery-events.js';
import { sseComment, sseEvent, sseId } from './sse.js';

export interface DeliveryTailOptions {
  /** The account's status changes after a cursor, as the client's filter selects them. */
  read: (cursor: TailCursor) => Promise<TailRead>;
  /** How often to look for new changes. */
  pollInterval: number;
  /** How often to send a comment, so that proxies keep a quiet stream open. */
  heartbeat: number;
  log?: Pick<Logger, 'error'>;
}

/** A status change as the stream sends it: one flat shape for every status, null (or false) where it has no such field. */
export const shownEvent = (e: DeliveryEvent) => ({
  deliveryId: e.deliveryId,
  status: e.status,
  attempt: e.status === 'received' ? null : e.attempt,
  category: 'failure' in e ? e.failure.category : null,
  message: 'failure' in e ? e.failure.message : null,
  abandoned: e.status === 'failed' && e.abandoned,
  at: e.at,
  flow: e.flow,
  connection: e.connection,
  changeId: e.changeId,
});

/**
 * One client's live tail: looks for new status changes every poll and sends them as Server-Sent
 * Events, each with its cursor as its id. Sends the starting cursor first, and the cursor reached
 * after changes the filter passed over, so a client reconnecting resumes where it was read to,
 * whether or not an event came. Stops, timers and all, when the client goes.
 */
export class DeliveryTail {
  private readonly loop: CoalescingLoop;
  private heartbeat: NodeJS.Timeout | null = null;
  /** The last id sent: where the client would resume. */
  private sent: string;

  constructor(
    private readonly out: Writable,
    private cursor: TailCursor,
    private readonly o: DeliveryTailOptions,
  ) {
    this.sent = formatCursor(cursor);
    this.loop = new CoalescingLoop(() => this.pass(), { every: o.pollInterval, failed: 'reading the live tail failed; will try again', log: o.log });
  }

  start() {
    this.out.once('close', () => void this.stop());
    this.write(sseId(this.sent));
    this.heartbeat = setInterval(() => this.write(sseComment('heartbeat')), this.o.heartbeat);
    this.loop.start();
  }

  /** Stops looking, and ends the stream if the client is still there (the server is closing). */
  async stop() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.loop.stop();
    if (!this.out.destroyed) this.out.end();
  }

  get isStopped() {
    return this.loop.isStopped;
  }

  private async pass() {
    // A client not keeping up is sent nothing more until it has caught up; the poll looks again.
    while (!this.loop.isStopped && !this.out.writableNeedDrain) {
      const read = await this.o.read(this.cursor);
      for (const { event, cursor } of read.events) {
        this.sent = formatCursor(cursor);
        this.write(sseEvent(this.sent, 'delivery', shownEvent(event)));
      }
      this.cursor = read.cursor;
      if (!read.more) break;
    }
    const reached = formatCursor(this.cursor);
    if (reached !== this.sent) {
      this.sent = reached;
      this.write(sseId(reached));
    }
  }

  private write(chunk: string) {
    if (!this.out.destroyed && !this.out.writableEnded) this.out.write(chunk);
  }
}
