import { Agent, fetch } from 'undici';
import { eventually } from './sink.js';

export interface SseMessage {
  id: string;
  event: string;
  data: unknown;
}

/**
 * A Server-Sent Events client over real HTTP, reading the stream as the WHATWG spec says
 * EventSource does: `field: value` lines, a blank line dispatching; `id` sets the last event id
 * even when no event fires (empty data); lines starting with ':' are comments.
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  comments = 0;
  lastEventId = '';
  status = 0;
  /** The server ended the stream. */
  ended = false;
  contentType = '';
  private readonly abort = new AbortController();
  /** Connections of its own, closed with it: none left open keeps the server from closing. */
  private readonly agent = new Agent();
  private done: Promise<void> = Promise.resolve();

  static async open(url: string, key: string, lastEventId?: string): Promise<SseClient> {
    const client = new SseClient();
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream', ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }) },
      signal: client.abort.signal,
      dispatcher: client.agent,
    });
    client.status = res.status;
    client.contentType = res.headers.get('content-type') ?? '';
    if (res.body) client.done = client.read(res.body).then(() => void (client.ended = true), () => {});
    return client;
  }

  /** The events of type `delivery`, as their data. */
  get deliveries() {
    return this.messages.filter((m) => m.event === 'delivery').map((m) => ({ ...(m.data as Record<string, unknown>), id: m.id }));
  }

  /** Waits until the stream has told what `check` wants. */
  until(check: (c: this) => boolean, timeout = 10_000) {
    return eventually(async () => check(this), timeout);
  }

  /** Disconnects, as a browser closing the page. */
  async close() {
    this.abort.abort();
    await this.done;
    await this.agent.destroy();
  }

  private async read(body: AsyncIterable<Uint8Array>) {
    const decoder = new TextDecoder();
    let buffer = '';
    let data: string[] = [];
    let event = '';
    let id = this.lastEventId;
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, end).replace(/\r$/, '');
        buffer = buffer.slice(end + 1);
        if (line === '') {
          this.lastEventId = id;
          if (data.length) this.messages.push({ id, event: event || 'message', data: JSON.parse(data.join('\n')) });
          data = [];
          event = '';
          continue;
        }
        if (line.startsWith(':')) {
          this.comments++;
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(value);
        else if (field === 'event') event = value;
        else if (field === 'id') id = value;
      }
    }
  }
}
