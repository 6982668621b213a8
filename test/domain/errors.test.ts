import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS, HookflowError } from '../../src/domain/errors.js';
import { FAILURE_CATEGORIES } from '../../src/domain/failure.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Every `HF_...` code written anywhere in src/, with the file it is in. */
function codesInSource(): { code: string; file: string }[] {
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  return files.flatMap((f) => {
    const file = join(f.parentPath, f.name);
    return [...readFileSync(file, 'utf8').matchAll(/HF_[A-Z_]+/g)].map((m) => ({ code: m[0], file: file.slice(SRC.length) }));
  });
}

describe('the error catalogue', () => {
  it('holds every HF_ code the code produces', () => {
    const found = codesInSource();
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(({ code }) => !(code in ERRORS))).toEqual([]);
  });

  it('gives every code an HTTP error status and one of the guide’s categories', () => {
    for (const [code, { status, category }] of Object.entries(ERRORS)) {
      expect([code, status >= 400 && status < 600]).toEqual([code, true]);
      expect(FAILURE_CATEGORIES).toContain(category);
    }
  });

  it('answers a coded error with the status the catalogue gives it', () => {
    expect(new HookflowError('HF_UNKNOWN_REFERENCE', "status: registration status 'x' does not exist", 'status').statusCode).toBe(422);
    expect(new HookflowError('HF_CONFLICT', 'replay 3 is completed, not running').statusCode).toBe(409);
  });
});
