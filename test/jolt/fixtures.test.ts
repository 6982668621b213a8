import { readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HookflowError } from '../../src/domain/errors.js';
import { compileJolt } from '../../src/jolt/index.js';
import { type ModifyMode, compileModify } from '../../src/jolt/modify.js';
import { parseLenientJson } from './lenient-json.js';

/**
 * Tests generated from Jolt's own fixture files (fixtures/, from bazaarvoice/jolt's test resources,
 * Apache-2.0), one test per file, named after it. Adding a case is adding a file.
 */
const root = new URL('./fixtures/', import.meta.url);

/**
 * Where Hookflow's Jolt cannot match Java Jolt, said here with the reason (and in docs/jolt.md).
 * `skip`: the fixture tests Java itself. `without`: paths of `expected` left out of the comparison,
 * the rest of the file still compared.
 */
const KNOWN_DIFFERENCES: Record<string, { reason: string; without?: string[] }> = {
  'chainr/transforms/loadsGoodTransform.json': { reason: 'loads a custom Java Transform class from the test classpath' },
  'chainr/context/spec_with_context.json': { reason: 'loads custom Java ContextualTransform classes from the test classpath' },
  'modifier/functions/labelsLookupTest.json': { reason: "uses custom Java functions Jolt's test registers (minLabelComputation, maxLabelComputation)" },
  'modifier/functions/mathTests.json': {
    reason: 'JS has one number type: input 10.0 and 3.0 read as integers, so doubleSubtract (Doubles only) does not apply',
    without: ['OVERWRITR.data5.happyDouble'],
  },
};

function withoutPaths(fixture: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(fixture);
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
    delete parent[last];
  }
  return copy;
}

function filesUnder(dir: string): string[] {
  return readdirSync(new URL(dir, root)).sort().flatMap((name) => {
    const path = `${dir}${name}`;
    if (statSync(new URL(path, root)).isDirectory()) return filesUnder(`${path}/`);
    return name.endsWith('.json') ? [path] : [];
  });
}

const load = (path: string) => parseLenientJson(readFileSync(new URL(path, root), 'utf8')) as Record<string, unknown>;

const expectBadSpec = (compile: () => unknown) => {
  let thrown: unknown;
  try {
    compile();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(HookflowError);
  expect((thrown as HookflowError).code).toBe('HF_BAD_JOLT_SPEC');
};

/** Fixtures Jolt's own tests run expecting a SpecException, though they hold an `expected`. */
const REFUSED_SPECS = new Set(['removr/negativeTestCases.json']);

/** Writes into every list and map of a value: a later run must not see it (spec defaults are copied). */
function scribble(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(scribble);
    value.push('scribbled');
  } else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(scribble);
    (value as Record<string, unknown>).scribbled = true;
  }
}

const OPERATION_OF_DIR: Record<string, string> = { shiftr: 'shift', defaultr: 'default', removr: 'remove', cardinality: 'cardinality' };
const MODES: Record<string, ModifyMode> = { OVERWRITR: 'overwrite', DEFAULTR: 'default', DEFINR: 'define' };
const MODIFY_OPERATIONS = ['modify-overwrite-beta', 'modify-default-beta', 'modify-define-beta'];

function runOperationFixture(path: string, operation: string): void {
  const { input, spec, expected } = load(path);
  const chain = [{ operation, spec }];
  if (expected === undefined || REFUSED_SPECS.has(path)) return expectBadSpec(() => compileJolt(chain));
  const transform = compileJolt(chain);
  const pristine = structuredClone(input);
  const first = transform(input);
  expect(first).toEqual(expected);
  expect(input, 'the input is left as it was').toEqual(pristine);
  scribble(first);
  expect(transform(input), 'a second run is untouched by changes to the first output').toEqual(expected);
}

function runModifierFixture(path: string): void {
  const loaded = load(path);
  if (Array.isArray(loaded)) {
    for (const spec of loaded) for (const operation of MODIFY_OPERATIONS) expectBadSpec(() => compileJolt([{ operation, spec }]));
    return;
  }
  const without = KNOWN_DIFFERENCES[path]?.without ?? [];
  const fixture = withoutPaths(loaded, without);
  const modes = Object.keys(MODES).filter((key) => key in fixture);
  expect(modes.length).toBeGreaterThan(0);
  for (const key of modes) {
    const transform = compileModify(MODES[key] as ModifyMode, fixture.spec);
    const output = transform(structuredClone(fixture.input), fixture.context as Record<string, unknown> | undefined);
    expect(withoutPaths({ [key]: output }, without.filter((p) => p.startsWith(`${key}.`)))[key], key).toEqual(fixture[key]);
  }
}

function runChainrFixture(path: string): void {
  const increment = /increments\/(\d+)-(\d+)\.json$/.exec(path);
  if (increment) {
    const spec = parseLenientJson(readFileSync(new URL('chainr/increments/spec.json', root), 'utf8')) as unknown[];
    expect(compileJolt(spec.slice(Number(increment[1]), Number(increment[2])))({})).toEqual(load(path));
    return;
  }
  const fixture = load(path);
  if (Array.isArray(fixture)) return expectBadSpec(() => compileJolt(fixture));
  expect(compileJolt(fixture.spec)(fixture.input)).toEqual(fixture.expected);
}

function runSortrFixture(path: string): void {
  if (!path.endsWith('/input.json')) return;
  const input = load(path);
  const expected = load(path.replace(/input\.json$/, 'output.json'));
  const output = compileJolt([{ operation: 'sort' }])(input);
  // Sortr's whole point is key order, so compare the text, order included.
  expect(JSON.stringify(output)).toBe(JSON.stringify(expected));
}

function run(path: string): void {
  const dir = path.split('/')[0] as string;
  const operation = OPERATION_OF_DIR[dir];
  if (operation) return runOperationFixture(path, operation);
  if (dir === 'modifier') return runModifierFixture(path);
  if (dir === 'chainr') return runChainrFixture(path);
  if (dir === 'sortr') return runSortrFixture(path);
  throw new Error(`no runner for ${path}`);
}

describe('Jolt fixtures', () => {
  // sortr/*/output.json and chainr/increments/spec.json are parts of other cases, not cases.
  const paths = filesUnder('').filter((path) => (!path.startsWith('sortr/') || path.endsWith('/input.json')) && path !== 'chainr/increments/spec.json');
  for (const path of paths) {
    const known = KNOWN_DIFFERENCES[path];
    if (known && !known.without) it.skip(`${path} (known difference: ${known.reason})`, () => {});
    else if (known) it(`${path} (known difference: ${known.reason})`, () => run(path));
    else it(path, () => run(path));
  }
});
