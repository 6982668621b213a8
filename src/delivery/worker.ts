import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock.js';
import type { AttemptReport } from '../domain/attempt.js';
import type { BreakerChange } from '../domain/operational-event.js';
import type { ClaimedDelivery, FreeSlots } from '../queue/claim.js';
import { CoalescingLoop } from '../queue/coalescing-loop.js';
import type { DeliveryQueue, Finished } from '../queue/delivery-queue.js';
import type { Handover, HandoverTarget } from '../queue/handover.js';
import { GroupCommit } from '../store/group-commit.js';
import { ClaimBatch } from './claim-batch.js';
import type { CircuitBreakers } from './circuit-breaker.js';
import type { ConnectionLimits } from './connection-limits.js';
import { nextRetry } from './retry-policy.js';

export interface WorkerOptions {
  queue: DeliveryQueue;
  /**
   * Makes one try of a delivery: renders it with the current configuration and sends it. The
   * deliveries of one claim share `batch`, so what they read in common is read once.
   */
  attempt: (delivery: ClaimedDelivery, batch: ClaimBatch) => Promise<AttemptReport>;
  /** Requests in flight across all targets. */
  concurrency: number;
  /** Each connection's limits: requests in flight (a target that hangs holds only its own), pace, retries. */
  limits: ConnectionLimits;
  breakers: CircuitBreakers;
  /** How long a claim lasts before another worker may take it over. */
  lease: number;
  /** How often to look for due work when nothing wakes the worker. */
  pollInterval: number;
  /** Shrinks the retry schedule (tests, demos). */
  retryScale: number;
  clock: Clock;
  log?: Pick<Logger, 'error' | 'warn'>;
  /** Answers written back recorded changes: the change processor has work. */
  changesRecorded?: () => void;
  /** A connection's breaker paused it, or resumed it (an operational event, told by whoever wires the worker). */
  onBreaker?: (change: BreakerChange) => void;
}

/** A connection whose breaker has seen failures: open (paused, probed) or not yet. */
export interface BreakerState {
  accountId: number;
  connection: string;
  open: boolean;
}

/**
 * Takes due deliveries and works them, at most `concurrency` at a time and each connection's
 * `maxConcurrent` per target, paced to its requests per second, paused while its breaker is open.
 * Every outcome goes back to the store with its attempt: delivered, retrying (with the schedule's
 * next time) or failed; outcomes that finish together share one transaction. Stopping stops
 * claiming and lets what is in flight finish.
 */
export class DeliveryWorker implements HandoverTarget {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private readonly loop: CoalescingLoop;
  private readonly settled = new Set<Promise<void>>();
  private readonly claimBatch: number;
  private lastTakeOver = 0;
  /** The last claim found nothing more due: finishing attempts need not look again. */
  private drained = false;
  private readonly outcomes: GroupCommit<Finished, void>;

  constructor(private readonly o: WorkerOptions) {
    this.claimBatch = Math.max(1, Math.floor(o.concurrency / 4));
    this.loop = new CoalescingLoop(() => this.claim(), { every: o.pollInterval, failed: 'claiming deliveries failed; will try again', log: o.log });
    this.outcomes = new GroupCommit(async (finished) => {
      const changes = await o.queue.finish(this.id, o.clock.now().toISOString(), finished);
      if (changes > 0) o.changesRecorded?.();
      return finished.map(() => undefined);
    });
  }

  start() {
    this.loop.start();
  }

  /** Stops claiming; in-flight attempts finish and record their outcome. */
  async stop() {
    await this.loop.stop();
    await Promise.all(this.settled);
  }

  /**
   * New work may be due, or slots were freed: claim now rather than at the next poll. While
   * attempts are in flight, a claim waits until a quarter of the slots are free, so that one claim
   * (a transaction) serves several, and a finished attempt looks again only if the last claim left
   * work behind. The poll (the loop's timer) claims whatever is free (slots held by slow targets
   * then cost the others at most a poll interval).
   */
  wake(why: 'new work' | 'finished' = 'new work') {
    if (why === 'new work') this.drained = false;
    const worthIt = this.total === 0 || this.o.concurrency - this.total >= this.claimBatch;
    if (worthIt && !(why === 'finished' && this.drained)) this.loop.ask();
  }

