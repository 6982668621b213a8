import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ApiError, api, ok } from '../../api/client';
import { CheckboxGroup } from '../../components/checkbox-group';
import { SelectField, TextField } from '../../components/field';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { Switch } from '../../components/switch';
import { DestinationRow } from './destination-row';
import { useFilterFields } from './filter-fields';
import { FilterRow } from './filter-row';
import { ACTIVATE_SETS, type Flow, type FlowDraft, type FlowSource, SOURCES, SOURCE_SETS, bodyOf, draftOf, emptyDraft, newDestination, newFilter, shownSets } from './flow-draft';
import './flows.css';

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `/flows/new` and `/flows/:name`: the flow's configuration, as the guide's "Configuring a Flow" lays it out. */
export default function FlowEditor() {
  const params = useParams<{ name?: string }>();
  const name = params.name === undefined ? undefined : safeDecode(params.name);
  const flow = useQuery({ queryKey: ['flows', name], queryFn: () => ok(api.GET('/v1/flows/{name}', { params: { path: { name: name as string } } })), enabled: name !== undefined });
  if (name === undefined) return <FlowForm key="new" initial={emptyDraft()} />;
  if (flow.isPending) return <Loading />;
  if (flow.error) return <ErrorNotice error={flow.error} />;
  return <FlowForm key={name} initial={draftOf(flow.data)} saved={flow.data} />;
}

