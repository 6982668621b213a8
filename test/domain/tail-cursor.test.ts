import { describe, expect, it } from 'vitest';
import { type AttemptRow, type ReceivedRow, type TailCursor, formatCursor, inTailOrder, parseCursor } from '../../src/domain/tail-cursor.js';

const cursor = (r: number, a: number): TailCursor => ({ received: { tx: 0, id: r }, attempts: { tx: 0, id: a } });
const received = (id: number, at = 'T1', tx = 0): ReceivedRow & { name: string } => ({ name: `r${id}`, position: { tx, id }, at });
const attempt = (id: number, delivery: number, at = 'T2', tx = 0): AttemptRow & { name: string } => ({ name: `a${id}`, position: { tx, id }, at, delivery: { tx: 0, id: delivery } });
const names = (steps: { row: { name: string } }[]) => steps.map((s) => s.row.name);

describe('the live tail cursor', () => {
  it('reads back what it writes, and nothing else', () => {
    const c: TailCursor = { received: { tx: 1052, id: 7 }, attempts: { tx: 1049, id: 3 } };
    expect(formatCursor(c)).toBe('1052.7.1049.3');
    expect(parseCursor(formatCursor(c))).toEqual(c);
    for (const bad of ['', '1.2.3', '1.2.3.4.5', '-1.2.3.4', '1.2.3.x', '1e3.2.3.4']) expect(parseCursor(bad), bad).toBeNull();
  });

  it('merges the two tables by transaction, then time, a Received first when they tie', () => {
    const steps = inTailOrder(cursor(0, 0), [received(1, 'T1', 5), received(2, 'T3', 9)], [attempt(1, 1, 'T2', 7)]);
    expect(names(steps)).toEqual(['r1', 'a1', 'r2']);
    expect(names(inTailOrder(cursor(0, 0), [received(1, 'T2')], [attempt(1, 1, 'T2')]))).toEqual(['r1', 'a1']);
  });

  it('moves one table on at a time, each event taking the cursor just after it', () => {
    const steps = inTailOrder(cursor(0, 0), [received(1)], [attempt(4, 1)]);
    expect(steps.map((s) => formatCursor(s.cursor))).toEqual(['0.1.0.0', '0.1.0.4']);
  });

  it("holds back an attempt whose delivery's Received was not read yet, and the attempts after it", () => {
    const steps = inTailOrder(cursor(0, 0), [received(1)], [attempt(1, 1), attempt(2, 2), attempt(3, 1)]);
    expect(names(steps)).toEqual(['r1', 'a1']);
    // A delivery before the cursor was told already.
    expect(names(inTailOrder(cursor(5, 0), [], [attempt(1, 2)]))).toEqual(['a1']);
  });
});
