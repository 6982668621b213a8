import { describe, expect, it } from 'vitest';
import { FIRST_POSITION, nextLink, nextPosition, pageValues } from '../../../src/domain/fetch/pagination.js';

const answer = (body: unknown, link?: string) => ({ records: 3, body, link, url: 'https://api.example.com/v2/contacts?page=1' });

describe('fetch pagination', () => {
  it('counts pages from the first number, and offsets by the limit', () => {
    expect(pageValues({ type: 'page', first: 0 }, { index: 2, cursor: null, url: null })).toMatchObject({ page: '2', offset: '0' });
    expect(pageValues({ type: 'offset', limit: 50 }, { index: 2, cursor: null, url: null })).toMatchObject({ offset: '100', limit: '50' });
  });

  it('stops on an empty page, whatever the style', () => {
    expect(nextPosition({ type: 'cursor', path: 'next' }, FIRST_POSITION, { ...answer({ next: 'x' }), records: 0 }, 10)).toEqual({ stop: 'empty page' });
  });

  it('takes the cursor from the body, and stops when there is none', () => {
    expect(nextPosition({ type: 'cursor', path: 'meta.next' }, FIRST_POSITION, answer({ meta: { next: 'abc' } }), 10)).toEqual({ next: { index: 1, cursor: 'abc', url: null } });
    for (const next of [null, '', undefined]) expect(nextPosition({ type: 'cursor', path: 'meta.next' }, FIRST_POSITION, answer({ meta: { next } }), 10)).toEqual({ stop: 'no cursor' });
  });

  it('follows a next link from the body, resolved against the page it came from', () => {
    expect(nextPosition({ type: 'next_link', path: 'links.next' }, FIRST_POSITION, answer({ links: { next: '?page=2' } }), 10)).toEqual({
      next: { index: 1, cursor: null, url: 'https://api.example.com/v2/contacts?page=2' },
    });
  });

  it('stops once the page limit is written', () => {
    expect(nextPosition({ type: 'page', first: 1 }, { index: 4, cursor: null, url: null }, answer({}), 5)).toEqual({ stop: 'page limit' });
  });

  it("reads the Link header's rel=next among other links and relation types (RFC 8288)", () => {
    expect(nextLink('<https://x/p1>; rel="prev", <https://x/p3>; rel="next last"')).toBe('https://x/p3');
    expect(nextLink('<https://x/p3>; title="a"; rel=next')).toBe('https://x/p3');
    expect(nextLink('<https://x/p1>; rel="first"')).toBeNull();
    expect(nextLink(undefined)).toBeNull();
  });
});
