// `.js`: the root type check (node16) reads this file too, through test/web/mapping-tree.test.ts.
import type { components, paths } from '../../api/schema.js';

/**
 * The Mapping editor's target tree, pure: the mapping as the API has it (docs/mapping.md), with an
 * id on each field so React keeps a field's inputs while its siblings come and go.
 */
export type ApiField = components['schemas']['field'];
export type ValuePart = components['schemas']['valuePart'];
export type FieldType = ApiField['type'];
export type Transform = NonNullable<ApiField['transforms']>[number];
export type Source = paths['/v1/mapping-sources']['get']['responses'][200]['content']['application/json']['sources'][number];
export type Problem = { path: string; message: string };

export interface TreeField {
  id: string;
  name: string;
  type: FieldType;
  required: boolean;
  transforms: Transform[];
  /** For an array: the list source it iterates ('' for none). */
  each: string;
  value: ValuePart[];
  fields: TreeField[];
}

export interface MappingDraft {
  root: 'object' | 'array_of_objects';
  each: string;
  fields: TreeField[];
}

/** The guide's "Add a Field" drop-down, in its order. */
export const FIELD_TYPES: readonly { value: FieldType; label: string }[] = [
  { value: 'string', label: 'String' },
  { value: 'number', label: 'Number' },
  { value: 'boolean', label: 'Boolean' },
  { value: 'object', label: 'Object' },
  { value: 'array_of_strings', label: 'Array of Strings' },
  { value: 'array_of_numbers', label: 'Array of Numbers' },
  { value: 'array_of_objects', label: 'Array of Objects' },
  { value: 'array_of_booleans', label: 'Array of Booleans' },
];

/** An object or array of objects is built from its fields; every other type from value parts. */
export const hasFields = (type: FieldType) => type === 'object' || type === 'array_of_objects';
export const isArray = (type: FieldType) => type.startsWith('array_of_');

let lastId = 0;
const nextId = () => `f${++lastId}`;

export const newField = (name: string, type: FieldType): TreeField => ({ id: nextId(), name, type, required: false, transforms: [], each: '', value: [], fields: [] });

export function treeOf(fields: readonly unknown[]): TreeField[] {
  return (fields as ApiField[]).map((f) => ({
    ...newField(f.name, f.type),
    required: f.required ?? false,
    transforms: f.transforms ?? [],
    each: f.each ?? '',
    value: f.value ?? [],
    fields: treeOf(f.fields ?? []),
  }));
}

/** The definition to save or preview: only the options each field's type takes (the API refuses the others). */
export function fieldsOf(tree: readonly TreeField[]): ApiField[] {
  return tree.map((f) => ({
    name: f.name,
    type: f.type,
    ...(f.required ? { required: true } : {}),
    ...(isArray(f.type) && f.each ? { each: f.each } : {}),
    ...(hasFields(f.type) ? { fields: fieldsOf(f.fields) } : { value: f.value, ...(f.transforms.length ? { transforms: f.transforms } : {}) }),
  }));
}

export const definitionOf = (draft: MappingDraft) => ({ root: draft.root, ...(draft.root === 'array_of_objects' && draft.each ? { each: draft.each } : {}), fields: fieldsOf(draft.fields) });

/** The tree with one field changed (or removed, when `change` gives null), wherever it is. */
export function changeField(tree: readonly TreeField[], id: string, change: (f: TreeField) => TreeField | null): TreeField[] {
  return tree.flatMap((f) => {
    if (f.id === id) {
      const changed = change(f);
      return changed ? [changed] : [];
    }
    return [{ ...f, fields: changeField(f.fields, id, change) }];
  });
}

/** The tree with a field added at the end of a parent's fields (the root's when `parentId` is null). */
export function addField(tree: readonly TreeField[], parentId: string | null, field: TreeField): TreeField[] {
  if (parentId === null) return [...tree, field];
  return changeField(tree, parentId, (p) => ({ ...p, fields: [...p.fields, field] }));
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/**
 * The fields a problem's path names: a JSON pointer into the payload (`/attachments/0/title`, an
 * element's index skipped), or the request body's own path (`body/fields/0/fields/2/type`). Every
 * sibling of that name, so "'a' appears twice" shows at both; the deepest field found, should the
 * path go on past the tree.
 */
export function fieldsAt(draft: MappingDraft, path: string): TreeField[] {
  if (path.startsWith('body/')) return [fieldByIndex(draft.fields, path.split('/').slice(1))].filter((f) => f !== null);
  const segments = path.split('/').slice(1).filter((s) => s !== '').map(unescape);
  if (draft.root === 'array_of_objects' && isIndex(segments[0])) segments.shift();
  let fields = draft.fields;
  let found: TreeField[] = [];
  while (segments.length) {
    const name = segments.shift();
    const named = fields.filter((f) => f.name === name);
    const field = named[0];
    if (!field) break;
    found = named;
    if (field.type === 'array_of_objects' && isIndex(segments[0])) segments.shift();
    fields = field.fields;
  }
  return found;
}

function fieldByIndex(fields: readonly TreeField[], segments: string[]): TreeField | null {
  let found: TreeField | null = null;
  let list = fields;
  while (segments[0] === 'fields' && isIndex(segments[1])) {
    found = list[Number(segments[1])] ?? found;
    list = found?.fields ?? [];
    segments = segments.slice(2);
  }
  return found;
}

/** Each problem beside its field; those about no field (the mapping as a whole) apart. */
export function placeProblems(draft: MappingDraft, problems: readonly Problem[]): { byField: Map<string, string[]>; general: string[] } {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const p of problems) {
    const fields = fieldsAt(draft, p.path);
    for (const f of fields) byField.set(f.id, [...(byField.get(f.id) ?? []), p.message]);
    if (fields.length === 0) general.push(p.message);
  }
  return { byField, general };
}

/** A refused save's message as problems: `/a: unknown source 'x'; /b: 'b' appears twice`, or `body/fields/0/type must be ...`. */
export function problemsOfMessage(message: string): Problem[] {
  return message.split(/; (?=\/|body\/)/).map((m) => ({ path: /^(\/[^:]*):/.exec(m)?.[1] ?? /^(body\/\S+)/.exec(m)?.[1] ?? '/', message: m }));
}
