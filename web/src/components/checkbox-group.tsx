import { useId } from 'react';
import { FieldNotes, type Option, describedByOf } from './field';

interface CheckboxGroupProps {
  /** The group's name (its legend): what the choices are for. */
  legend: string;
  /** A fuller name for screen readers where the legend is short in a list ("Tags for New" beside "New"). */
  name?: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown when there is nothing to choose from. */
  none?: string;
  hint?: string | undefined;
  /** The API's message for this group (ApiError.field), shown under it and announced. */
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * A multi-select as a fieldset of labelled checkboxes (shown as chips): every choice is visible,
 * reachable with Tab and toggled with Space, with no custom widget to get wrong.
 */
export function CheckboxGroup({ legend, name, options, selected, onChange, none = 'Nothing to choose from.', hint, error, disabled }: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  const describedBy = describedByOf(id, hint, error);
  // Values chosen before their option went away (a tag no longer set up for this object) stay visible, to be unticked.
  const shown = [...options, ...selected.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }))];
  return (
    <fieldset className={error ? 'checkbox-group invalid' : 'checkbox-group'} aria-label={name} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {shown.length === 0 ? (
        <p className="hint none">{none}</p>
      ) : (
        <div className="chips">
          {shown.map((o) => (
            <label key={o.value} className="chip">
              <input type="checkbox" checked={selected.includes(o.value)} disabled={disabled} onChange={(e) => toggle(o.value, e.target.checked)} />
              {o.label}
            </label>
          ))}
        </div>
      )}
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}
