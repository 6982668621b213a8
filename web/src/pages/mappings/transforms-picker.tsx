import type { Transform } from './tree';

const TRANSFORMS: readonly { value: Transform; label: string }[] = [
  { value: 'lower', label: 'lower case' },
  { value: 'proper', label: 'Proper Case' },
  { value: 'upper', label: 'UPPER CASE' },
  { value: 'trim', label: 'Trim' },
  { value: 'first_link_title', label: 'First link title' },
  { value: 'first_link_url', label: 'First link URL' },
];

/** The guide's second column: transforms apply in the order they were chosen. */
export function TransformsPicker({ value, onChange, fieldName }: { value: readonly Transform[]; onChange: (value: Transform[]) => void; fieldName: string }) {
  const toggle = (t: Transform, on: boolean) => onChange(on ? [...value, t] : value.filter((v) => v !== t));
  const label = (t: Transform) => TRANSFORMS.find((x) => x.value === t)?.label ?? t;
  return (
    <fieldset className="transforms">
      <legend>
        Transforms<span className="visually-hidden"> of {fieldName}</span>
      </legend>
      {TRANSFORMS.map((t) => (
        <label key={t.value} className="chip-check">
          <input type="checkbox" checked={value.includes(t.value)} onChange={(e) => toggle(t.value, e.target.checked)} />
          {t.label}
        </label>
      ))}
      {value.length > 1 && <span className="hint">In this order: {value.map(label).join(' → ')}</span>}
    </fieldset>
  );
}
