import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, ok } from '../../api/client';
import { type Option, SelectField, TextField } from '../../components/field';
import { type HistoryFilter, NO_FILTER, RANGES } from './history-filter';
import { EVENT_TYPES, STATUSES } from './words';

/** What the codes of the platform look like (the API's pattern): anything else finds nothing. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.:@-]*$/;
const TYPING_PAUSE_MS = 400;

const any = (label: string): Option => ({ value: '', label });
const named = (items: { name: string }[] | undefined) => (items ?? []).map((i) => ({ value: i.name, label: i.name }));

/** An ISO time as a datetime-local input shows it (the reader's zone), and back. */
const toLocalInput = (iso: string) => {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? '' : new Date(t.getTime() - t.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (local: string) => (local ? new Date(local).toISOString() : '');

/** The history's filters; each change goes straight to the address (and so to the list). */
export function HistoryFilters({ filter, onChange }: { filter: HistoryFilter; onChange: (changes: Partial<HistoryFilter>) => void }) {
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => ok(api.GET('/v1/flows')) });
  const connections = useQuery({ queryKey: ['connections'], queryFn: () => ok(api.GET('/v1/connections')) });
  const events = useQuery({ queryKey: ['events'], queryFn: () => ok(api.GET('/v1/events')) });
  const eventOptions = (events.data?.events ?? []).map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }));
  const filtered = Object.values(filter).some(Boolean);
  return (
    <form className="history-filters card" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField label="Status" value={filter.status} onChange={(status) => onChange({ status })} options={[any('Any status'), ...STATUSES]} />
      <SelectField label="Flow" value={filter.flow} onChange={(flow) => onChange({ flow })} options={[any('Any flow'), ...named(flows.data?.flows)]} />
      <SelectField label="Connection" value={filter.connection} onChange={(connection) => onChange({ connection })} options={[any('Any connection'), ...named(connections.data?.connections)]} />
      <SelectField label="Event type" value={filter.eventType} onChange={(eventType) => onChange({ eventType })} options={[any('Any event type'), ...Object.entries(EVENT_TYPES).map(([value, label]) => ({ value, label }))]} />
      <SelectField label="Event" value={filter.eventCode} onChange={(eventCode) => onChange({ eventCode })} options={[any('Any event'), ...eventOptions]} />
      <RegistrationSearch value={filter.registrationCode} onChange={(registrationCode) => onChange({ registrationCode })} />
      <SelectField label="Time range" value={filter.range} onChange={(range) => onChange(range === 'custom' ? { range } : { range, from: '', to: '' })} options={RANGES} />
      {filter.range === 'custom' && (
        <>
          <TextField label="From" type="datetime-local" value={toLocalInput(filter.from)} onChange={(v) => onChange({ from: fromLocalInput(v) })} />
          <TextField label="To" type="datetime-local" value={toLocalInput(filter.to)} onChange={(v) => onChange({ to: fromLocalInput(v) })} />
        </>
      )}
      {filtered && (
        <div className="clear">
          <button type="button" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        </div>
      )}
    </form>
  );
}

/** A registration's code, applied once typing pauses, and only when it could be a code. */
function RegistrationSearch({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const [typed, setTyped] = useState(value);
  const apply = useRef(onChange);
  apply.current = onChange;
  useEffect(() => setTyped(value), [value]);
  const valid = typed === '' || CODE.test(typed.trim());
  useEffect(() => {
    const code = typed.trim();
    if (code === value || !valid) return;
    const timer = setTimeout(() => apply.current(code), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, value, valid]);
  return <TextField label="Registration code" type="search" value={typed} onChange={setTyped} placeholder="e.g. R-1001" error={valid ? undefined : 'A code is letters, digits and _ . : @ - only'} />;
}
