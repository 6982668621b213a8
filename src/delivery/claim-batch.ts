import type { Change } from '../domain/changes.js';
import type { Delivery } from '../domain/delivery.js';

type Claimed = Delivery & { configVersion?: number };

/** Deliveries claimed together: what their attempts read in common (the changes, the configuration) is read once. */
export class ClaimBatch {
  private readonly reads = new Map<string, Promise<unknown>>();

  constructor(
    readonly deliveries: readonly Claimed[],
    /** Changes already in hand: read with the claim, or evaluated by whoever handed the deliveries over. */
    private readonly changes: ReadonlyMap<number, Change> = new Map(),
  ) {}

  knownChange(id: number): Change | undefined {
    return this.changes.get(id);
  }

  /** The account's configuration version as the claim read it, if it did. */
  configVersion(accountId: number): number | undefined {
    return this.deliveries.find((d) => d.accountId === accountId)?.configVersion;
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
