import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { HookflowError } from '../domain/errors.js';
import { describeSchemaError } from './errors.js';

/**
 * Bodies are validated strictly: a list stays a list and "true" is not a boolean, so a client's
 * mistake is reported, never silently reshaped. Query strings and path parameters arrive as text
 * and are coerced to the types their schemas declare.
 */
export function validatorCompiler(): FastifySchemaCompiler<object> {
  const strict = addFormats.default(new Ajv({ allErrors: true, strict: false, removeAdditional: false, useDefaults: true }));
  const coercing = addFormats.default(new Ajv({ allErrors: true, strict: false, coerceTypes: true, useDefaults: true }));
  return ({ schema, httpPart }) => {
    const validate: ValidateFunction = (httpPart === 'body' ? strict : coercing).compile(schema);
    const root = httpPart ?? 'body';
    return (data: unknown) => {
      if (validate(data)) return { value: data };
      const message = (validate.errors ?? []).map((e) => describeSchemaError(e, root)).join('; ');
      return { error: new HookflowError('HF_BAD_REQUEST', message) };
    };
  };
}
