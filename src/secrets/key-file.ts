import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Config } from '../config.js';
import { KEY_BYTES, SecretError } from './secret-box.js';

/**
 * The key that seals connection secrets: `config.secretKey` (HOOKFLOW_SECRET_KEY) when set, else
 * the key file, generated on first start (32 random bytes, mode 0600, its directory created).
 *
 * The file holds the 32 raw bytes (or, if a person wrote it, 64 hex digits). Any other size, or
 * a file that group or others may read, stops the start with an error naming the file.
 */
export async function loadSecretKey(config: Pick<Config, 'secretKey' | 'secretKeyFile'>): Promise<Buffer> {
  if (config.secretKey) return config.secretKey;
  const path = config.secretKeyFile;
  return (await readKeyFile(path)) ?? (await createKeyFile(path));
}

async function readKeyFile(path: string): Promise<Buffer | null> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Windows has no such permission bits to check.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new SecretError(
      `secret key file ${path} has mode ${(mode & 0o777).toString(8).padStart(4, '0')}: others may read it; run chmod 600 ${path}`,
    );
  }
  const content = await readFile(path);
  if (content.length === KEY_BYTES) return content;
  const text = content.toString('utf8').trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  throw new SecretError(`secret key file ${path} holds ${content.length} bytes; it must hold exactly ${KEY_BYTES} (or 64 hex digits)`);
}

/**
 * Written beside the target, then hard-linked into place: the link fails if another process got
 * there first (and then its key is the one), and nobody ever reads a half-written key.
 */
async function createKeyFile(path: string): Promise<Buffer> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const key = randomBytes(KEY_BYTES);
  await writeFile(temporary, key, { mode: 0o600, flag: 'wx', flush: true });
  try {
    await link(temporary, path);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = await readKeyFile(path);
    if (!theirs) throw error;
    return theirs;
  } finally {
    await unlink(temporary).catch(() => {});
  }
}
