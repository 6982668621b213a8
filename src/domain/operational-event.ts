import { type Alert, alertWords, resolution } from './alert.js';
import type { Delivery } from './delivery.js';
import { webhookId } from './delivery.js';
import type { AttemptReport } from './attempt.js';
import { causeOf } from './failure-cause.js';

/**
 * Operational events: what Hookflow tells an account about its own running, sent as Standard
 * Webhooks requests to the connection the account chose (its notification settings). Named after
 * Svix's where Svix has one:
 * - message.attempt.exhausted: a delivery was abandoned, its retries spent;
 * - endpoint.disabled / endpoint.enabled: the breaker paused a connection failing without pause, and resumed it;
 * - alert.opened / alert.resolved: an alert (see `alert.ts`);
 * - replay.finished: a replay went through all its changes, or failed;
 * - fetch.failing: a fetch job's runs failed several times in a row (`FetchOptions.failuresBeforeAlert`).
 * They are not deliveries: no flow, no attempts, no retry queue. Their own failures therefore
 * never raise alerts or further operational events.
 */
export const OPERATIONAL_EVENT_TYPES = ['message.attempt.exhausted', 'endpoint.disabled', 'endpoint.enabled', 'alert.opened', 'alert.resolved', 'replay.finished', 'fetch.failing'] as const;
export type OperationalEventType = (typeof OPERATIONAL_EVENT_TYPES)[number];

/** One event to tell an account about: its type and its `data` (the body adds `type` and `timestamp`). */
export interface OperationalEvent {
  accountId: number;
  type: OperationalEventType;
  data: Record<string, unknown>;
}

/** The Standard Webhooks body: `{ type, timestamp, data }`. */
export const eventBody = (e: Pick<OperationalEvent, 'type' | 'data'>, at: string) => ({ type: e.type, timestamp: at, data: e.data });

type Abandoned = Pick<Delivery, 'id' | 'accountId' | 'connection' | 'flowId' | 'destination' | 'changeId' | 'eventCode' | 'isTest'>;

/** A delivery abandoned, its retries spent, with what its last attempt ran into. */
export function attemptsExhausted(d: Abandoned, number: number, last: Extract<AttemptReport, { outcome: 'failed' }>): OperationalEvent {
  const httpStatus = last.record.response?.status ?? null;
  return {
    accountId: d.accountId,
    type: 'message.attempt.exhausted',
    data: {
      deliveryId: d.id,
      msgId: webhookId(d),
      connection: d.connection,
      flowId: d.flowId,
      destination: d.destination,
      changeId: d.changeId,
      eventCode: d.eventCode,
      isTest: d.isTest,
      lastAttempt: {
        number,
        startedAt: last.record.startedAt,
        httpStatus,
        category: last.failure.category,
        cause: causeOf({ ...last.failure, httpStatus }),
        message: last.failure.message,
      },
    },
  };
}

/** The breaker paused (`open`) or resumed a connection. */
export interface BreakerChange {
  accountId: number;
  connection: string;
  open: boolean;
  at: string;
  /** The failure that opened it. */
  reason?: string;
}

export const breakerChanged = (c: BreakerChange): OperationalEvent => ({
  accountId: c.accountId,
  type: c.open ? 'endpoint.disabled' : 'endpoint.enabled',
  data: { connection: c.connection, trigger: 'automatic', at: c.at, ...(c.reason ? { reason: c.reason } : {}) },
});

const alertData = (a: Alert) => ({
  alertId: a.id,
  kind: a.kind,
  connection: a.connection,
  cause: a.cause,
  ...alertWords(a),
  openedAt: a.openedAt,
  affected: a.affected,
});

export const alertOpened = (a: Alert): OperationalEvent => ({ accountId: a.accountId, type: 'alert.opened', data: alertData(a) });

export const alertResolved = (a: Alert): OperationalEvent => ({
  accountId: a.accountId,
  type: 'alert.resolved',
  data: { ...alertData(a), ...(a.state === 'resolved' ? { resolvedAt: a.resolvedAt, resolvedBy: a.resolvedBy } : {}), resolution: resolution(a) },
});

export interface FinishedReplay {
  id: number;
  accountId: number;
  /** Null when the flow was deleted (the replay failed). */
  flow: string | null;
  status: 'done' | 'failed';
  total: number;
  processed: number;
  triggered: number;
  from: string | null;
  to: string | null;
  eventCode: string | null;
}

export const replayFinished = ({ accountId, id, ...rest }: FinishedReplay): OperationalEvent => ({ accountId, type: 'replay.finished', data: { replayId: id, ...rest } });

export interface FailingFetch {
  accountId: number;
  jobId: number;
  name: string;
  runId: number;
  failures: number;
  reason: string;
  nextRunAt: string;
}

/** A fetch job failed `failures` runs in a row; told once, when the count reaches the setting. */
export const fetchFailing = ({ accountId, ...data }: FailingFetch): OperationalEvent => ({ accountId, type: 'fetch.failing', data });