/** The API's message for a field it names (`destinations/0/connection`), shown at that field. */
const fieldOf = (error: unknown) => (error instanceof ApiError && error.field ? error.field.replace(/^body\//, '') : undefined);

function FlowForm({ initial, saved }: { initial: FlowDraft; saved?: Flow }) {
  const [draft, setDraft] = useState(initial);
  const [, navigate] = useLocation();
  const queries = useQueryClient();
  const isNew = !saved;
  const tags = useQuery({ queryKey: ['tags'], queryFn: () => ok(api.GET('/v1/tags')) });
  const connections = useQuery({ queryKey: ['connections'], queryFn: () => ok(api.GET('/v1/connections')) });
  const mappings = useQuery({ queryKey: ['mappings'], queryFn: () => ok(api.GET('/v1/mappings')) });
  const filterFields = useFilterFields(draft.source, tags.data?.tags ?? []);
  // A new flow's editor reopens at its own address after the first save: the history entry carries the news.
  const [justSaved, setJustSaved] = useState<boolean>(() => Boolean((history.state as { saved?: boolean } | null)?.saved));
  useEffect(() => {
    if ((history.state as { saved?: boolean } | null)?.saved) history.replaceState(null, '');
  }, []);

  const save = useMutation({
    mutationFn: async (d: FlowDraft) => {
      if (!d.name.trim()) throw new ApiError(400, { error: 'HF_INVALID_VALUE', message: 'a flow needs a name', field: 'name' });
      // PUT replaces: a new flow must not overwrite one of the same name.
      if (isNew && (await api.GET('/v1/flows/{name}', { params: { path: { name: d.name } } })).response.ok) {
        throw new ApiError(409, { error: 'HF_CONFLICT', message: `a flow named '${d.name}' already exists`, field: 'name' });
      }
      return ok(api.PUT('/v1/flows/{name}', { params: { path: { name: d.name } }, body: bodyOf(d) }));
    },
    onSuccess: (flow) => {
      queries.setQueryData(['flows', flow.name], flow);
      void queries.invalidateQueries({ queryKey: ['flows'], exact: true });
      setJustSaved(true);
      if (isNew) navigate(`/flows/${encodeURIComponent(flow.name)}`, { replace: true, state: { saved: true } });
    },
  });
  const errorField = fieldOf(save.error);
  const errorAt = (field: string) => (errorField && (errorField === field || errorField.startsWith(`${field}/`)) ? (save.error as ApiError).message : undefined);
  const placed = ['name', 'source', ...shownSets(draft).map((s) => `activateFor/${s}`), ...draft.filters.map((_, i) => `filters/${i}`), ...draft.destinations.flatMap((_, i) => ['name', 'connection', 'payloadMapping', 'headerMapping'].map((f) => `destinations/${i}/${f}`))].some((f) => errorAt(f));

  const update = (patch: Partial<FlowDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setJustSaved(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(draft);
  };
  const tagOptions = (object: string) => (tags.data?.tags ?? []).filter((t) => (t.objects as string[]).includes(object)).map((t) => ({ value: t.name, label: t.label }));
  const choices = {
    connections: (connections.data?.connections ?? []).map((c) => ({ value: c.name, label: c.name })),
    mappings: (mappings.data?.mappings ?? []).map((m) => ({ value: m.name, label: m.name })),
  };

  return (
    <Page title={isNew ? 'New flow' : draft.name} actions={saved && <DeleteFlow name={saved.name} />}>
      <p className="back-link">
        <Link href="/flows">← All flows</Link>
      </p>
      {saved && <FlowStatus flow={saved} />}
      {justSaved && <SuccessNotice>Flow saved.</SuccessNotice>}
      {save.error && !placed && <ErrorNotice error={save.error} />}
      {save.error && placed && (
        <div className="notice error" role="alert">
          The flow was not saved: see the field marked below.
        </div>
      )}
      {(tags.error || connections.error || mappings.error) && <ErrorNotice error={tags.error ?? connections.error ?? mappings.error} />}
      <form className="flow-form" onSubmit={submit} noValidate>
        <section className="card" aria-labelledby="flow-general">
          <h2 id="flow-general">Flow</h2>
          <div className="grid">
            <TextField label="Name" value={draft.name} required disabled={!isNew} error={errorAt('name')} hint={isNew ? undefined : "A flow's name is its address; it cannot change."} onChange={(name) => update({ name })} />
          </div>
          <div className="switches">
            <Switch label="Live" checked={draft.mode === 'live'} states={{ on: 'Live', off: 'Test' }} hint="A Live flow takes live registrations of live events; a Test flow takes test registrations and those of test events." onChange={(live) => update({ mode: live ? 'live' : 'test' })} />
            <Switch label="Active" checked={draft.active} hint="An inactive flow keeps its configuration and processes nothing." onChange={(active) => update({ active })} />
          </div>
        </section>

        <section className="card" aria-labelledby="flow-source">
          <h2 id="flow-source">Source</h2>
          <SelectField
            label="This flow watches for"
            value={draft.source}
            error={errorAt('source')}
            options={[{ value: '', label: 'Choose a source…' }, ...(Object.keys(SOURCES) as FlowSource[]).map((s) => ({ value: s, label: SOURCES[s] }))]}
            onChange={(source) => update({ source: source as FlowSource | '' })}
          />
          {draft.source && <p className="hint activate-rule">{SOURCE_SETS[draft.source].required}</p>}
          {shownSets(draft).map((set) => (
            <CheckboxGroup
              key={set}
              legend={`Activate for ${ACTIVATE_SETS[set].legend.toLowerCase()}`}
              options={tagOptions(ACTIVATE_SETS[set].object)}
              selected={draft.activateFor[set]}
              error={errorAt(`activateFor/${set}`)}
              none={`No tag is set up for ${ACTIVATE_SETS[set].legend.replace(/ tags$/, '').toLowerCase()} yet: add one on the Tags page.`}
              onChange={(chosen) => update({ activateFor: { ...draft.activateFor, [set]: chosen } })}
            />
          ))}
        </section>

        <section className="card" aria-labelledby="flow-filters">
          <h2 id="flow-filters">Filters</h2>
          <p className="hint">Optional: the flow takes a registration only if it meets every rule.</p>
          {draft.filters.map((f, i) => (
            <FilterRow
              key={f.key}
              index={i}
              filter={f}
              fields={filterFields}
              error={errorAt(`filters/${i}`)}
              onChange={(next) => update({ filters: draft.filters.map((x) => (x.key === f.key ? next : x)) })}
              onRemove={() => update({ filters: draft.filters.filter((x) => x.key !== f.key) })}
            />
          ))}
          <button type="button" onClick={() => update({ filters: [...draft.filters, newFilter()] })}>
            Add a filter
          </button>
        </section>

        <section className="card" aria-labelledby="flow-destinations">
          <h2 id="flow-destinations">Destinations</h2>
          {draft.destinations.map((d, i) => (
            <DestinationRow
              key={d.key}
              index={i}
              destination={d}
              choices={choices}
              errorAt={errorAt}
              onChange={(next) => update({ destinations: draft.destinations.map((x) => (x.key === d.key ? next : x)) })}
              onRemove={() => update({ destinations: draft.destinations.filter((x) => x.key !== d.key) })}
            />
          ))}
          <button type="button" onClick={() => update({ destinations: [...draft.destinations, newDestination(draft.destinations.length)] })}>
            Add a destination
          </button>
        </section>

        <div className="form-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save flow'}
          </button>
          <Link href="/flows" className="button">
            Cancel
          </Link>
        </div>
      </form>
    </Page>
  );
}

/** Complete, or what the saved flow still lacks in the API's words: an incomplete flow never fires. */
export function FlowStatus({ flow }: { flow: Pick<Flow, 'status' | 'missing'> }) {
  if (flow.status === 'complete') {
    return (
      <p className="flow-status">
        <StatusBadge status="complete" /> This flow is completely set up.
      </p>
    );
  }
  return (
    <div className="flow-status incomplete">
      <StatusBadge status="incomplete" /> It will not fire until it has:
      <ul>
        {flow.missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

function DeleteFlow({ name }: { name: string }) {
  const [asking, setAsking] = useState(false);
  const [, navigate] = useLocation();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE('/v1/flows/{name}', { params: { path: { name } } })),
    onSuccess: () => {
      queries.removeQueries({ queryKey: ['flows', name] });
      void queries.invalidateQueries({ queryKey: ['flows'], exact: true });
      navigate('/flows');
    },
  });
  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Delete flow
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label="Confirm deletion">
      <span>Delete flow '{name}'? This cannot be undone.</span>
      <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
        Yes, delete
      </button>
      <button type="button" onClick={() => setAsking(false)} autoFocus>
        Keep it
      </button>
      {remove.error && <ErrorNotice error={remove.error} />}
    </div>
  );
}
