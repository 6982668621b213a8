/**
 * Jolt (bazaarvoice/jolt) JSON-to-JSON transforms, exact to Java Jolt's semantics: pure, no I/O.
 * A spec is compiled once into closures; the transform never mutates its input and never throws.
 */
export type { JoltTransform } from './chain.js';
export { compileJolt } from './chain.js';
