import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pagination } from '../../src/domain/fetch/job.js';

/** A record as the source system has it: not Hookflow's shape (a Jolt spec maps it). */
export interface SourceRecord {
  id: string;
  person: string;
  first: string;
  mail: string;
  updatedAt: string;
}

const MINUTE = 60_000;
/** `n` records, each updated a minute after the one before, from `start`. */
export const sourceRecords = (n: number, start = Date.UTC(2026, 0, 1), prefix = 'R'): SourceRecord[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, person: `P-${prefix}-${i + 1}`, first: `Ann ${i + 1}`, mail: `ann${i + 1}@example.com`, updatedAt: new Date(start + i * MINUTE).toISOString() }));

export const STYLES = ['page', 'offset', 'cursor', 'next_link', 'link_header'] as const;
export type Style = (typeof STYLES)[number];

/** What a source answers instead of its page: a status, body and headers of its own, or never. */
export type Override = { status: number; body?: string; headers?: Record<string, string> } | 'hang';

export interface SourceRequest {
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  /** By the test's clock, when it gave the source one. */
  at: number;
}

/**
 * A paginated REST source on loopback, serving a fixed data set in every pagination style a fetch
 * job knows: `/<style>?since=<updatedAt>&...`, records updated after `since` in order of update,
 * `size` a page. The cursor and next-link styles end with no cursor or link; page and offset with
 * an empty page.
 */
export class PagedSource {
  readonly requests: SourceRequest[] = [];
  private server!: Server;
  url = '';
  /** Answers the n-th request (0-based) instead of the data set, when it returns something. */
  override: (n: number, url: URL) => Override | undefined = () => undefined;

  constructor(
    public records: SourceRecord[],
    public size = 3,
    private readonly now: () => number = Date.now,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.url);
      const n = this.requests.push({ url, headers: req.headers, at: this.now() }) - 1;
      const special = this.override(n, url);
      if (special === 'hang') return;
      const { status, body, headers } = special ?? this.page(url);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body ?? '');
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private page(url: URL): { status: number; body: string; headers?: Record<string, string> } {
    const q = (name: string, fallback = '') => url.searchParams.get(name) ?? fallback;
    const since = q('since');
    const all = this.records.filter((r) => r.updatedAt > since).sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : 1));
    const style = url.pathname.slice(1) as Style;
    const from = style === 'page' ? (Number(q('page', '1')) - 1) * this.size : style === 'offset' ? Number(q('offset', '0')) : Number(q(style === 'cursor' ? 'cursor' : 'at', '0') || '0');
    const limit = style === 'offset' ? Number(q('limit')) : this.size;
    const data = all.slice(from, from + limit);
    const more = from + limit < all.length;
    const next = `/${style}?since=${encodeURIComponent(since)}&at=${from + limit}`;
    const json = (body: unknown, headers?: Record<string, string>) => ({ status: 200, body: JSON.stringify(body), ...(headers ? { headers } : {}) });
    switch (style) {
      case 'cursor':
        return json({ data, next: more ? String(from + limit) : null });
      case 'next_link':
        return json({ data, links: { next: more ? next : null } });
      case 'link_header':
        return json({ data }, more ? { link: `<${this.url}${next}>; rel="next", <${this.url}/${style}>; rel="first"` } : undefined);
      default:
        return json({ data });
    }
  }
}

/** The URL template and pagination of a job reading `source` in `style`. */
export function styleOf(source: PagedSource, style: Style): { url: string; pagination: Pagination } {
  const base = `${source.url}/${style}?since={{checkpoint}}`;
  switch (style) {
    case 'page':
      return { url: `${base}&page={{page}}`, pagination: { type: 'page', first: 1 } };
    case 'offset':
      return { url: `${base}&offset={{offset}}&limit={{limit}}`, pagination: { type: 'offset', limit: source.size } };
    case 'cursor':
      return { url: `${base}&cursor={{cursor}}`, pagination: { type: 'cursor', path: 'next' } };
    case 'next_link':
      return { url: base, pagination: { type: 'next_link', path: 'links.next' } };
    case 'link_header':
      return { url: base, pagination: { type: 'link_header' } };
  }
}

/** The admin's Jolt spec: the source's records as Hookflow registrations of the event SUMMIT, registered. */
export const TO_REGISTRATION = [
  { operation: 'shift', spec: { id: 'code', person: 'profile.code', first: 'profile.firstName', mail: 'profile.email' } },
  { operation: 'default', spec: { eventCode: 'SUMMIT', status: 'registered' } },
];

/** A job importing registrations from `source` in `style`, incremental on `updatedAt`. */
export const registrationJob = (source: PagedSource, style: Style, extra: Record<string, unknown> = {}) => ({
  name: `import ${style}`,
  connection: 'source',
  ...styleOf(source, style),
  schedule: { every: 3600 },
  recordsPath: 'data',
  transform: TO_REGISTRATION,
  target: 'registrations',
  checkpoint: { initial: '', from: 'records', path: 'updatedAt' },
  ...extra,
});
