import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox, SecretError } from '../../src/secrets/secret-box.js';

describe('the secret box', () => {
  const box = new SecretBox(randomBytes(32));
  const secrets = { password: 'hunter2-hunter2', nested: { token: 'ü∂' } };

  it('opens what it sealed, and never seals the same value to the same text twice', () => {
    const a = box.seal(secrets);
    const b = box.seal(secrets);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('hunter2');
    expect(box.open(a)).toEqual(secrets);
    expect(box.open(b)).toEqual(secrets);
  });

  it('refuses a sealed text altered anywhere: IV, tag or ciphertext', () => {
    const sealed = box.seal(secrets);
    const raw = Buffer.from(sealed.slice(3), 'base64');
    for (const at of [0, 12, 28, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[at] = (tampered[at] ?? 0) ^ 1;
      expect(() => box.open(`v1:${tampered.toString('base64')}`)).toThrow(SecretError);
    }
    expect(() => box.open(`v1:${raw.subarray(0, 20).toString('base64')}`)).toThrow(/truncated/);
    expect(() => box.open(`v2:${raw.toString('base64')}`)).toThrow(/unknown version/);
  });

  it('refuses a text sealed with another key', () => {
    expect(() => new SecretBox(randomBytes(32)).open(box.seal(secrets))).toThrow(/altered, or sealed with another key/);
  });

  it('binds a sealed text to its context: it does not open under another', () => {
    const sealed = box.seal(secrets, 'connections/1/crm');
    expect(box.open(sealed, 'connections/1/crm')).toEqual(secrets);
    expect(() => box.open(sealed, 'connections/2/crm')).toThrow(SecretError);
  });

  it('wants a 32-byte key', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow('a secret key must be 32 bytes, not 16');
  });
});
