import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** How the target answers the n-th request (0-based): a status and body, or never. */
export type Behaviour = (req: Received, n: number) => { status: number; body?: string; headers?: Record<string, string>; delayMs?: number } | 'hang';

/** A real HTTP target on loopback that records everything it receives. */
export class Sink {
  readonly received: Received[] = [];
  private server!: Server;
  private readonly hanging = new Set<ServerResponse>();
  /** The most requests it held unanswered at once. */
  maxHanging = 0;
  url = '';

  constructor(public behaviour: Behaviour = () => ({ status: 200, body: '{"id":"crm-1"}' })) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const r: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, at: Date.now() };
        const n = this.received.push(r) - 1;
        const answer = this.behaviour(r, n);
        if (answer === 'hang') {
          this.hanging.add(res);
          this.maxHanging = Math.max(this.maxHanging, this.hanging.size);
          return;
        }
        const reply = () => {
          res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
          res.end(answer.body ?? '');
        };
        if (answer.delayMs) setTimeout(reply, answer.delayMs);
        else reply();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** How many requests it holds unanswered now. */
  get holding() {
    return this.hanging.size;
  }

  /** Answers the oldest request it holds, with 200. */
  release() {
    const [oldest] = this.hanging;
    if (!oldest) throw new Error('sink: no request is held');
    this.hanging.delete(oldest);
    oldest.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  }

  async stop() {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Waits until `predicate` holds over what was received, or fails after `timeout` ms. */
  async until(predicate: (received: Received[]) => boolean, timeout = 10_000): Promise<Received[]> {
    const end = Date.now() + timeout;
    while (!predicate(this.received)) {
      if (Date.now() > end) throw new Error(`sink: condition not met in ${timeout} ms; received ${this.received.length} requests`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.received;
  }
}

/** Polls until `check` returns a truthy value. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`condition not met in ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
