import { HookflowError } from '../domain/errors.js';
import type { ListPosition } from '../store/deliveries.js';

/** A list position as an opaque string: clients hand back what a page gave them, never build one. */
export const encodeCursor = (p: ListPosition): string => Buffer.from(JSON.stringify([p.receivedAt, p.id])).toString('base64url');

export function decodeCursor(cursor: string): ListPosition {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof receivedAt === 'string' && !Number.isNaN(Date.parse(receivedAt)) && Number.isSafeInteger(id) && (id as number) > 0) return { receivedAt, id: id as number };
  } catch {
    // not ours: answered below
  }
  throw new HookflowError('HF_BAD_REQUEST', 'querystring/cursor is not a cursor a page of this list gave', 'cursor');
}
