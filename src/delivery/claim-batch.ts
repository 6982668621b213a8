import type { Change } from '../domain/changes.js';
import type { ClaimedDelivery } from '../queue/claim.js';

/** Deliveries claimed together: what their attempts read in common (their changes) is read once. */
export class ClaimBatch {
  private readonly reads = new Map<string, Promise<unknown>>();

  constructor(
    readonly deliveries: readonly ClaimedDelivery[],
    /** Changes already in hand: read with the claim, or evaluated by whoever handed the deliveries over. */
    private readonly changes: ReadonlyMap<number, Change> = new Map(),
  ) {}

  knownChange(id: number): Change | undefined {
    return this.changes.get(id);
  }

  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let value = this.reads.get(key) as Promise<T> | undefined;
    if (!value) {
      value = read();
      this.reads.set(key, value);
    }
    return value;
  }
}
