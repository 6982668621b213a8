import { useState } from 'react';
import { CheckboxGroup } from '../../components/checkbox-group';
import { SelectField, TextField } from '../../components/field';
import type { FilterField } from './filter-fields';
import { type FilterDraft, type FilterOperator, OPERATORS } from './flow-draft';

const OPERATOR_OPTIONS = (Object.keys(OPERATORS) as FilterOperator[]).map((o) => ({ value: o, label: OPERATORS[o].label }));

/** Comma-separated text for a list of values where the field's allowed values are not known. */
const splitValues = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** One filter rule: a field, an operator, and the value(s) that operator compares with. */
export function FilterRow({ index, filter, fields, error, onChange, onRemove }: { index: number; filter: FilterDraft; fields: FilterField[]; error: string | undefined; onChange: (f: FilterDraft) => void; onRemove: () => void }) {
  const n = index + 1;
  const field = fields.find((f) => f.id === filter.field);
  // A saved field this account no longer offers stays selectable, so opening a flow never changes it.
  const fieldOptions = [{ value: '', label: 'Choose a field…' }, ...fields.map((f) => ({ value: f.id, label: f.label })), ...(filter.field && !field ? [{ value: filter.field, label: filter.field }] : [])];
  const operand = OPERATORS[filter.operator].operand;
  const choices = field?.choices;
  return (
    <div className="filter-row">
      <SelectField label={`Filter ${n} field`} value={filter.field} options={fieldOptions} error={error} onChange={(id) => onChange({ ...filter, field: id, value: '', values: [] })} />
      <SelectField label={`Filter ${n} operator`} value={filter.operator} options={OPERATOR_OPTIONS} onChange={(o) => onChange({ ...filter, operator: o as FilterOperator })} />
      {operand === 'value' &&
        (choices?.length ? (
          <SelectField label={`Filter ${n} value`} value={filter.value} options={[{ value: '', label: 'Choose a value…' }, ...choices]} onChange={(value) => onChange({ ...filter, value })} />
        ) : (
          <TextField label={`Filter ${n} value`} value={filter.value} onChange={(value) => onChange({ ...filter, value })} />
        ))}
      {operand === 'values' &&
        (choices?.length ? (
          <CheckboxGroup legend={`Filter ${n} values`} options={choices} selected={filter.values} onChange={(values) => onChange({ ...filter, values })} />
        ) : (
          <ValuesText label={`Filter ${n} values`} values={filter.values} onChange={(values) => onChange({ ...filter, values })} />
        ))}
      <button type="button" className="danger remove" onClick={onRemove}>
        Remove filter {n}
      </button>
    </div>
  );
}

/** The text is kept as typed (a trailing comma included); the list is what it says so far. */
function ValuesText({ label, values, onChange }: { label: string; values: string[]; onChange: (values: string[]) => void }) {
  const [text, setText] = useState(values.join(', '));
  return (
    <TextField
      label={label}
      hint="Separate values with commas."
      value={text}
      onChange={(t) => {
        setText(t);
        onChange(splitValues(t));
      }}
    />
  );
}
