import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS, type ErrorCode, HookflowError, invalidValue, notFound, unknownReference } from '../../src/domain/errors.js';
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

describe('errors', () => {
  it.each<[ErrorCode, number]>([
    ['HF_BAD_REQUEST', 400], ['HF_UNAUTHORIZED', 401], ['HF_NOT_FOUND', 404], ['HF_UNKNOWN_REFERENCE', 422], ['HF_TAG_NOT_APPLICABLE', 422],
    ['HF_TOO_MANY_TAGS', 422], ['HF_INVALID_VALUE', 422], ['HF_CONFLICT', 409], ['HF_READ_ONLY', 422],
  ])('answers %s with HTTP %i', (code, status) => {
    const e = new HookflowError(code, 'x');
    expect(e.statusCode).toBe(status);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('HookflowError');
  });

  it('says what does not exist, and which field refers to it', () => {
    expect(notFound('event', 'NOPE')).toMatchObject({ code: 'HF_NOT_FOUND', message: "event 'NOPE' does not exist", field: undefined });
    expect(unknownReference('status', 'registration status', 'x')).toMatchObject({
      code: 'HF_UNKNOWN_REFERENCE', field: 'status', message: "status: registration status 'x' does not exist",
    });
    expect(invalidValue('attributes/options', 'needs values')).toMatchObject({ code: 'HF_INVALID_VALUE', field: 'attributes/options', message: 'attributes/options: needs values' });
  });
});
