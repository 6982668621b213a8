import { useState } from 'react';
import { focusAfter } from './focus';
import { SourcePicker } from './source-picker';
import type { Source, ValuePart } from './tree';
import { useTree } from './tree-context';

/**
 * A field's value: sources and fixed text, which concatenate in order (the guide's "First Name",
 * " ", "Last Name"). Item sources are offered only inside an array iterating their list.
 */
export function ValueParts({ parts, onChange, fieldName, itemList }: { parts: readonly ValuePart[]; onChange: (parts: ValuePart[]) => void; fieldName: string; itemList: string }) {
  const { sources } = useTree();
  const [focusText, setFocusText] = useState(-1);
  const offered = sources.filter((s) => !s.list || s.list === itemList);
  const labelOf = (id: string | undefined) => labelFor(offered, sources, id);
  const replace = (i: number, part: ValuePart | null) => onChange(parts.flatMap((p, j) => (j !== i ? [p] : part ? [part] : [])));
  return (
    <div className="value-parts">
      {parts.length > 0 && (
        <ol className="parts" aria-label={`Value of ${fieldName}`}>
          {parts.map((p, i) => (
            <li key={i} className={p.kind === 'source' ? 'part source' : 'part text'}>
              {p.kind === 'source' ? (
                <span className="part-label">{labelOf(p.source)}</span>
              ) : (
                <input aria-label={`Fixed text ${i + 1} of ${fieldName}`} value={p.text ?? ''} autoFocus={i === focusText} size={Math.max(4, (p.text ?? '').length + 1)} onChange={(e) => replace(i, { kind: 'text', text: e.target.value })} />
              )}
              <button type="button" className="remove-part" aria-label={`Remove ${p.kind === 'source' ? labelOf(p.source) : 'fixed text'} from ${fieldName}`} onClick={(e) => focusAfter(e.currentTarget.closest('.value-parts')?.querySelector('select'), () => replace(i, null))}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="add-parts">
        <SourcePicker sources={offered} fieldName={fieldName} onAdd={(source) => onChange([...parts, { kind: 'source', source }])} />
        <button
          type="button"
          onClick={() => {
            setFocusText(parts.length);
            onChange([...parts, { kind: 'text', text: '' }]);
          }}
        >
          Add fixed text<span className="visually-hidden"> to {fieldName}</span>
        </button>
      </div>
    </div>
  );
}

/** A source by its label; an id the account no longer offers shows as it is. */
function labelFor(offered: readonly Source[], all: readonly Source[], id: string | undefined) {
  return (offered.find((s) => s.id === id) ?? all.find((s) => s.id === id))?.label ?? id ?? '';
}
