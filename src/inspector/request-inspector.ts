/**
 * The demo's webhook target, built in: each bin is one connection's address, and keeps the last
 * requests it received with the status it answered, so a newcomer sees in the dashboard exactly what
 * Hookflow sent. A bin answers 200, or 503 while it is failing on purpose (the demo's simulator
 * turns that on and off to show Retrying, an alert, and the recovery).
 */
export interface ReceivedRequest {
  id: number;
  receivedAt: string;
  bin: string;
  method: string;
  /** The path and query, as received. */
  path: string;
  headers: Record<string, string>;
  /** The body as text (JSON or form), never parsed: shown as it came. */
  body: string;
  /** What the inspector answered. */
  status: number;
}

export interface Answer {
  status: number;
  body: { received: number } | { error: string };
}

interface Bin {
  accountId: number;
  failing: boolean;
  requests: ReceivedRequest[];
}

/** Requests kept per bin: the newest, enough to see a run of failures and its recovery. */
export const KEPT_PER_BIN = 200;

export class RequestInspector {
  private readonly bins = new Map<string, Bin>();
  private lastId = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** A bin for an account's connection (its URL ends in `/inspector/<name>`). */
  open(name: string, accountId: number) {
    this.bins.set(name, { accountId, failing: false, requests: [] });
  }

  has(name: string) {
    return this.bins.has(name);
  }

  /** While failing, the bin answers 503: a target down, as a connection error the retries recover from. */
  setFailing(name: string, failing: boolean) {
    const bin = this.bins.get(name);
    if (bin) bin.failing = failing;
  }

  /** Records the request and says what to answer; undefined for a bin that does not exist. */
  receive(name: string, request: Pick<ReceivedRequest, 'method' | 'path' | 'headers' | 'body'>): Answer | undefined {
    const bin = this.bins.get(name);
    if (!bin) return undefined;
    const status = bin.failing ? 503 : 200;
    const id = ++this.lastId;
    bin.requests.unshift({ id, receivedAt: this.now().toISOString(), bin: name, ...request, status });
    bin.requests.length = Math.min(bin.requests.length, KEPT_PER_BIN);
    return { status, body: bin.failing ? { error: 'failing on purpose: the demo shows a retry and an alert' } : { received: id } };
  }

  /** An account's received requests, newest first, from all its bins or one. */
  list(accountId: number, o: { bin?: string; limit: number }): ReceivedRequest[] {
    return [...this.bins]
      .filter(([name, bin]) => bin.accountId === accountId && (o.bin === undefined || o.bin === name))
      .flatMap(([, bin]) => bin.requests)
      .sort((a, b) => b.id - a.id)
      .slice(0, o.limit);
  }
}
