import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ApiError, api, ok } from '../../api/client';
import { SelectField, TextField } from '../../components/field';
import { ConfirmDelete } from '../../components/confirm-delete';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { Page } from '../../components/page';
import { FieldList } from './field-tree';
import { PreviewPanel } from './preview-panel';
import { SampleJson } from './sample-json';
import { type MappingDraft, type Problem, type Source, addField, changeField, definitionOf, placeProblems, problemsOfMessage, treeOf } from './tree';
import { type TreeActions, TreeContext, listSources } from './tree-context';
import './mappings.css';

type Saved = { name: string; version: number; root: MappingDraft['root']; each?: string; fields: unknown[] };

/** Mapping Setup: `/mappings/new`, or a saved mapping by name. */
export default function MappingEditor() {
  const { name } = useParams<{ name?: string }>();
  const mapping = useQuery({ queryKey: ['mappings', name], queryFn: () => ok(api.GET('/v1/mappings/{name}', { params: { path: { name: name! } } })), enabled: !!name });
  const sources = useQuery({ queryKey: ['mapping-sources'], queryFn: () => ok(api.GET('/v1/mapping-sources')) });
  if ((name && mapping.isPending) || sources.isPending) return <Loading />;
  if (mapping.error || sources.error) return <ErrorNotice error={mapping.error ?? sources.error} />;
  return <Editor key={name ?? ''} saved={mapping.data} sources={sources.data.sources} />;
}

function Editor({ saved, sources }: { saved: Saved | undefined; sources: Source[] }) {
  const [name, setName] = useState(saved?.name ?? '');
  const [draft, setDraft] = useState<MappingDraft>(() => (saved ? { root: saved.root, each: saved.each ?? '', fields: treeOf(saved.fields) } : { root: 'object', each: '', fields: [] }));
  const [problems, setProblems] = useState<Problem[]>([]);
  // A new mapping's first save moves to its own address; the version saved rides along in the history's state.
  const [savedVersion, setSavedVersion] = useState<number | null>(() => (window.history.state as { savedVersion?: number } | null)?.savedVersion ?? null);
  const [, navigate] = useLocation();
  const queries = useQueryClient();

  const save = useMutation({
    mutationFn: () => ok(api.PUT('/v1/mappings/{name}', { params: { path: { name: name.trim() } }, body: definitionOf(draft) })),
    onMutate: () => setSavedVersion(null),
    onSuccess: (mapping) => {
      setProblems([]);
      setSavedVersion(mapping.version);
      queries.setQueryData(['mappings', mapping.name], mapping);
      void queries.invalidateQueries({ queryKey: ['mappings'], exact: true });
      if (!saved) navigate(`/mappings/${encodeURIComponent(mapping.name)}`, { replace: true, state: { savedVersion: mapping.version } });
    },
    onError: (error) => setProblems(error instanceof ApiError && (error.status === 400 || error.status === 422) ? problemsOfMessage(error.message) : []),
  });
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE('/v1/mappings/{name}', { params: { path: { name: name.trim() } } })),
    onSuccess: () => {
      queries.removeQueries({ queryKey: ['mappings', name] });
      void queries.invalidateQueries({ queryKey: ['mappings'] });
      navigate('/mappings');
    },
  });

  const placed = useMemo(() => placeProblems(draft, problems), [draft, problems]);
  const tree: TreeActions = useMemo(
    () => ({
      sources,
      problems: placed.byField,
      change: (id, change) => setDraft((d) => ({ ...d, fields: changeField(d.fields, id, change) })),
      add: (parentId, field) => setDraft((d) => ({ ...d, fields: addField(d.fields, parentId, field) })),
    }),
    [sources, placed],
  );
  const unplacedError = save.error && problems.length === 0 ? save.error : null;

  return (
    <Page title={saved ? `Mapping: ${saved.name}` : 'New mapping'} actions={<Link href="/mappings" className="button">Back to mappings</Link>}>
      <div className="mapping-layout">
        <div className="mapping-main">
          <section className="card" aria-labelledby="mapping-heading">
            <h2 id="mapping-heading" className="visually-hidden">
              Mapping
            </h2>
            <div className="grid">
              {saved ? (
                <div className="field">
                  <span className="label">Mapping name</span>
                  <span className="readonly">
                    {saved.name} <span className="hint">version {savedVersion ?? saved.version}</span>
                  </span>
                </div>
              ) : (
                <TextField label="Mapping name" value={name} onChange={setName} hint="Self-explanatory for several flows: 'Lead Mapping', 'Form Mapping'." required />
              )}
              <SelectField label="Root element type" value={draft.root} onChange={(v) => setDraft((d) => ({ ...d, root: v as MappingDraft['root'] }))} options={[{ value: 'object', label: 'Object' }, { value: 'array_of_objects', label: 'Array of Objects' }]} hint="Array of Objects only if the payload begins with [." />
              {draft.root === 'array_of_objects' && (
                <SelectField label="Root: one element" value={draft.each} onChange={(v) => setDraft((d) => ({ ...d, each: v }))} options={[{ value: '', label: 'One element' }, ...listSources(sources).map((l) => ({ value: l.id, label: `Each of ${l.label}` }))]} />
              )}
            </div>
          </section>

          <SampleJson replacing={draft.fields.length > 0} onParsed={(parsed) => {
              setDraft(parsed);
              setProblems([]);
            }} />

          <section className="card target-tree" aria-labelledby="tree-heading">
            <h2 id="tree-heading">Target fields</h2>
            {draft.fields.length === 0 && <p className="empty">No target fields yet: parse a sample, or add them one by one below.</p>}
            {placed.general.length > 0 && (
              <div className="notice error" role="alert">
                <ul>
                  {placed.general.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
            )}
            <TreeContext.Provider value={tree}>
              <FieldList fields={draft.fields} parentId={null} parentPath="" itemList={draft.root === 'array_of_objects' ? draft.each : ''} />
            </TreeContext.Provider>
          </section>

          <div className="form-actions" aria-live="polite">
            <button type="button" className="primary" onClick={() => save.mutate()} disabled={save.isPending || !name.trim()}>
              {save.isPending ? 'Saving…' : 'Save mapping'}
            </button>
            <Link href="/mappings" className="button">
              Cancel
            </Link>
            {saved && <ConfirmDelete what={`mapping ${saved.name}`} onDelete={() => remove.mutate()} pending={remove.isPending} />}
          </div>
          {savedVersion !== null && !save.isPending && <SuccessNotice>Saved: version {savedVersion}.</SuccessNotice>}
          {save.error && problems.length > 0 && <ErrorNotice error={new Error('Not saved: the problems are shown at their fields.')} />}
          {unplacedError && <ErrorNotice error={unplacedError} />}
          {remove.error && <ErrorNotice error={remove.error} />}
        </div>

        <aside className="mapping-side" aria-label="Preview">
          <PreviewPanel draft={draft} onProblems={setProblems} />
        </aside>
      </div>
    </Page>
  );
}
