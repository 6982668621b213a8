import { type KeyboardEvent, useState } from 'react';
import { FIELD_TYPES, type FieldType, newField } from './tree';
import { useTree } from './tree-context';

/** The guide's "Add a Field": a target field's name and JSON type, added at this level. */
export function AddField({ parentId, parentPath }: { parentId: string | null; parentPath: string }) {
  const { add } = useTree();
  const [name, setName] = useState('');
  const [type, setType] = useState<FieldType>('string');
  const where = parentPath || 'the payload';
  const submit = () => {
    if (!name.trim()) return;
    add(parentId, newField(name.trim(), type));
    setName('');
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  };
  return (
    <div className="add-field" role="group" aria-label={`Add a field to ${where}`}>
      <input aria-label={`New field name in ${where}`} placeholder="Add a field" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onKey} />
      <select aria-label={`New field type in ${where}`} value={type} onChange={(e) => setType(e.target.value as FieldType)}>
        {FIELD_TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={submit} disabled={!name.trim()} aria-label={`Add the field to ${where}`}>
        Add
      </button>
    </div>
  );
}
