/* The target tree: a level of fields, and a field holding a level of its own (the two recurse). */
import { AddField } from './add-field';
import { focusAfter } from './focus';
import { TransformsPicker } from './transforms-picker';
import { FIELD_TYPES, type FieldType, type TreeField, hasFields, isArray } from './tree';
import { listSources, useTree } from './tree-context';
import { ValueParts } from './value-parts';

/**
 * One target field: its name, JSON type, required box, the list an array iterates, then its value
 * (sources and fixed text) and transforms, or its own fields; the problems found at it beneath.
 */
export function FieldRow({ field, path, itemList }: { field: TreeField; path: string; itemList: string }) {
  const { change, sources, problems } = useTree();
  const set = (patch: Partial<TreeField>) => change(field.id, (f) => ({ ...f, ...patch }));
  const errors = problems.get(field.id);
  const innerList = isArray(field.type) && field.each ? field.each : itemList;
  const errorId = `${field.id}-errors`;
  return (
    <div className={errors ? 'tree-field invalid' : 'tree-field'} role="group" aria-label={path} aria-describedby={errors ? errorId : undefined}>
      <div className="tree-field-head">
        <input className="field-name" aria-label={`Name of ${path}`} value={field.name} aria-invalid={errors ? true : undefined} onChange={(e) => set({ name: e.target.value })} />
        <select aria-label={`Type of ${path}`} value={field.type} onChange={(e) => set({ type: e.target.value as FieldType })}>
          {FIELD_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        {isArray(field.type) && (
          <select aria-label={`Each item of (${path})`} value={field.each} onChange={(e) => set({ each: e.target.value })}>
            <option value="">One element</option>
            {listSources(sources).map((l) => (
              <option key={l.id} value={l.id}>
                Each of {l.label}
              </option>
            ))}
          </select>
        )}
        <label className="chip-check required">
          <input type="checkbox" checked={field.required} onChange={(e) => set({ required: e.target.checked })} />
          Required<span className="visually-hidden"> ({path})</span>
        </label>
        <button type="button" className="remove-field" aria-label={`Remove field ${path}`} onClick={(e) => removeKeepingFocus(e.currentTarget, () => change(field.id, () => null))}>
          Remove
        </button>
      </div>
      {errors && (
        <ul className="field-errors" id={errorId}>
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {hasFields(field.type) ? (
        <FieldList fields={field.fields} parentId={field.id} parentPath={path} itemList={innerList} />
      ) : (
        <div className="tree-field-value">
          <ValueParts parts={field.value} onChange={(value) => set({ value })} fieldName={path} itemList={innerList} />
          <TransformsPicker value={field.transforms} onChange={(transforms) => set({ transforms })} fieldName={path} />
        </div>
      )}
    </div>
  );
}

/** The removed field's button goes with it: the focus moves to "Add a field" at the same level. */
function removeKeepingFocus(button: HTMLElement, remove: () => void) {
  focusAfter(button.closest('.field-list')?.querySelector(':scope > .add-field-item input'), remove);
}

/** A level of the target tree: its fields, then "Add a Field" for that level. */
export function FieldList({ fields, parentId, parentPath, itemList }: { fields: readonly TreeField[]; parentId: string | null; parentPath: string; itemList: string }) {
  return (
    <ul className="field-list">
      {fields.map((f) => (
        <li key={f.id}>
          <FieldRow field={f} path={parentPath ? `${parentPath} › ${f.name}` : f.name} itemList={itemList} />
        </li>
      ))}
      <li className="add-field-item">
        <AddField parentId={parentId} parentPath={parentPath} />
      </li>
    </ul>
  );
}
