import type { Transform } from './tree';

const TRANSFORMS: readonly { value: Transform; label: string }[] = [
  { value: 'lower', label: 'lower case' },
  { value: 'proper', label: 'Proper Case' },
  { value: 'upper', label: 'UPPER CASE' },
  { value: 'trim', label: 'Trim' },
  { value: 'first_link_title', label: 'First link title' },
  { value: 'first_link_url', label: 'First link URL' },
];

const labelOf = (t: Transform) => TRANSFORMS.find((x) => x.value === t)?.label ?? t;

/**
 * The guide's second column, folded away until wanted: its summary says what applies. Transforms
 * apply in the order they were chosen.
 */
export function TransformsPicker({ value, onChange, fieldName }: { value: readonly Transform[]; onChange: (value: Transform[]) => void; fieldName: string }) {
  const toggle = (t: Transform, on: boolean) => onChange(on ? [...value, t] : value.filter((v) => v !== t));
  return (
    <details className="transforms">
      <summary>
        Transforms: {value.length ? value.map(labelOf).join(' → ') : 'none'}
        <span className="visually-hidden"> ({fieldName})</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">Transforms of {fieldName}, applied in the order chosen</legend>
        {TRANSFORMS.map((t) => (
          <label key={t.value} className="chip-check">
            <input type="checkbox" checked={value.includes(t.value)} onChange={(e) => toggle(t.value, e.target.checked)} />
            {t.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
