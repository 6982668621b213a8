import { describe, expect, it } from 'vitest';
import { type ErrorCode, HookflowError, invalidValue, notFound, unknownReference } from '../../src/domain/errors.js';

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
