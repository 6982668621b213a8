import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FetchTarget } from '../domain/fetch/job.js';
import type { RecordCheck } from '../fetch/records.js';
import { describeSchemaError } from './errors.js';
import { code, eventBody, profileBody, registrationItem } from './schemas.js';

/** A fetched record is what the target's API route accepts, with its code inside (as in a bulk call). */
const withCode = <S extends { properties: object }>(s: S) => ({ ...s, required: ['code'], properties: { code, ...s.properties } });

const SCHEMAS: Record<FetchTarget, object> = {
  registrations: registrationItem,
  profiles: withCode(profileBody),
  events: withCode(eventBody),
};

/** The fetch runner's record check, by the API's own schemas (strict, as bodies are: nothing reshaped). */
export function recordCheck(): RecordCheck {
  const ajv = addFormats.default(new Ajv({ allErrors: true, strict: false }));
  const validators = Object.fromEntries(Object.entries(SCHEMAS).map(([t, s]) => [t, ajv.compile(s)])) as Record<FetchTarget, ValidateFunction>;
  return (target, record, index) => {
    const validate = validators[target];
    if (validate(record)) return null;
    return (validate.errors ?? []).map((e) => describeSchemaError(e, `records/${index}`)).join('; ');
  };
}
