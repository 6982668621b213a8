import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest: AES-256-GCM, a fresh 12-byte IV per seal, the 16-byte tag checked on open.
 *
 * Sealed form: `v1:<base64 of iv ‖ tag ‖ ciphertext>`. The version prefix lets a later key or
 * algorithm live beside this one. An optional context (additional authenticated data) binds a
 * sealed value to where it belongs: a value copied into another row, under another context, does
 * not open.
 */
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1:';

export class SecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretError';
  }
}

export class SecretBox {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new SecretError(`a secret key must be ${KEY_BYTES} bytes, not ${key.length}`);
    this.#key = Buffer.from(key);
  }

  /** A box with a random key nobody keeps: what is sealed in it is gone when the process ends (tests only). */
  static ephemeral(): SecretBox {
    return new SecretBox(randomBytes(KEY_BYTES));
  }

  seal(value: Record<string, unknown>, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
  }

  /** Throws a SecretError, never returns garbage, when the text was altered, sealed under another key or context. */
  open(sealed: string, context = ''): Record<string, unknown> {
    if (!sealed.startsWith(VERSION)) throw new SecretError(`sealed secrets of an unknown version ('${sealed.slice(0, 3)}')`);
    const raw = Buffer.from(sealed.slice(VERSION.length), 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretError('sealed secrets are truncated');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    let plaintext: string;
    try {
      plaintext = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretError('sealed secrets do not open: altered, or sealed with another key');
    }
    const value: unknown = JSON.parse(plaintext);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SecretError('sealed secrets are not an object');
    return value as Record<string, unknown>;
  }
}
