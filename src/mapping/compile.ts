import { coerce, isMissing } from './coerce.js';
import type { FieldValue, RenderContext, RenderEnv } from './context.js';
import type { Mapping, MappingError, Result, TargetField, ValuePart } from './model.js';
import { FIELD_TYPES, TRANSFORMS } from './model.js';
import { LIST_SOURCES, type ListItem, type Read, resolveSource } from './sources.js';
import { TRANSFORM } from './transforms.js';

/** A compiled field: writes its value into `out` (or records errors); the path carries array indices. */
type Emit = (ctx: RenderContext, env: RenderEnv, item: ListItem | undefined, out: Record<string, unknown>, path: string, errors: MappingError[]) => void;

export interface Renderer {
  render(ctx: RenderContext, env: RenderEnv): Result<unknown>;
}

const error = (code: MappingError['code'], path: string, message: string): MappingError => ({ code, path, message: `${path}: ${message}`, category: 'validation' });

/**
 * Validates the whole mapping, reporting every problem with its path, then builds closures once:
 * rendering a change runs them, never re-reading the tree.
 */
export function compile(mapping: Mapping): Result<Renderer> {
  const errors: MappingError[] = [];
  if (mapping.root === 'array_of_objects') {
    const list = mapping.each ? compileList(mapping.each, '', errors) : null;
    const emitters = compileFields(mapping.fields, '', true, errors);
    if (errors.length) return { ok: false, errors };
    return ok((ctx, env, errs) => {
      const items: (ListItem | undefined)[] = list ? list(ctx) : [undefined];
      return items.map((item, i) => renderObject(emitters, ctx, env, item, `/${i}`, errs));
    });
  }
  const emitters = compileFields(mapping.fields, '', false, errors);
  if (errors.length) return { ok: false, errors };
  return ok((ctx, env, errs) => renderObject(emitters, ctx, env, undefined, '', errs));
}

function ok(run: (ctx: RenderContext, env: RenderEnv, errors: MappingError[]) => unknown): Result<Renderer> {
  return {
    ok: true,
    value: {
      render(ctx, env) {
        const errors: MappingError[] = [];
        const value = run(ctx, env, errors);
        return errors.length ? { ok: false, errors } : { ok: true, value };
      },
    },
  };
}

function renderObject(emitters: Emit[], ctx: RenderContext, env: RenderEnv, item: ListItem | undefined, path: string, errors: MappingError[]) {
  const out: Record<string, unknown> = {};
  for (const emit of emitters) emit(ctx, env, item, out, path, errors);
  return out;
}

function compileList(id: string, path: string, errors: MappingError[]) {
  const list = LIST_SOURCES[id];
  if (!list) errors.push(error('unknown_source', path || '/', `unknown list source '${id}' (one of ${Object.keys(LIST_SOURCES).join(', ')})`));
  return list?.read ?? null;
}

function compileFields(fields: readonly TargetField[], path: string, inList: boolean, errors: MappingError[]): Emit[] {
  const seen = new Set<string>();
  return fields.map((field) => {
    const at = `${path}/${field.name}`;
    if (!field.name) errors.push(error('bad_field', at, 'a field needs a name'));
    if (seen.has(field.name)) errors.push(error('bad_field', at, `'${field.name}' appears twice`));
    seen.add(field.name);
    if (!FIELD_TYPES.includes(field.type)) errors.push(error('bad_field', at, `unknown type '${String(field.type)}'`));
    return compileField(field, at, inList, errors);
  });
}

function compileField(field: TargetField, at: string, inList: boolean, errors: MappingError[]): Emit {
  const { name, required = false } = field;
  if (field.type === 'object' || field.type === 'array_of_objects') {
    const list = field.type === 'array_of_objects' && field.each ? compileList(field.each, at, errors) : null;
    const children = compileFields(field.fields ?? [], at, inList || list !== null, errors);
    return (ctx, env, item, out, path, errs) => {
      const here = `${path}/${name}`;
      let value: unknown;
      if (field.type === 'object') value = nonEmpty(renderObject(children, ctx, env, item, here, errs));
      else value = (list ? list(ctx) : [item]).map((it, i) => nonEmpty(renderObject(children, ctx, env, it, `${here}/${i}`, errs))).filter((v) => v !== null);
      if (!isMissing(value)) out[name] = value;
      else if (required) errs.push(error('required_missing', here, 'is required and has no value'));
    };
  }
  const read = compileValue(field.value ?? [], at, inList, errors);
  const steps = (field.transforms ?? []).map((t) => {
    if (!TRANSFORMS.includes(t)) errors.push(error('bad_field', at, `unknown transform '${String(t)}'`));
    return TRANSFORM[t];
  });
  const type = field.type;
  return (ctx, env, item, out, path, errs) => {
    const here = `${path}/${name}`;
    let value = read(ctx, env, item);
    if (steps.length && !isMissing(value)) value = applyAll(steps, value);
    if (isMissing(value)) {
      if (required) errs.push(error('required_missing', here, 'is required and has no value'));
      return;
    }
    const coerced = coerce(value, type);
    if (coerced.ok) out[name] = coerced.value;
    else errs.push(error('coercion_failed', here, `cannot be ${describeType(type)}: ${coerced.problem}`));
  };
}

const describeType = (type: string) => (type.startsWith('array_') ? `an ${type.replace(/_/g, ' ')}` : `a ${type}`);

const nonEmpty = (obj: Record<string, unknown>) => (Object.keys(obj).length ? obj : null);

function runSteps(steps: ((s: string) => string)[], s: string): string {
  for (const step of steps) s = step(s);
  return s;
}

function applyAll(steps: ((s: string) => string)[], value: FieldValue): FieldValue {
  if (Array.isArray(value)) return value.map((v) => runSteps(steps, v)).filter((s) => s !== '');
  return typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number' ? runSteps(steps, String(value)) : value;
}

/**
 * A single source keeps its type (a list stays a list, a boolean a boolean); several parts join
 * as text. If every source part is empty the value is missing, fixed text or not: "  @" alone is
 * no title.
 */
function compileValue(parts: readonly ValuePart[], at: string, inList: boolean, errors: MappingError[]): Read {
  const readers = parts.map((p) => {
    if (p.kind === 'text') return { text: p.text };
    const read = resolveSource(p.source, inList);
    if (!read) errors.push(error('unknown_source', at, `unknown source '${p.source}'${p.source.startsWith('item.') ? ' (item.* only inside an array of objects over a list)' : ''}`));
    return { read: read ?? (() => null) };
  });
  const sources = readers.filter((r): r is { read: Read } => 'read' in r);
  if (readers.length === 0) return () => null;
  if (readers.length === 1) {
    const only = readers[0] as { text: string } | { read: Read };
    if ('text' in only) return () => only.text;
    return only.read;
  }
  return (ctx, env, item) => {
    const values = readers.map((r) => ('text' in r ? r.text : r.read(ctx, env, item)));
    if (sources.length && readers.every((r, i) => 'text' in r || isMissing(values[i]))) return null;
    return values.map((v) => (isMissing(v) ? '' : Array.isArray(v) ? v.join(', ') : String(v))).join('');
  };
}
