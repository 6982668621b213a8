import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Dialect } from '../store/database.js';
import type { Change } from '../domain/changes.js';
import { type DirectClaim, type FailedAttempt, type FreeSlots, claimDeliveries, markDelivered, markFailed, markRetrying, recordDelivered, releaseClaim } from '../store/deliveries.js';
import { type NewAttempt, recordAttempts } from '../store/attempts.js';
import { GroupCommit } from '../store/group-commit.js';
import { inTransaction } from '../store/transaction.js';
import type { Db, Schema } from '../store/schema.js';
import type { AttemptReport } from './attempt.js';
import { ClaimBatch } from './claim-batch.js';
import { CircuitBreakers } from './circuit-breaker.js';
import { ConnectionLimits } from './connection-limits.js';
import type { Delivery } from './delivery.js';
import { nextRetry } from './retry-policy.js';

const SECOND = 1000;
const DEFAULT_POLL = 0.25 * SECOND;

export interface WorkerOptions {
  db: Kysely<Schema>;
  dialect: Dialect;
  /**
   * Makes one try of a delivery: renders it with the current configuration and sends it. The
   * deliveries of one claim share `batch`, so what they read in common is read once.
   */
  attempt: (delivery: Delivery, batch: ClaimBatch) => Promise<AttemptReport>;
  /** Requests in flight across all targets. */
  concurrency?: number;
  /** Each connection's limits: requests in flight (a target that hangs holds only its own), pace, retries. */
  limits?: ConnectionLimits;
  breakers?: CircuitBreakers;
  /** How long a claim lasts before another worker may take it over. */
  lease?: number;
  /** How often to look for due work when nothing wakes the worker. */
  pollInterval?: number;
  /** Shrinks the retry schedule (tests, demos). */
  retryScale?: number;
  now?: () => Date;
  log?: Pick<Logger, 'error' | 'warn'>;
}

/**
 * Takes due deliveries and works them, at most `concurrency` at a time and each connection's
 * `maxConcurrent` per target, paced to its requests per second, paused while its breaker is open.
 * Every outcome goes back to the store with its attempt: delivered, retrying (with the schedule's
 * next time) or failed; outcomes that finish together share one transaction. Stopping stops
 * claiming and lets what is in flight finish.
 */
export class DeliveryWorker {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private timer: NodeJS.Timeout | null = null;
  private claiming: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly settled = new Set<Promise<void>>();
  private readonly limits: ConnectionLimits;
  private readonly breakers: CircuitBreakers;
  private readonly concurrency: number;
  private readonly claimBatch: number;
  private lastTakeOver = 0;
  /** The last claim found nothing more due: finishing attempts need not look again. */
  private drained = false;
  private readonly outcomes: GroupCommit<Outcome, void>;

  constructor(private readonly o: WorkerOptions) {
    this.limits = o.limits ?? new ConnectionLimits(o.db);
    this.breakers = o.breakers ?? new CircuitBreakers();
    this.concurrency = o.concurrency ?? 32;
    this.claimBatch = Math.max(1, Math.floor(this.concurrency / 4));
    this.outcomes = new GroupCommit(o.db, (trx, outcomes) => this.record(trx, outcomes));
  }

  private get lease() {
    return this.o.lease ?? 60 * SECOND;
  }

  private now() {
    return this.o.now?.() ?? new Date();
  }

  start() {
    this.stopped = false;
    this.timer = setInterval(() => this.wake('poll'), this.o.pollInterval ?? DEFAULT_POLL);
    this.wake();
  }

  /** Stops claiming; in-flight attempts finish and record their outcome. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.claiming;
    await Promise.all(this.settled);
  }

  /**
   * New work may be due, or slots were freed: claim now rather than at the next poll. While
   * attempts are in flight, a claim waits until a quarter of the slots are free, so that one claim
   * (a transaction) serves several, and a finished attempt looks again only if the last claim left
   * work behind. The poll claims whatever is free (slots held by slow targets then cost the
   * others at most a poll interval).
   */
  wake(why: 'new work' | 'finished' | 'poll' = 'new work') {
    if (this.stopped) return;
    if (why === 'new work') this.drained = false;
    const worthIt = this.total === 0 || this.concurrency - this.total >= this.claimBatch;
    if (why !== 'poll' && (!worthIt || (why === 'finished' && this.drained))) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = this.claimLoop().finally(() => {
      this.claiming = null;
    });
  }

  private async claimLoop() {
    do {
      this.again = false;
      const free = this.concurrency - this.total;
      if (free <= 0) return;
      try {
        const now = this.now();
        const takeOverExpired = now.getTime() - this.lastTakeOver >= (this.o.pollInterval ?? DEFAULT_POLL);
        if (takeOverExpired) this.lastTakeOver = now.getTime();
        await this.limits.refresh(now.getTime());
        const { deliveries: claimed, drained, changes } = await claimDeliveries(this.o.db, {
          dialect: this.o.dialect,
          worker: this.id,
          limit: free,
          now: now.toISOString(),
          leaseUntil: new Date(now.getTime() + this.lease).toISOString(),
          takeOverExpired,
          freeSlots: this.freeSlots(now.getTime()),
        });
        const batch = new ClaimBatch(claimed, changes);
        for (const delivery of claimed) this.run(delivery, batch);
        this.drained = drained && !this.again; // new work signalled meanwhile is not drained
        if (claimed.length === free) this.again = true;
      } catch (error) {
        this.o.log?.error({ err: error }, 'claiming deliveries failed; will try again');
        return;
      }
    } while (this.again && !this.stopped);
  }

