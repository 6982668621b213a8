import { useId } from 'react';

interface SwitchProps {
  /** What is on or off ("Live", "Active: Slack"); read by screen readers even when not shown. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Words beside the switch for each state ("Live"/"Test"); the label is then for screen readers only. */
  states?: { on: string; off: string };
  hint?: string;
  disabled?: boolean;
}

/** An on/off toggle: a real checkbox with the switch role, so Space toggles it and it says its state. */
export function Switch({ label, checked, onChange, states, hint, disabled }: SwitchProps) {
  const id = useId();
  return (
    <div className="switch-field">
      <label className="switch" htmlFor={id}>
        <input id={id} type="checkbox" role="switch" checked={checked} disabled={disabled} aria-label={states ? label : undefined} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.checked)} />
        <span className="track" aria-hidden="true" />
        <span className="switch-text">{states ? (checked ? states.on : states.off) : label}</span>
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
