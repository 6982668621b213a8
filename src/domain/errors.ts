import type { FailureCategory } from './failure.js';

/**
 * The error catalogue: every code Hookflow answers with, its HTTP status, and its category in the
 * guide's words: validation (the request itself is wrong; the same request fails again), config
 * (something a person can fix here first), system (Hookflow's own fault; worth trying later).
 */
export const ERRORS = {
  HF_BAD_REQUEST: { status: 400, category: 'validation' },
  /** A Jolt spec (an API fetch's transform) that Jolt itself would refuse: names the operation and the spec path. */
  HF_BAD_JOLT_SPEC: { status: 400, category: 'validation' },
  HF_UNAUTHORIZED: { status: 401, category: 'config' },
  /** A dashboard session's request that changes something without the dashboard's header (CSRF guard). */
  HF_FORBIDDEN: { status: 403, category: 'validation' },
  HF_NOT_FOUND: { status: 404, category: 'validation' },
  HF_CONFLICT: { status: 409, category: 'config' },
  HF_TOO_LARGE: { status: 413, category: 'validation' },
  HF_UNSUPPORTED_MEDIA_TYPE: { status: 415, category: 'validation' },
  HF_UNKNOWN_REFERENCE: { status: 422, category: 'config' },
  HF_TAG_NOT_APPLICABLE: { status: 422, category: 'validation' },
  HF_TOO_MANY_TAGS: { status: 422, category: 'validation' },
  HF_INVALID_VALUE: { status: 422, category: 'validation' },
  HF_READ_ONLY: { status: 422, category: 'validation' },
  /** A target address the allow-list refuses (SSRF guard): a delivery's Config failure. */
  HF_TARGET_REFUSED: { status: 422, category: 'config' },
  HF_INTERNAL: { status: 500, category: 'system' },
} as const satisfies Record<`HF_${string}`, { status: number; category: FailureCategory }>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * Errors as typed values: a code from the catalogue (hence an HTTP status) and the field they are
 * about. The API turns them into responses in one place (src/api/errors.ts).
 */
export class HookflowError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HookflowError';
    this.statusCode = ERRORS[code].status;
  }
}

export const notFound = (what: string, code: string) =>
  new HookflowError('HF_NOT_FOUND', `${what} '${code}' does not exist`);

export const unknownReference = (field: string, what: string, code: string) =>
  new HookflowError('HF_UNKNOWN_REFERENCE', `${field}: ${what} '${code}' does not exist`, field);

export const invalidValue = (field: string, problem: string) =>
  new HookflowError('HF_INVALID_VALUE', `${field}: ${problem}`, field);
