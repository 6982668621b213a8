import { describe, expect, it } from 'vitest';
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
});
