import { useState } from 'react';
import { TextField } from '../../components/field';

interface SecretFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The stored secret still applies: it is shown as "Set" and kept unless replaced. */
  kept: boolean;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
}

/**
 * A secret is written, never read back: the API only masks it, and the page shows no more than
 * whether it is set. Replacing it opens a password input; leaving that blank keeps the stored one.
 */
export function SecretField({ label, value, onChange, kept, error, hint, required }: SecretFieldProps) {
  const [replacing, setReplacing] = useState(false);
  if (kept && !replacing && !error) {
    return (
      <div className="field secret-set">
        <span className="label">{label}</span>
        <div className="secret-state">
          <span className="badge good">Set</span>
          <button type="button" aria-label={`Replace ${label}`} onClick={() => setReplacing(true)}>
            Replace
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="secret-input">
      <TextField
        label={label}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={onChange}
        error={error}
        hint={kept ? 'Leave blank to keep the stored one.' : hint}
        required={required && !kept}
      />
      {kept && replacing && (
        <button
          type="button"
          className="link-button keep"
          onClick={() => {
            onChange('');
            setReplacing(false);
          }}
        >
          Keep the stored one
        </button>
      )}
    </div>
  );
}
