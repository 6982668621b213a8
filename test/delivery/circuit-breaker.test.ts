import { describe, expect, it } from 'vitest';
import { DEFAULT_BREAKER } from '../../src/config.js';
import { CircuitBreakers } from '../../src/delivery/circuit-breaker.js';
import { CLOCK_START } from '../support/clock.js';

describe('circuit breaker', () => {
  const options = { failures: 3, sustained: 1000, probeEvery: 500 };
  /** `ms` into the test, by a clock that reads a real date (as the worker's does), not 0. */
  const at = (ms: number) => Date.parse(CLOCK_START) + ms;

  it('stays closed through a blip, even of many failures, if they are not sustained', () => {
    const b = new CircuitBreakers(options);
    for (let i = 0; i < 10; i++) b.record('crm', false, at(i));
    expect(b.isOpen('crm')).toBe(false);
    expect(b.allowance('crm', 8, at(10))).toBe(8);
  });

  it('opens on failures sustained over time, then lets one probe through at a time', () => {
    const b = new CircuitBreakers(options);
    b.record('crm', false, at(0));
    b.record('crm', false, at(600));
    b.record('crm', false, at(1200));
    expect(b.isOpen('crm')).toBe(true);
    expect(b.allowance('crm', 8, at(1300))).toBe(0);
    expect(b.allowance('crm', 8, at(1700))).toBe(1);
    b.started('crm');
    expect(b.allowance('crm', 7, at(1750))).toBe(0);
    b.record('crm', false, at(1800));
    expect(b.allowance('crm', 8, at(2000))).toBe(0);
    expect(b.allowance('crm', 8, at(2300))).toBe(1);
  });

  it('closes when a probe gets through, and keeps targets apart', () => {
    const b = new CircuitBreakers(options);
    for (const t of [0, 600, 1200]) b.record('crm', false, at(t));
    expect(b.allowance('slack', 8, at(1300))).toBe(8);
    b.started('crm');
    b.record('crm', true, at(1800));
    expect(b.isOpen('crm')).toBe(false);
    expect(b.allowance('crm', 8, at(1900))).toBe(8);
  });

  it('stays closed under a slow trickle of failures, fewer than its threshold however long they last', () => {
    const b = new CircuitBreakers(options);
    b.record('crm', false, 50_000);
    b.record('crm', false, 500_000);
    expect(b.isOpen('crm')).toBe(false);
    expect(b.failing()).toEqual(['crm']);
    expect(b.allowance('crm', 8, 500_001)).toBe(8);
  });

  it('opens at its threshold once the failures have lasted long enough, whenever they started', () => {
    const b = new CircuitBreakers(options);
    for (const t of [50_000, 50_400, 50_999]) b.record('crm', false, t);
    expect(b.isOpen('crm')).toBe(false);
    b.record('crm', false, 51_000);
    expect(b.isOpen('crm')).toBe(true);
    expect(b.allowance('crm', 8, 51_499)).toBe(0);
    expect(b.allowance('crm', 8, 51_500)).toBe(1);
    expect(b.allowance('crm', 0, 51_500)).toBe(0);
  });

  it('opens on exactly its threshold of failures', () => {
    const b = new CircuitBreakers(options);
    for (const t of [7_000, 7_500]) b.record('crm', false, t);
    b.record('crm', false, 9_000);
    expect(b.isOpen('crm')).toBe(true);
  });

  it('counts failures afresh after a success', () => {
    const b = new CircuitBreakers(options);
    b.record('crm', false, 10_000);
    b.record('crm', false, 10_500);
    b.record('crm', true, 10_600);
    expect(b.failing()).toEqual([]);
    b.record('crm', false, 11_200);
    b.record('crm', false, 11_300);
    expect(b.isOpen('crm')).toBe(false);
    b.record('crm', false, 12_200);
    expect(b.isOpen('crm')).toBe(true);
  });

  it('lets a request through a closed breaker without making it a probe', () => {
    const b = new CircuitBreakers(options);
    b.started('crm');
    b.record('crm', false, 0);
    b.started('crm');
    expect(b.allowance('crm', 4, 1)).toBe(4);
    expect(b.isOpen('slack')).toBe(false);
  });

  it('waits a whole probe interval after a failed probe, counted from its failure', () => {
    const b = new CircuitBreakers(options);
    for (const t of [20_000, 20_600, 21_200]) b.record('crm', false, t);
    b.started('crm');
    b.record('crm', false, 21_900);
    expect(b.isOpen('crm')).toBe(true);
    expect(b.allowance('crm', 8, 22_399)).toBe(0);
    expect(b.allowance('crm', 8, 22_400)).toBe(1);
  });

  it('by default opens after ten failures over thirty seconds, and probes every fifteen', () => {
    const tenth = (at: number) => {
      const b = new CircuitBreakers(DEFAULT_BREAKER);
      for (let i = 0; i < 9; i++) b.record('crm', false, 1_000 + i * 1_000);
      b.record('crm', false, at);
      return b;
    };
    expect(tenth(30_999).isOpen('crm')).toBe(false);
    const b = tenth(31_000);
    expect(b.isOpen('crm')).toBe(true);
    expect(b.allowance('crm', 8, 45_999)).toBe(0);
    expect(b.allowance('crm', 8, 46_000)).toBe(1);
    const nine = new CircuitBreakers(DEFAULT_BREAKER);
    for (let i = 0; i < 9; i++) nine.record('crm', false, i * 60_000);
    expect(nine.isOpen('crm')).toBe(false);
  });

  it('says when it pauses a target and when a probe resumes it, once each', () => {
    const b = new CircuitBreakers(options);
    expect([0, 600].map((t) => b.record('crm', false, at(t)))).toEqual([null, null]);
    expect(b.record('crm', false, at(1200))).toBe('opened');
    b.started('crm');
    expect(b.record('crm', false, at(1800))).toBe(null);
    b.started('crm');
    expect(b.record('crm', true, at(2400))).toBe('closed');
    expect(b.record('crm', true, at(2500))).toBe(null);
  });
});
