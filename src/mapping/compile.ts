import { coerce, describeType, isMissing } from './coerce.js';
import { compileTransforms, compileValue, transformValue } from './compile-value.js';
import type { RenderContext, RenderEnv } from './context.js';
import { compileError, renderError } from './errors.js';
import type { CompileError, FieldType, Mapping, RenderError, Result, TargetField, ValueType } from './model.js';
import { FIELD_TYPES } from './model.js';
import { type ListItem, type ReadList, resolveList } from './read-source.js';
import { LIST_SOURCE_LABELS } from './source-ids.js';

export interface Renderer {
  /** Pure: the same context and env always give the same payload (or the same errors). */
  render(ctx: RenderContext, env: RenderEnv): Result<unknown, RenderError>;
}

/**
 * A compiled field: writes its value into `out` or records why it cannot. `path` is the parent's
 * path with real array indices; a field appends its name only when it needs it (an error, children).
 */
type Emit = (ctx: RenderContext, env: RenderEnv, item: ListItem | undefined, out: Record<string, unknown>, path: string, errors: RenderError[]) => void;

const NO_EMIT: Emit = () => {};
const isArrayType = (t: FieldType) => t.startsWith('array_of_');
const hasChildren = (t: FieldType) => t === 'object' || t === 'array_of_objects';

/**
 * Validates the whole mapping, reporting every problem with its path, then builds closures once:
 * rendering a change runs them and never reads the mapping tree again.
 */
export function compile(mapping: Mapping): Result<Renderer, CompileError> {
  const errors: CompileError[] = [];
  const run = mapping.root === 'array_of_objects' ? compileRootArray(mapping, errors) : compileRootObject(mapping, errors);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      render(ctx, env) {
        const renderErrors: RenderError[] = [];
        const value = run(ctx, env, renderErrors);
        return renderErrors.length ? { ok: false, errors: renderErrors } : { ok: true, value };
      },
    },
  };
}

type Run = (ctx: RenderContext, env: RenderEnv, errors: RenderError[]) => unknown;

function compileRootObject(mapping: Mapping, errors: CompileError[]): Run {
  if (mapping.root !== 'object') errors.push(compileError('unknown_type', '', `unknown root type '${String(mapping.root)}' (object or array_of_objects)`));
  if (mapping.each !== undefined) errors.push(compileError('misplaced_option', '', "'each' needs a root array of objects"));
  const emitters = compileFields(mapping.fields ?? [], '', false, errors);
  return (ctx, env, errs) => renderObject(emitters, ctx, env, undefined, '', errs);
}

/** "Array of Objects" root: one element per list item, or a single element without a list. */
function compileRootArray(mapping: Mapping, errors: CompileError[]): Run {
  const list = mapping.each === undefined ? null : compileList(mapping.each, '', errors);
  const emitters = compileFields(mapping.fields ?? [], '/0', list !== null, errors);
  return (ctx, env, errs) => renderElements(emitters, list, ctx, env, undefined, '', errs);
}

function compileFields(fields: readonly TargetField[], path: string, inList: boolean, errors: CompileError[]): Emit[] {
  const seen = new Set<string>();
  return fields.map((field) => {
    const at = `${path}/${field.name ?? ''}`;
    if (!field.name) errors.push(compileError('missing_name', at, 'a field needs a name'));
    else if (seen.has(field.name)) errors.push(compileError('duplicate_name', at, `'${field.name}' appears twice`));
    seen.add(field.name);
    return compileField(field, at, inList, errors);
  });
}

function compileField(field: TargetField, at: string, inList: boolean, errors: CompileError[]): Emit {
  if (!FIELD_TYPES.includes(field.type)) {
    errors.push(compileError('unknown_type', at, `unknown type '${String(field.type)}' (one of ${FIELD_TYPES.join(', ')})`));
    return NO_EMIT;
  }
  checkOptions(field, at, errors);
  const list = field.each !== undefined && isArrayType(field.type) ? compileList(field.each, at, errors) : null;
  const type = field.type;
  if (type === 'object') return compileObject(field, at, inList, errors);
  if (type === 'array_of_objects') return compileObjectArray(field, list, at, inList, errors);
  return compileScalar(field, type, list, at, inList, errors);
}

