import { isMissing } from './coerce.js';
import type { FieldValue } from './context.js';
import { compileError } from './errors.js';
import type { CompileError, Transform, ValuePart } from './model.js';
import { TRANSFORMS } from './model.js';
import { type Read, resolveSource } from './read-source.js';
import { TRANSFORM, type TextStep } from './transforms.js';

const NOTHING: Read = () => null;

/**
 * A field's value parts as one reader. A single source keeps its type (a list stays a list, a
 * boolean a boolean); fixed text alone is a constant; several parts join as text. If every source
 * part is empty the value is missing, fixed text or not: "  @" alone is no title.
 */
export function compileValue(parts: readonly ValuePart[], at: string, inList: boolean, errors: CompileError[]): Read {
  const readers = parts.map((p): Read | string => {
    if (p.kind === 'text') return p.text;
    const read = resolveSource(p.source, inList);
    if (read) return read;
    const hint = p.source.startsWith('item.') && !inList ? ' (item.* only inside an array over a list source)' : '';
    errors.push(compileError('unknown_source', at, `unknown source '${p.source}'${hint}`));
    return NOTHING;
  });
  if (readers.length === 0) return NOTHING;
  const [only] = readers;
  if (readers.length === 1 && only !== undefined) return typeof only === 'string' ? () => only : only;
  const hasSource = readers.some((r) => typeof r !== 'string');
  return (ctx, env, item) => {
    let out = '';
    let anyPresent = !hasSource;
    for (const r of readers) {
      if (typeof r === 'string') {
        out += r;
        continue;
      }
      const v = r(ctx, env, item);
      if (isMissing(v)) continue;
      anyPresent = true;
      out += Array.isArray(v) ? v.join(', ') : String(v);
    }
    return anyPresent ? out : null;
  };
}

/** The transforms as one text step, checked once; null when there are none. */
export function compileTransforms(transforms: readonly Transform[], at: string, errors: CompileError[]): TextStep | null {
  const steps: TextStep[] = [];
  for (const t of transforms) {
    if (TRANSFORMS.includes(t)) steps.push(TRANSFORM[t]);
    else errors.push(compileError('unknown_transform', at, `unknown transform '${String(t)}' (one of ${TRANSFORMS.join(', ')})`));
  }
  if (steps.length === 0) return null;
  if (steps.length === 1) return steps[0] ?? null;
  return (s) => {
    for (const step of steps) s = step(s);
    return s;
  };
}

/** Transforms work on text: scalars become text, each element of a list is transformed, emptied elements dropped. */
export function transformValue(step: TextStep, value: FieldValue): FieldValue {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(step).filter((s) => s !== '');
  return step(String(value));
}
