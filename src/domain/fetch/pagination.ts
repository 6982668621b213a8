import type { Pagination } from './job.js';
import { readPath } from './path.js';

/**
 * Where a run's next request points: `index` pages written before it; the cursor or the next link
 * the previous page gave. Page numbers and offsets follow from the index. Pure: no I/O.
 */
export interface Position {
  index: number;
  cursor: string | null;
  url: string | null;
}

export const FIRST_POSITION: Position = { index: 0, cursor: null, url: null };

/** The values a request's templates may use (`{{page}}`, `{{offset}}`, `{{limit}}`, `{{cursor}}`). */
export function pageValues(p: Pagination, at: Position): Record<'page' | 'offset' | 'limit' | 'cursor', string> {
  const limit = p.type === 'offset' ? p.limit : 0;
  return {
    page: String((p.type === 'page' ? p.first : 1) + at.index),
    offset: String(at.index * limit),
    limit: String(limit),
    cursor: at.cursor ?? '',
  };
}

/** What a page's answer says of the next: its records, its parsed body, its `Link` header and the URL it came from. */
export interface PageAnswer {
  records: number;
  body: unknown;
  link: string | undefined;
  url: string;
}

export type Next = { next: Position } | { stop: string };

/**
 * The rule a run stops by: on an empty page, on a page that gives no cursor or next link, or once
 * `maxPages` pages were written. Otherwise the position of the next page.
 */
export function nextPosition(p: Pagination, at: Position, answer: PageAnswer, maxPages: number): Next {
  if (answer.records === 0) return { stop: 'empty page' };
  const index = at.index + 1;
  let next: Position;
  switch (p.type) {
    case 'page':
    case 'offset':
      next = { index, cursor: null, url: null };
      break;
    case 'cursor': {
      const cursor = scalar(readPath(answer.body, p.path));
      if (cursor === null) return { stop: 'no cursor' };
      next = { index, cursor, url: null };
      break;
    }
    case 'next_link':
    case 'link_header': {
      const link = p.type === 'next_link' ? scalar(readPath(answer.body, p.path)) : nextLink(answer.link);
      if (link === null) return { stop: 'no next link' };
      next = { index, cursor: null, url: new URL(link, answer.url).href };
      break;
    }
  }
  return index >= maxPages ? { stop: 'page limit' } : { next };
}

/** A cursor or link as text; absent, null or empty means there is none. */
function scalar(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v !== '' ? v : null;
}

/** The target of a `Link` header's `rel="next"` (RFC 8288: comma-separated `<uri>; param=value` links, rel a space-separated list). */
export function nextLink(header: string | undefined): string | null {
  if (!header) return null;
  for (const m of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2] ?? '');
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('next')) return m[1] as string;
  }
  return null;
}
