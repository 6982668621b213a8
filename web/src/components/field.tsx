import { type ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  /** The API's message for this field (ApiError.field), shown under it and announced. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** A label, its control, a hint and an error, tied together for screen readers. */
function Field({ label, error, hint, children }: FieldProps & { children: (id: string, describedBy: string | undefined) => ReactNode }) {
  const id = useId();
  const describedBy = describedByOf(id, hint, error);
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** The ids a control's `aria-describedby` names for its hint and error, when it has them. */
export const describedByOf = (id: string, hint?: string, error?: string) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

/** A control's hint and its error (announced), under it. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

type TextFieldProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'url' | 'number' | 'search' | 'datetime-local' | 'email';
  placeholder?: string;
  autoComplete?: string;
  disabled?: boolean;
};

export function TextField({ value, onChange, type = 'text', placeholder, autoComplete, disabled, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(id, describedBy) => (
        <input id={id} type={type} value={value} placeholder={placeholder} autoComplete={autoComplete} disabled={disabled} required={field.required} aria-invalid={field.error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

export function TextAreaField({ value, onChange, rows = 8, placeholder, ...field }: FieldProps & { value: string; onChange: (value: string) => void; rows?: number; placeholder?: string }) {
  return (
    <Field {...field}>
      {(id, describedBy) => <textarea id={id} rows={rows} value={value} placeholder={placeholder} spellCheck={false} aria-invalid={field.error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ value, onChange, options, ...field }: FieldProps & { value: string; onChange: (value: string) => void; options: readonly Option[] }) {
  return (
    <Field {...field}>
      {(id, describedBy) => (
        <select id={id} value={value} aria-invalid={field.error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