/** Options that a field's type ignores are mistakes worth naming, not silently dropped. */
function checkOptions(field: TargetField, at: string, errors: CompileError[]) {
  const misplaced = (message: string) => errors.push(compileError('misplaced_option', at, message));
  if (field.each !== undefined && !isArrayType(field.type)) misplaced(`'each' only applies to an array, not ${describeType(field.type)}`);
  if (hasChildren(field.type)) {
    if (field.value?.length) misplaced(`${describeType(field.type)} takes its value from its fields, not from 'value'`);
    if (field.transforms?.length) misplaced(`transforms apply to text, not to ${describeType(field.type)}`);
  } else if (field.fields?.length) {
    misplaced(`only an object or an array of objects has fields, not ${describeType(field.type)}`);
  }
}

function compileList(id: string, at: string, errors: CompileError[]): ReadList | null {
  const list = resolveList(id);
  if (!list) errors.push(compileError('unknown_source', at, `unknown list source '${id}' (one of ${LIST_SOURCE_LABELS.map(([l]) => l).join(', ')})`));
  return list;
}

function compileObject(field: TargetField, at: string, inList: boolean, errors: CompileError[]): Emit {
  const { name, required = false } = field;
  const children = compileFields(field.fields ?? [], at, inList, errors);
  return (ctx, env, item, out, path, errs) => {
    const here = `${path}/${name}`;
    const value = renderObject(children, ctx, env, item, here, errs);
    if (value !== null) out[name] = value;
    else if (required) errs.push(renderError('required_missing', here, 'is required and has no value'));
  };
}

/** Elements of a template are checked as element 0: every element shares its fields. */
function compileObjectArray(field: TargetField, list: ReadList | null, at: string, inList: boolean, errors: CompileError[]): Emit {
  const { name, required = false } = field;
  const children = compileFields(field.fields ?? [], `${at}/0`, inList || list !== null, errors);
  return (ctx, env, item, out, path, errs) => {
    const here = `${path}/${name}`;
    const value = renderElements(children, list, ctx, env, item, here, errs);
    if (value.length) out[name] = value;
    else if (required) errs.push(renderError('required_missing', here, 'is required and has no value'));
  };
}

/** Scalars and arrays of scalars: read, transform, check presence, coerce. */
function compileScalar(field: TargetField, type: ValueType, list: ReadList | null, at: string, inList: boolean, errors: CompileError[]): Emit {
  const { name, required = false } = field;
  const read = compileValue(field.value ?? [], at, inList || list !== null, errors);
  const step = compileTransforms(field.transforms ?? [], at, errors);
  return (ctx, env, item, out, path, errs) => {
    let value;
    if (list) {
      // An array over a list: one value per item, lists flattened, missing ones left out.
      const values: string[] = [];
      for (const it of list(ctx)) {
        let v = read(ctx, env, it);
        if (step && !isMissing(v)) v = transformValue(step, v);
        if (Array.isArray(v)) values.push(...v);
        else if (!isMissing(v)) values.push(String(v));
      }
      value = values;
    } else {
      value = read(ctx, env, item);
      if (step && !isMissing(value)) value = transformValue(step, value);
    }
    if (isMissing(value)) {
      if (required) errs.push(renderError('required_missing', `${path}/${name}`, 'is required and has no value'));
      return;
    }
    const coerced = coerce(value, type);
    if (coerced.ok) out[name] = coerced.value;
    else errs.push(renderError('coercion_failed', `${path}/${name}`, `cannot be ${describeType(type)}: ${coerced.problem}`));
  };
}

/** An object with nothing in it is missing: the target gets no key rather than `{}`. */
function renderObject(emitters: readonly Emit[], ctx: RenderContext, env: RenderEnv, item: ListItem | undefined, path: string, errors: RenderError[]) {
  const out: Record<string, unknown> = {};
  let empty = true;
  for (const emit of emitters) emit(ctx, env, item, out, path, errors);
  for (const _ in out) {
    empty = false;
    break;
  }
  return empty ? null : out;
}

/** One element per list item (or a single element without a list); empty elements are left out. */
function renderElements(emitters: readonly Emit[], list: ReadList | null, ctx: RenderContext, env: RenderEnv, item: ListItem | undefined, path: string, errors: RenderError[]) {
  const items = list ? list(ctx) : [item];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < items.length; i++) {
    const element = renderObject(emitters, ctx, env, items[i], `${path}/${i}`, errors);
    if (element) out.push(element);
  }
  return out;
}
