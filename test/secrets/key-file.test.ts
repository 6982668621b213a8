import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSecretKey } from '../../src/secrets/key-file.js';

describe('the secret key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookflow-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('comes from the configuration when set, and then no file is touched', async () => {
    const key = randomBytes(32);
    const file = join(dir, 'unused', 'secret.key');
    expect(await loadSecretKey({ secretKey: key, secretKeyFile: file })).toEqual(key);
    expect(() => statSync(file)).toThrow();
  });

  it('is generated on first start into a file of mode 0600 (its directory created), and reused on the next', async () => {
    const file = join(dir, 'data', 'nested', 'secret.key');
    const first = await loadSecretKey({ secretKey: null, secretKeyFile: file });
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file)).toEqual(first);
    expect(await loadSecretKey({ secretKey: null, secretKeyFile: file })).toEqual(first);
  });

  it('gives every one of several processes starting at once the same key', async () => {
    const file = join(dir, 'race', 'secret.key');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadSecretKey({ secretKey: null, secretKeyFile: file })));
    for (const k of keys) expect(k).toEqual(keys[0]);
  });

  it('accepts a file of 64 hex digits, as a person might write it', async () => {
    const file = join(dir, 'hex.key');
    const key = randomBytes(32);
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600 });
    expect(await loadSecretKey({ secretKey: null, secretKeyFile: file })).toEqual(key);
  });

  it('refuses a file of the wrong size, naming it', async () => {
    const file = join(dir, 'short.key');
    writeFileSync(file, randomBytes(16), { mode: 0o600 });
    await expect(loadSecretKey({ secretKey: null, secretKeyFile: file })).rejects.toThrow(`secret key file ${file} holds 16 bytes; it must hold exactly 32`);
  });

  it.skipIf(process.platform === 'win32')('refuses a file others may read', async () => {
    const file = join(dir, 'open.key');
    writeFileSync(file, randomBytes(32));
    chmodSync(file, 0o644);
    await expect(loadSecretKey({ secretKey: null, secretKeyFile: file })).rejects.toThrow(`secret key file ${file} has mode 0644: others may read it; run chmod 600 ${file}`);
  });
});
