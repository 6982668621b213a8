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

/** Fixtures that exercise Java itself (custom Transform classes loaded by name): no JS counterpart. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'chainr/transforms/loadsGoodTransform.json': 'loads a custom Java Transform class from the test classpath',
  'chainr/context/spec_with_context.json': 'loads custom Java ContextualTransform classes from the test classpath',
  'chainr/increments/spec.json': 'not a case: the chain the increments/*.json cases slice',
};

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
  const fixture = load(path);
  if (Array.isArray(fixture)) {
    for (const spec of fixture) for (const mode of Object.values(MODES)) expectBadSpec(() => compileModify(mode, spec));
    return;
  }
  const modes = Object.keys(MODES).filter((key) => key in fixture);
  expect(modes.length).toBeGreaterThan(0);
  for (const key of modes) {
    const transform = compileModify(MODES[key] as ModifyMode, fixture.spec);
    expect(transform(structuredClone(fixture.input), fixture.context as Record<string, unknown> | undefined), key).toEqual(fixture[key]);
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
  const paths = filesUnder('').filter((path) => !path.startsWith('sortr/') || path.endsWith('/input.json'));
  for (const path of paths) {
    const reason = KNOWN_DIFFERENCES[path];
    if (reason) it.skip(`${path} (known difference: ${reason})`, () => {});
    else it(path, () => run(path));
  }
});
