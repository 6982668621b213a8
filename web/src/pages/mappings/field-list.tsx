import { AddField } from './add-field';
import { FieldRow } from './field-row';
import type { TreeField } from './tree';

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
