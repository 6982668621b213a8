import { HookflowError } from '../domain/errors.js';
import { deepCopy, getKey, hasKey, isMap } from './json.js';
import { compileCardinality } from './cardinality.js';
import { compileDefault } from './default.js';
import { type ModifyMode, compileModify } from './modify.js';
import { compileRemove } from './remove.js';
import { compileShift } from './shift.js';
import { compileSort } from './sort.js';
import { JoltSpecError } from './spec-error.js';

/** A compiled Jolt spec: never mutates its input, never throws (odd input simply does not match). */
export type JoltTransform = (input: unknown) => unknown;

/** One compiled operation; the chain hands it a copy it may change in place, as Java Jolt's do. */
type Operation = (input: unknown) => unknown;

/** Chainr runs modify with no context: `^` lookups find nothing. */
function modifyIn(mode: ModifyMode): (spec: unknown) => Operation {
  return (spec) => {
    const modify = compileModify(mode, spec);
    return (input) => modify(input);
  };
}

/** Chainr's stock operation names, and the Java class names Chainr also accepts for them. */
const OPERATIONS: Record<string, (spec: unknown) => Operation> = {
  shift: compileShift,
  default: compileDefault,
  remove: compileRemove,
  cardinality: compileCardinality,
  sort: compileSort,
  'modify-overwrite-beta': modifyIn('overwrite'),
  'modify-default-beta': modifyIn('default'),
  'modify-define-beta': modifyIn('define'),
};
const CLASS_NAMES: Record<string, string> = {
  'com.bazaarvoice.jolt.Shiftr': 'shift',
  'com.bazaarvoice.jolt.Defaultr': 'default',
  'com.bazaarvoice.jolt.Removr': 'remove',
  'com.bazaarvoice.jolt.CardinalityTransform': 'cardinality',
  'com.bazaarvoice.jolt.Modifier$Overwritr': 'modify-overwrite-beta',
  'com.bazaarvoice.jolt.Modifier$Defaultr': 'modify-default-beta',
  'com.bazaarvoice.jolt.Modifier$Definr': 'modify-define-beta',
  'com.bazaarvoice.jolt.Sortr': 'sort',
};
/** Operations that take no spec (Jolt's Sortr is not SpecDriven). */
const SPECLESS = new Set(['sort']);

const badSpec = (message: string) => new HookflowError('HF_BAD_JOLT_SPEC', message, 'spec');

function compileEntry(entry: unknown, index: number): Operation {
  const at = `chain[${index}]`;
  if (!isMap(entry)) throw badSpec(`${at}: an entry is a map { "operation", "spec" }`);
  const named = getKey(entry, 'operation');
  if (typeof named !== 'string' || named.trim() === '') throw badSpec(`${at}: 'operation' must be a non-blank string`);
  const operation = CLASS_NAMES[named] ?? named;
  const compile = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
  if (!compile) throw badSpec(`${at}: unknown operation '${named}' (one of ${Object.keys(OPERATIONS).join(', ')})`);
  if (!SPECLESS.has(operation) && !hasKey(entry, 'spec')) throw badSpec(`${at} (${operation}): requires a 'spec'`);
  try {
    return compile(getKey(entry, 'spec'));
  } catch (error) {
    if (error instanceof JoltSpecError) throw badSpec(`${at} (${operation}): ${error.message}`);
    throw error;
  }
}

/**
 * A Chainr spec: an array of { operation, spec }; operation names as Jolt's Chainr takes them
 * ("shift", "default", "remove", "cardinality", "modify-overwrite-beta", "modify-default-beta",
 * "modify-define-beta", "sort"; also the Java class names Chainr accepts). Throws HookflowError
 * (HF_BAD_JOLT_SPEC) whose message names the operation (with its index in the chain) and the path in the spec.
 */
export function compileJolt(spec: unknown): JoltTransform {
  if (!Array.isArray(spec)) throw badSpec('chain: a Jolt spec is an array of { operation, spec }');
  if (spec.length === 0) throw badSpec('chain: a Jolt spec needs at least one operation');
  const operations = spec.map(compileEntry);
  return (input) => {
    try {
      // One copy up front: every operation then works in place on data no caller holds.
      let data = deepCopy(input);
      for (const operation of operations) data = operation(data);
      return data;
    } catch {
      // Only input nested deeper than the JS stack gets here (Java Jolt would overflow too); the
      // transform promises not to throw, so it answers what a shift matching nothing answers.
      return null;
    }
  };
}
