import { invalidValue } from './errors.js';

/**
 * A place in a list ordered by a time, then by id (the lists that page with a cursor), as an
 * opaque string: clients hand back what a page gave them and never build one.
 */
export interface ListPosition {
  at: string;
  id: number;
}

export const encodeCursor = ({ at, id }: ListPosition): string => Buffer.from(JSON.stringify([at, id])).toString('base64url');

export function decodeCursor(cursor: string): ListPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && Number.isSafeInteger(id)) return { at, id: id as number };
  } catch {
    // unreadable: refused below
  }
  throw invalidValue('cursor', 'not a cursor this list returned');
}
