/**
 * Errors as typed values: a stable code, an HTTP status, and the field they are about.
 * The API turns them into responses in one place (src/api/errors.ts).
 */
export type ErrorCode =
  | 'HF_BAD_REQUEST'
  | 'HF_UNAUTHORIZED'
  | 'HF_NOT_FOUND'
  | 'HF_UNKNOWN_REFERENCE'
  | 'HF_TAG_NOT_APPLICABLE'
  | 'HF_TOO_MANY_TAGS'
  | 'HF_INVALID_VALUE'
  | 'HF_CONFLICT'
  | 'HF_READ_ONLY';

const STATUS: Record<ErrorCode, number> = {
  HF_BAD_REQUEST: 400,
  HF_UNAUTHORIZED: 401,
  HF_NOT_FOUND: 404,
  HF_UNKNOWN_REFERENCE: 422,
  HF_TAG_NOT_APPLICABLE: 422,
  HF_TOO_MANY_TAGS: 422,
  HF_INVALID_VALUE: 422,
  HF_CONFLICT: 409,
  HF_READ_ONLY: 422,
};

export class HookflowError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HookflowError';
    this.statusCode = STATUS[code];
  }
}

export const notFound = (what: string, code: string) =>
  new HookflowError('HF_NOT_FOUND', `${what} '${code}' does not exist`);

export const unknownReference = (field: string, what: string, code: string) =>
  new HookflowError('HF_UNKNOWN_REFERENCE', `${field}: ${what} '${code}' does not exist`, field);

export const invalidValue = (field: string, problem: string) =>
  new HookflowError('HF_INVALID_VALUE', `${field}: ${problem}`, field);
