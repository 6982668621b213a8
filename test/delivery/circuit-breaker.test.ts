import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../../src/delivery/circuit-breaker.js';

describe('circuit breaker', () => {
  const options = { failures: 3, sustained: 1000, probeEvery: 500 };

  it('stays closed through a blip, even of many failures, if they are not sustained', () => {
    const b = new CircuitBreakers(options);
    for (let i = 0; i < 10; i++) b.record('crm', false, i);
    expect(b.isOpen('crm')).toBe(false);
    expect(b.allowance('crm', 8, 10)).toBe(8);
  });

  it('opens on failures sustained over time, then lets one probe through at a time', () => {
    const b = new CircuitBreakers(options);
    b.record('crm', false, 0);
    b.record('crm', false, 600);
    b.record('crm', false, 1200);
    expect(b.isOpen('crm')).toBe(true);
    expect(b.allowance('crm', 8, 1300)).toBe(0);
    expect(b.allowance('crm', 8, 1700)).toBe(1);
    b.started('crm');
    expect(b.allowance('crm', 7, 1750)).toBe(0);
    b.record('crm', false, 1800);
    expect(b.allowance('crm', 8, 2000)).toBe(0);
    expect(b.allowance('crm', 8, 2300)).toBe(1);
  });

  it('closes when a probe gets through, and keeps targets apart', () => {
    const b = new CircuitBreakers(options);
    for (const t of [0, 600, 1200]) b.record('crm', false, t);
    expect(b.allowance('slack', 8, 1300)).toBe(8);
    b.started('crm');
    b.record('crm', true, 1800);
    expect(b.isOpen('crm')).toBe(false);
    expect(b.allowance('crm', 8, 1900)).toBe(8);
  });
});
