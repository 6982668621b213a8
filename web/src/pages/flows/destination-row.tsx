import { type Option, SelectField, TextField } from '../../components/field';
import type { DestinationDraft } from './flow-draft';

/** A saved name the account no longer has stays in the list (the flow's status says it is gone). */
const withCurrent = (options: Option[], current: string) => (current && !options.some((o) => o.value === current) ? [...options, { value: current, label: `${current} (missing)` }] : options);

export interface DestinationChoices {
  connections: Option[];
  mappings: Option[];
}

/** One destination: its name, the connection it sends through, and its payload and header mappings. */
export function DestinationRow({ index, destination, choices, errorAt, onChange, onRemove }: {
  index: number;
  destination: DestinationDraft;
  choices: DestinationChoices;
  errorAt: (field: string) => string | undefined;
  onChange: (d: DestinationDraft) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const at = `destinations/${index}`;
  const set = (patch: Partial<DestinationDraft>) => onChange({ ...destination, ...patch });
  return (
    <fieldset className="destination card">
      <legend>Destination {n}</legend>
      <div className="grid">
        <TextField label={`Destination ${n} name`} value={destination.name} required error={errorAt(`${at}/name`)} onChange={(name) => set({ name })} />
        <SelectField
          label={`Destination ${n} connection`}
          value={destination.connection}
          options={withCurrent([{ value: '', label: 'Choose a connection…' }, ...choices.connections], destination.connection)}
          error={errorAt(`${at}/connection`)}
          onChange={(connection) => set({ connection })}
        />
        <SelectField
          label={`Destination ${n} payload mapping`}
          value={destination.payloadMapping}
          options={withCurrent([{ value: '', label: 'Choose a mapping…' }, ...choices.mappings], destination.payloadMapping)}
          error={errorAt(`${at}/payloadMapping`)}
          onChange={(payloadMapping) => set({ payloadMapping })}
        />
        <SelectField
          label={`Destination ${n} header mapping`}
          hint="Optional: the HTTP headers to send."
          value={destination.headerMapping}
          options={withCurrent([{ value: '', label: 'No header mapping' }, ...choices.mappings], destination.headerMapping)}
          error={errorAt(`${at}/headerMapping`)}
          onChange={(headerMapping) => set({ headerMapping })}
        />
      </div>
      <p className="hint">Action: Webhook</p>
      <button type="button" className="danger" onClick={onRemove}>
        Remove destination {n}
      </button>
    </fieldset>
  );
}
