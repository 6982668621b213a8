import { compileError } from './errors.js';
import type { CompileError, Mapping, Result, TargetField } from './model.js';
import { FIELD_TYPES } from './model.js';

/**
 * "Enter the name of the target field and click Add": adds `field` under the object (or array of
 * objects) at `parentPath` ('' for the root; '/attachments' or '/attachments/0' for the elements of
 * an array). Returns a new mapping; the given one is left as it was, so an editor can undo.
 */
export function addField(mapping: Mapping, parentPath: string, field: TargetField): Result<Mapping, CompileError> {
  const segments = parentPath.split('/').filter((s) => s !== '');
  const at = `${segments.length ? `/${segments.join('/')}` : ''}/${field.name}`;
  const problems: CompileError[] = [];
  if (!field.name || field.name.trim() !== field.name) problems.push(compileError('missing_name', at, 'a field needs a name, without leading or trailing spaces'));
  if (!FIELD_TYPES.includes(field.type)) problems.push(compileError('unknown_type', at, `unknown type '${String(field.type)}'`));
  const siblings = findChildren(mapping.fields, segments);
  if (!siblings) problems.push(compileError('misplaced_option', parentPath, 'no object or array of objects at this path to add a field to'));
  else if (siblings.some((f) => f.name === field.name)) problems.push(compileError('duplicate_name', at, `'${field.name}' appears twice`));
  if (problems.length) return { ok: false, errors: problems };
  return { ok: true, value: { ...mapping, fields: withChild(mapping.fields, segments, field) } };
}

/** An array's element index in a path (`/attachments/0`) names the element template; it is skipped. */
const isIndex = (s: string) => /^\d+$/.test(s);

function findChildren(fields: readonly TargetField[], segments: readonly string[]): readonly TargetField[] | null {
  const [head, ...rest] = segments.filter((s) => !isIndex(s));
  if (head === undefined) return fields;
  const parent = fields.find((f) => f.name === head);
  if (!parent || (parent.type !== 'object' && parent.type !== 'array_of_objects')) return null;
  return findChildren(parent.fields ?? [], rest);
}

function withChild(fields: readonly TargetField[], segments: readonly string[], child: TargetField): TargetField[] {
  const [head, ...rest] = segments.filter((s) => !isIndex(s));
  if (head === undefined) return [...fields, child];
  return fields.map((f) => (f.name === head ? { ...f, fields: withChild(f.fields ?? [], rest, child) } : f));
}