  /** Each connection's free request slots: its limit less what is in flight, none while its breaker holds it. */
  private freeSlots(now: number): FreeSlots {
    const otherwise = this.limits.defaults.maxConcurrent;
    const byConnection = new Map<string, number>();
    for (const key of new Set([...this.inFlight.keys(), ...this.limits.custom(), ...this.breakers.failing()])) {
      const free = this.breakers.allowance(key, this.limits.of(key).maxConcurrent - (this.inFlight.get(key) ?? 0), now);
      if (free !== otherwise) byConnection.set(key, free);
    }
    return { byConnection, otherwise };
  }

  /**
   * Fresh deliveries go straight from their evaluation to this worker, in the transaction that
   * evaluated them (a write's, or the change processor's), instead of waiting for a claim: `take`
   * reserves a slot when one is free and nothing older waits (the last claim drained the queue: a
   * fresh delivery never jumps it); a paused target's deliveries are left to claims and their
   * probes. Once the transaction ended, `settle` runs those taken if it committed, and frees the
   * slots if it did not.
   */
  handover(): Handover {
    const reserved: string[] = [];
    const now = this.now().getTime();
    return {
      worker: this.id,
      leaseUntil: new Date(now + this.lease).toISOString(),
      take: (d) => {
        const key = slotKey(d);
        const free = Math.min(this.concurrency - this.total, this.limits.of(key).maxConcurrent - (this.inFlight.get(key) ?? 0));
        if (this.stopped || !this.drained || free <= 0 || this.breakers.isOpen(key)) return false;
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

  private run(delivery: Delivery, batch: ClaimBatch) {
    const key = slotKey(delivery);
    this.breakers.started(key);
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

  private async work(delivery: Delivery, batch: ClaimBatch) {
    if (this.stopped) return releaseClaim(this.o.db, delivery.id, this.id, this.now().toISOString());
    const key = slotKey(delivery);
    const wait = this.limits.pace(key, this.now().getTime());
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    let report: AttemptReport;
    try {
      report = await this.o.attempt(delivery, batch);
    } catch (error) {
      const at = this.now().toISOString();
      report = { outcome: 'failed', failure: { category: 'system', message: `internal error: ${String(error)}` }, record: { startedAt: at, durationMs: 0 } };
    }
    const at = this.now();
    this.breakers.record(key, report.outcome === 'delivered' || report.failure.category !== 'connection', at.getTime());
    const attempt = { delivery, number: delivery.attempts + 1, report };
    if (report.outcome === 'delivered') return this.outcomes.write({ attempt, next: { status: 'delivered', targetRecordId: report.targetRecordId } });
    const failed = { ...report.failure, at: at.toISOString() };
    const decision = nextRetry(report.failure, delivery.retries, { maxRetries: this.limits.of(key).maxRetries, scale: this.o.retryScale });
    const next: NextState = decision.retry
      ? { status: 'retrying', failed, at: new Date(at.getTime() + decision.delay).toISOString() }
      : { status: 'failed', failed, abandoned: decision.why === 'retries_exhausted' };
    return this.outcomes.write({ attempt, next });
  }

  /**
   * PostgreSQL, all delivered (the usual case): one statement. Otherwise one transaction: the
   * attempts in one statement, the delivered in another, the failed one by one (they are few).
   */
  private async record(db: Kysely<Schema>, outcomes: Outcome[]): Promise<void[]> {
    const at = this.now().toISOString();
    const delivered = outcomes.flatMap(({ attempt, next }) => (next.status === 'delivered' ? [{ id: attempt.delivery.id, targetRecordId: next.targetRecordId, attempt }] : []));
    if (this.o.dialect === 'postgres' && delivered.length === outcomes.length) await recordDelivered(db, this.id, at, delivered);
    else await inTransaction(db, (trx) => this.recordIn(trx, outcomes, delivered, at));
    return outcomes.map(() => undefined);
  }

  private async recordIn(trx: Db, outcomes: Outcome[], delivered: { id: number; targetRecordId: string | null }[], at: string) {
    await recordAttempts(
      trx,
      outcomes.map((o) => o.attempt),
    );
    if (delivered.length) await markDelivered(trx, this.id, at, delivered);
    for (const { attempt, next } of outcomes) {
      if (next.status === 'retrying') await markRetrying(trx, attempt.delivery.id, this.id, next.failed, next.at);
      if (next.status === 'failed') await markFailed(trx, attempt.delivery.id, this.id, next.failed, next.abandoned);
    }
  }
}

export interface Handover extends DirectClaim {
  /** After the transaction: `taken` is what it wrote claimed (empty if it rolled back). */
  settle(taken: (Delivery & { configVersion?: number })[], changes?: ReadonlyMap<number, Change>): void;
}

type NextState =
  | { status: 'delivered'; targetRecordId: string | null }
  | { status: 'retrying'; failed: FailedAttempt; at: string }
  | { status: 'failed'; failed: FailedAttempt; abandoned: boolean };

/** An attempt, and the delivery's next state. */
interface Outcome {
  attempt: NewAttempt;
  next: NextState;
}

const slotKey = (d: Pick<Delivery, 'accountId' | 'connection'>) => `${d.accountId}/${d.connection}`;
