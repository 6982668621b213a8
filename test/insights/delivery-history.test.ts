import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../src/domain/attempt.js';
import type { Delivery } from '../../src/domain/delivery.js';
import { CAUSE_ADVICE } from '../../src/domain/failure-cause.js';
import { RESUBMITTED, RESUBMITTED_BY_THEN, payloadOf, problemOf, statusHistory } from '../../src/insights/delivery-history.js';

const T = (minute: number, second = 0) => new Date(Date.UTC(2026, 11, 1, 10, minute, second)).toISOString();

const base = {
  id: 7,
  accountId: 1,
  changeId: 3,
  flowId: 1,
  destination: 'CRM',
  connection: 'crm',
  eventCode: 'SUMMIT',
  isTest: false,
  receivedAt: T(0),
  orderingKey: 'k',
  priority: 100,
  retries: 0,
  nextAttemptAt: T(0),
  createdAt: T(0),
  updatedAt: T(0),
};
const failure = { category: 'connection' as const, message: 'crm answered 503' };
const delivered = (attempts: number, at: string): Delivery => ({ ...base, status: 'delivered', attempts, deliveredAt: at, targetRecordId: 'crm-1', updatedAt: at });
const failed = (attempts: number, abandoned = false): Delivery => ({ ...base, status: 'failed', attempts, failure, abandoned });
const waiting = (status: 'retrying' | 'received' | 'processing', attempts: number, updatedAt: string): Delivery =>
  status === 'retrying' ? { ...base, status, attempts, failure, updatedAt } : { ...base, status, attempts, failure: attempts ? failure : null, updatedAt };

const sent = (body: string) => ({ url: 'http://crm/hook', method: 'POST', headers: {}, body });
const answered = (status: number) => ({ status, headers: {}, body: '', truncated: false });
const attempt = (number: number, startedAt: string, result: StoredAttempt['result'], more: Partial<StoredAttempt> = {}): StoredAttempt => ({
  number,
  startedAt,
  durationMs: 250,
  outcome: result === 'delivered' ? 'delivered' : 'failed',
  failureCategory: result === 'delivered' ? null : 'connection',
  failureMessage: result === 'delivered' ? null : 'crm answered 503',
  httpStatus: result === 'delivered' ? 201 : 503,
  cause: result === 'delivered' ? null : 'target_down',
  result,
  request: sent(`{"try":${number}}`),
  response: answered(result === 'delivered' ? 201 : 503),
  note: null,
  ...more,
});
const ended = (startedAt: string) => new Date(Date.parse(startedAt) + 250).toISOString();

describe("a delivery's status history", () => {
  it('reads received, then each attempt processing and what it left: retrying, then delivered', () => {
    const attempts = [attempt(1, T(1), 'retrying'), attempt(2, T(2), 'delivered')];
    expect(statusHistory(delivered(2, ended(T(2))), attempts)).toEqual([
      { status: 'received', at: T(0) },
      { status: 'processing', at: T(1), attempt: 1 },
      { status: 'retrying', at: ended(T(1)), attempt: 1, detail: 'crm answered 503' },
      { status: 'processing', at: T(2), attempt: 2 },
      { status: 'delivered', at: ended(T(2)), attempt: 2 },
    ]);
  });

  it('is only Received while nothing was tried, and says Processing while an attempt runs', () => {
    expect(statusHistory(waiting('received', 0, T(0)), [])).toEqual([{ status: 'received', at: T(0) }]);
    expect(statusHistory(waiting('processing', 1, T(5)), [attempt(1, T(1), 'retrying')]).slice(-1)).toEqual([{ status: 'processing', at: T(5), attempt: 2 }]);
  });

  it('ends Failed when the retries ran out, saying so', () => {
    const attempts = [attempt(1, T(1), 'retrying'), attempt(2, T(2), 'abandoned')];
    expect(statusHistory(failed(2, true), attempts).at(-1)).toEqual({ status: 'failed', at: ended(T(2)), attempt: 2, detail: 'retries ran out: crm answered 503' });
  });

  it('tells a resubmission by hand: when, while the delivery waits; only that it was before, once tried again', () => {
    const first = attempt(1, T(1), 'failed', { failureCategory: 'validation', failureMessage: 'crm answered 422' });
    expect(statusHistory(waiting('retrying', 1, T(30)), [first]).slice(-2)).toEqual([
      { status: 'failed', at: ended(T(1)), attempt: 1, detail: 'crm answered 422' },
      { status: 'retrying', at: T(30), detail: RESUBMITTED },
    ]);
    expect(statusHistory(delivered(2, ended(T(40))), [first, attempt(2, T(40), 'delivered')]).slice(-4)).toEqual([
      { status: 'failed', at: ended(T(1)), attempt: 1, detail: 'crm answered 422' },
      { status: 'retrying', at: T(40), detail: RESUBMITTED_BY_THEN },
      { status: 'processing', at: T(40), attempt: 2 },
      { status: 'delivered', at: ended(T(40)), attempt: 2 },
    ]);
  });

  it('reads attempts recorded before their results were from what followed them', () => {
    const old = [attempt(1, T(1), null), attempt(2, T(2), null)];
    expect(statusHistory(failed(2, true), old).map((s) => s.status)).toEqual(['received', 'processing', 'retrying', 'processing', 'failed']);
    expect(statusHistory(failed(2, true), old).at(-1)?.detail).toBe('retries ran out: crm answered 503');
  });
});

describe("a delivery's problem, in plain words", () => {
  it("is the latest failed attempt's cause with the guide's advice", () => {
    const attempts = [attempt(1, T(1), 'retrying', { httpStatus: 401, cause: 'credentials', failureCategory: 'config', failureMessage: 'crm answered 401' })];
    expect(problemOf(waiting('retrying', 1, T(2)), attempts)).toEqual({
      cause: 'credentials',
      ...CAUSE_ADVICE.credentials,
      message: 'crm answered 401',
      category: 'config',
      httpStatus: 401,
    });
  });

  it('is worked out from the category and status when the attempt predates causes', () => {
    const attempts = [attempt(1, T(1), 'failed', { cause: null, httpStatus: null, failureCategory: 'validation', failureMessage: "mapping 'Lead': /email: is required" })];
    expect(problemOf(failed(1), attempts)).toMatchObject({ cause: 'mapping', whatToDo: CAUSE_ADVICE.mapping.whatToDo, httpStatus: null });
  });

  it('is none once delivered, or before anything failed', () => {
    expect(problemOf(delivered(2, T(3)), [attempt(1, T(1), 'retrying'), attempt(2, T(2), 'delivered')])).toBeNull();
    expect(problemOf(waiting('received', 0, T(0)), [])).toBeNull();
  });
});

describe("a delivery's payload", () => {
  it('is the body the latest attempt that sent anything sent', () => {
    expect(payloadOf([attempt(1, T(1), 'retrying'), attempt(2, T(2), 'failed', { request: null, response: null })])).toBe('{"try":1}');
  });

  it('reads "expired" past payload retention, and null when nothing was sent', () => {
    expect(payloadOf([attempt(1, T(1), 'delivered', { request: 'expired', response: 'expired' })])).toBe('expired');
    expect(payloadOf([attempt(1, T(1), 'failed', { request: null, response: null })])).toBeNull();
    expect(payloadOf([])).toBeNull();
  });
});
