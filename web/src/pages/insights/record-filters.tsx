import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, ok } from '../../api/client';
import { type Option, SelectField, TextField } from '../../components/field';
import { type Filter, useInsightParams } from './insight-params';
import { CATEGORIES, CAUSES, KINDS, REASONS } from './words';

const options = (any: string, words: Record<string, string>): Option[] => [{ value: '', label: any }, ...Object.entries(words).map(([value, label]) => ({ value, label }))];

const LABELS: Record<Filter, string> = {
  flow: 'Flow',
  connection: 'Connection',
  eventCode: 'Event code',
  category: 'Category',
  registrationCode: 'Registration code',
  search: 'Search',
  reason: 'Reason',
  kind: 'Kind of change',
  cause: 'Likely cause',
};

/**
 * The filters that narrow these records (only those the API applies to them), kept in the address:
 * a person fills them in and applies them at once, so typing does not query on every key.
 */
export function RecordFilters({ filters }: { filters: readonly Filter[] }) {
  const { filters: current, change } = useInsightParams();
  const [draft, setDraft] = useState<Partial<Record<Filter, string>>>(current);
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => ok(api.GET('/v1/flows')), enabled: filters.includes('flow') });
  const connections = useQuery({ queryKey: ['connections'], queryFn: () => ok(api.GET('/v1/connections')), enabled: filters.includes('connection') });
  const names = (list: { name: string }[] | undefined, any: string): Option[] => [{ value: '', label: any }, ...(list ?? []).map((x) => ({ value: x.name, label: x.name }))];
  const choices: Partial<Record<Filter, Option[]>> = {
    flow: names(flows.data?.flows, 'All flows'),
    connection: names(connections.data?.connections, 'All connections'),
    category: options('All categories', CATEGORIES),
    reason: options('All reasons', REASONS),
    kind: options('All kinds', KINDS),
    cause: options('All causes', CAUSES),
  };
  const set = (f: Filter) => (v: string) => setDraft((d) => ({ ...d, [f]: v }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    change(Object.fromEntries(filters.map((f) => [f, draft[f]?.trim() || undefined])));
  };
  const clear = () => {
    setDraft({});
    change(Object.fromEntries(filters.map((f) => [f, undefined])));
  };
  return (
    <form className="record-filters" role="search" aria-label="Filter the records" onSubmit={apply}>
      {filters.map((f) => {
        const list = choices[f];
        // A value from the address that the list lacks (a flow since renamed) stays choosable.
        const withCurrent = list && draft[f] && !list.some((o) => o.value === draft[f]) ? [...list, { value: draft[f] as string, label: draft[f] as string }] : list;
        return withCurrent ? (
          <SelectField key={f} label={LABELS[f]} value={draft[f] ?? ''} options={withCurrent} onChange={set(f)} />
        ) : (
          <TextField key={f} label={LABELS[f]} type={f === 'search' ? 'search' : 'text'} value={draft[f] ?? ''} onChange={set(f)} />
        );
      })}
      <div className="filter-actions">
        <button type="submit" className="primary">
          Apply
        </button>
        <button type="button" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
