import type { Change } from '../domain/changes.js';
import type { ClaimedDelivery } from './claim.js';

/**
 * A worker taking fresh deliveries as they are queued, without a claim of its own: `take`
 * answers whether it has a slot for this one now, and reserves it. Those taken are written
 * already claimed (processing, under its lease). Once the queuing transaction ended, `settle`
 * starts those it wrote, or frees the slots if it rolled back.
 */
export interface Handover {
  worker: string;
  leaseUntil: string;
  take(d: { accountId: number; connection: string; configVersion?: number }): boolean;
  settle(taken: readonly ClaimedDelivery[], changes?: ReadonlyMap<number, Change>): void;
}

/** What takes handovers: this process's delivery worker. */
export interface HandoverTarget {
  handover(): Handover;
  /** New work was queued that no handover took. */
  wake(): void;
}
