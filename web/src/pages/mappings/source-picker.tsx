import { useId, useState } from 'react';
import type { Source } from './tree';

/**
 * The guide's source picker: the sources grouped as it lists them, narrowed by what is typed in
 * Find; the chosen one is added with the button (a select that added on change would add with
 * every arrow key).
 */
export function SourcePicker({ sources, onAdd, fieldName }: { sources: readonly Source[]; onAdd: (id: string) => void; fieldName: string }) {
  const [chosen, setChosen] = useState('');
  const [find, setFind] = useState('');
  const id = useId();
  const shown = find.trim() ? sources.filter((s) => `${s.group} ${s.label} ${s.id}`.toLowerCase().includes(find.trim().toLowerCase())) : sources;
  const groups = [...new Set(shown.map((s) => s.group))];
  const add = () => {
    if (!chosen) return;
    onAdd(chosen);
    setChosen('');
  };
  return (
    <div className="source-picker">
      <input type="search" id={`${id}-find`} aria-label={`Find a source for ${fieldName}`} placeholder="Find…" value={find} onChange={(e) => setFind(e.target.value)} />
      <select aria-label={`Source for ${fieldName}`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{shown.length ? 'Choose a source…' : 'No source matches'}</option>
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {shown
              .filter((s) => s.group === g)
              .map((s) => (
                <option key={`${s.id} ${s.list ?? ''}`} value={s.id}>
                  {s.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <button type="button" onClick={add} disabled={!chosen}>
        Add source
      </button>
    </div>
  );
}