  private async claim() {
    const free = this.o.concurrency - this.total;
    if (free <= 0) return;
    const now = this.o.clock.now();
    const takeOverExpired = now.getTime() - this.lastTakeOver >= this.o.pollInterval;
    if (takeOverExpired) this.lastTakeOver = now.getTime();
    if (!this.o.limits.ready) await this.o.limits.refresh();
    const { deliveries, drained, changes } = await this.o.queue.claim({
      worker: this.id,
      limit: free,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + this.o.lease).toISOString(),
      takeOverExpired,
      freeSlots: this.freeSlots(now.getTime()),
    });
    const within = await this.withinLimits(deliveries);
    const batch = new ClaimBatch(within, changes);
    for (const delivery of within) this.run(delivery, batch);
    this.drained = drained && !this.loop.asked; // new work signalled meanwhile is not drained
    if (deliveries.length === free) this.loop.ask();
  }

  /**
   * Claimed under a configuration newer than the limits in hand (a connection just created or
   * edited): the limits are read again, and what the claim took beyond them is given back.
   */
  private async withinLimits(claimed: ClaimedDelivery[]): Promise<ClaimedDelivery[]> {
    if (!claimed.some((d) => this.o.limits.isStale(d.accountId, d.configVersion))) return claimed;
    await this.o.limits.refresh();
    const room = new Map<string, number>();
    const [within, beyond] = [[] as ClaimedDelivery[], [] as number[]];
    for (const d of claimed) {
      const key = slotKey(d);
      const left = room.get(key) ?? this.o.limits.of(key).maxConcurrent - (this.inFlight.get(key) ?? 0);
      room.set(key, left - 1);
      if (left > 0) within.push(d);
      else beyond.push(d.id);
    }
    await this.o.queue.release(beyond, this.id, this.o.clock.now().toISOString());
    return within;
  }

  /** Each connection's free request slots: its limit less what is in flight, none while its breaker holds it. */
  private freeSlots(now: number): FreeSlots {
    const { limits, breakers } = this.o;
    const otherwise = limits.defaults.maxConcurrent;
    const byConnection = new Map<string, number>();
    for (const key of new Set([...this.inFlight.keys(), ...limits.custom(), ...breakers.failing()])) {
      const free = breakers.allowance(key, limits.of(key).maxConcurrent - (this.inFlight.get(key) ?? 0), now);
      if (free !== otherwise) byConnection.set(key, free);
    }
    return { byConnection, otherwise };
  }

  /**
   * Fresh deliveries go straight from their evaluation to this worker, in the transaction that
   * evaluated them (a write's, or the change processor's), instead of waiting for a claim: `take`
   * reserves a slot when one is free, the limits in hand are current, and nothing older waits (the
   * last claim drained the queue: a fresh delivery never jumps it); a paused target's deliveries
   * are left to claims and their probes.
   */
  handover(): Handover {
    const reserved: string[] = [];
    return {
      worker: this.id,
      leaseUntil: new Date(this.o.clock.now().getTime() + this.o.lease).toISOString(),
      take: (d) => {
        const key = slotKey(d);
        if (this.loop.isStopped || !this.drained || this.o.breakers.isOpen(key) || this.o.limits.isStale(d.accountId, d.configVersion)) return false;
        const free = Math.min(this.o.concurrency - this.total, this.o.limits.of(key).maxConcurrent - (this.inFlight.get(key) ?? 0));
        if (free <= 0) return false;
        this.occupy(key);
        reserved.push(key);
        return true;
      },
      settle: (taken, changes) => {
        for (const key of reserved) this.vacate(key);
        if (taken.length === 0) return;
        const batch = new ClaimBatch(taken, changes);
        for (const delivery of taken) this.run(delivery, batch);
      },
    };
  }

  private occupy(key: string) {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    this.total++;
  }

  private vacate(key: string) {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
    this.total--;
  }

  private run(delivery: ClaimedDelivery, batch: ClaimBatch) {
    const key = slotKey(delivery);
    this.o.breakers.started(key);
    this.occupy(key);
    const done = this.work(delivery, batch)
      .catch((error) => this.o.log?.error({ err: error, delivery: delivery.id }, 'recording a delivery outcome failed'))
      .finally(() => {
        this.vacate(key);
        this.settled.delete(done);
        this.wake('finished');
      });
    this.settled.add(done);
  }

  /** This process's breakers, for the connections failing now (the others have no state). */
  breakerStates(): BreakerState[] {
    const { breakers } = this.o;
    return breakers.failing().map((key) => ({ ...slotOf(key), open: breakers.isOpen(key) }));
  }

  private async work(delivery: ClaimedDelivery, batch: ClaimBatch) {
    const { clock } = this.o;
    if (this.loop.isStopped) return this.o.queue.release([delivery.id], this.id, clock.now().toISOString());
    const key = slotKey(delivery);
    const wait = this.o.limits.pace(key, clock.now().getTime());
    if (wait > 0) await clock.sleep(wait);
    const report = await this.o.attempt(delivery, batch).catch((error): AttemptReport => {
      const failure = { category: 'system' as const, message: `internal error: ${String(error)}` };
      return { outcome: 'failed', failure, record: { startedAt: clock.now().toISOString(), durationMs: 0 } };
    });
    const at = clock.now();
    const transition = this.o.breakers.record(key, report.outcome === 'delivered' || report.failure.category !== 'connection', at.getTime());
    if (transition) {
      const reason = report.outcome === 'failed' ? { reason: report.failure.message } : {};
      this.o.onBreaker?.({ accountId: delivery.accountId, connection: delivery.connection, open: transition === 'opened', at: at.toISOString(), ...reason });
    }
    const attempt = { delivery, number: delivery.attempts + 1, report };
    if (report.outcome === 'delivered') return this.outcomes.write({ attempt, status: 'delivered', targetRecordId: report.targetRecordId });
    const decision = nextRetry(report.failure, delivery.retries, { maxRetries: this.o.limits.of(key).maxRetries, scale: this.o.retryScale });
    const failed = { category: report.failure.category, message: report.failure.message, at: at.toISOString() };
    return this.outcomes.write({
      attempt,
      status: 'failed',
      failed,
      next: decision.retry ? { status: 'retrying', at: new Date(at.getTime() + decision.delay).toISOString() } : { status: 'failed', abandoned: decision.why === 'retries_exhausted' },
    });
  }
}

const slotKey = (d: { accountId: number; connection: string }) => `${d.accountId}/${d.connection}`;
/** The inverse of `slotKey` (a connection's name may hold a '/', an account id never does). */
const slotOf = (key: string) => {
  const cut = key.indexOf('/');
  return { accountId: Number(key.slice(0, cut)), connection: key.slice(cut + 1) };
};
