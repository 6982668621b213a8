import type { ErrorObject } from 'ajv';
import type { FastifyError, FastifyInstance } from 'fastify';
import { ERRORS, type ErrorCode, HookflowError } from '../domain/errors.js';

/** One schema error as a sentence naming the field: `body/profile/email must be string`. */
export function describeSchemaError(e: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params' | 'message'>, root: string): string {
  const path = `${root}${e.instancePath}`;
  if (e.keyword === 'additionalProperties') return `${path}/${String(e.params.additionalProperty)} is not a known field`;
  if (e.keyword === 'required') return `${path}/${String(e.params.missingProperty)} is required`;
  if (e.keyword === 'enum') return `${path} must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
  return `${path} ${e.message ?? 'is invalid'}`;
}

interface ErrorBody {
  error: ErrorCode;
  message: string;
  field?: string;
}

/** `ErrorBody` as a shared schema: every operation's 4xx and 5xx answers refer to it (`errorAnswers` in responses.ts). */
const errorSchema = {
  $id: 'Error',
  type: 'object',
  additionalProperties: false,
  required: ['error', 'message'],
  properties: {
    error: { enum: Object.keys(ERRORS), description: 'a code of the catalogue: it names the kind of failure, and fixes the status' },
    message: { type: 'string', description: 'what went wrong, naming the field: `body/profile/email must be string`' },
    field: { type: 'string', description: 'the field it is about, as a path (`profile/email`), when there is one' },
  },
} as const;

/** Every failure leaves as `{ error, message, field? }`; nothing internal ever reaches the client. */
export function registerErrorHandling(app: FastifyInstance) {
  app.addSchema(errorSchema);
  app.setErrorHandler((error: FastifyError | HookflowError, request, reply) => {
    const [status, body] = toResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send(body);
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(ERRORS.HF_NOT_FOUND.status).send({ error: 'HF_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody),
  );
}

function toResponse(error: FastifyError | HookflowError): [number, ErrorBody] {
  if (error instanceof HookflowError) {
    return [error.statusCode, { error: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) }];
  }
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return coded('HF_TOO_LARGE', 'the request body is larger than this server accepts');
  if (status >= 500) return coded('HF_INTERNAL', 'internal error; it has been logged');
  // Fastify's own 4xx keep their status (400, 404, 415...) under the nearest code.
  const code: ErrorCode = status === 415 && error.code !== 'HF_BAD_REQUEST' ? 'HF_UNSUPPORTED_MEDIA_TYPE' : 'HF_BAD_REQUEST';
  return [status, { error: code, message: error.message }];
}

const coded = (code: ErrorCode, message: string): [number, ErrorBody] => [ERRORS[code].status, { error: code, message }];
