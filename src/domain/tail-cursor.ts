/**
 * How far a live tail has read. The status changes it tells come from two tables, deliveries (a
 * delivery received) and attempts (its outcome), each read in the order its rows become final:
 * by the inserting transaction, then the id (see `DeliveriesTable.tx`). The cursor is the position
 * reached in each; the id of every event sent is the cursor just after it, so ids only grow, and a
 * client resuming from one is sent exactly what came after it in either table: none lost, none twice.
 */
export interface Position {
  tx: number;
  id: number;
}

export interface TailCursor {
  received: Position;
  attempts: Position;
}

export const isAfter = (a: Position, b: Position) => a.tx > b.tx || (a.tx === b.tx && a.id > b.id);

/** As it goes on the wire (`id:` and `Last-Event-ID`): four whole numbers. */
export const formatCursor = (c: TailCursor) => `${c.received.tx}.${c.received.id}.${c.attempts.tx}.${c.attempts.id}`;

export function parseCursor(text: string): TailCursor | null {
  const m = /^(\d{1,15})\.(\d{1,15})\.(\d{1,15})\.(\d{1,15})$/.exec(text);
  if (!m) return null;
  const [rTx, rId, aTx, aId] = m.slice(1).map(Number) as [number, number, number, number];
  return { received: { tx: rTx, id: rId }, attempts: { tx: aTx, id: aId } };
}

/** A delivery row read by the tail: where it stands, and when it was received. */
export interface ReceivedRow {
  position: Position;
  at: string;
}

/** An attempt row read by the tail: where it and its delivery stand, and when it finished. */
export interface AttemptRow extends ReceivedRow {
  delivery: Position;
}

export type Step<R, A> = ({ kind: 'received'; row: R } | { kind: 'attempt'; row: A }) & { cursor: TailCursor };

/**
 * The rows of one read, each table's in its own order, merged into one stream with the cursor after
 * each. Between the two, the earlier transaction (then the earlier time, Received first) goes
 * first; an attempt never goes before its delivery's Received: one whose delivery was not read yet
 * waits, with the attempts after it, for the next read.
 */
export function inTailOrder<R extends ReceivedRow, A extends AttemptRow>(cursor: TailCursor, received: readonly R[], attempts: readonly A[]): Step<R, A>[] {
  const steps: Step<R, A>[] = [];
  let at = cursor;
  let i = 0;
  let j = 0;
  for (;;) {
    const r = received[i];
    const a = attempts[j];
    const attemptReady = a !== undefined && !isAfter(a.delivery, at.received);
    if (r && !(attemptReady && before(a, r))) {
      at = { ...at, received: r.position };
      steps.push({ kind: 'received', row: r, cursor: at });
      i++;
    } else if (attemptReady) {
      at = { ...at, attempts: a.position };
      steps.push({ kind: 'attempt', row: a, cursor: at });
      j++;
    } else return steps;
  }
}

const before = (a: AttemptRow, r: ReceivedRow) => a.position.tx < r.position.tx || (a.position.tx === r.position.tx && a.at < r.at);
