import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, ok } from '../../api/client';
import { CheckboxGroup } from '../../components/checkbox-group';
import { TextField } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { TAGGABLE, TAG_OBJECTS, type Tag, type TagObject } from './taggable-kinds';

const OBJECT_OPTIONS = TAG_OBJECTS.map((o) => ({ value: o, label: TAGGABLE[o].label }));

/**
 * The guide's "Setting Tags Up for an Account": a name, a label, and the objects the tag can apply
 * to. Editing keeps the name (flows and objects refer to it); `existing` names taken by other tags.
 */
export function TagForm({ editing, existing, onDone }: { editing: Tag | null; existing: string[]; onDone: (saved: Tag | null) => void }) {
  const [name, setName] = useState(editing?.name ?? '');
  const [label, setLabel] = useState(editing?.label ?? '');
  const [objects, setObjects] = useState<string[]>(editing?.objects ?? []);
  const queries = useQueryClient();
  const save = useMutation({
    mutationFn: () => {
      const trimmed = name.trim();
      if (!trimmed) throw new ApiError(400, { error: 'HF_INVALID_VALUE', message: 'a tag needs a name', field: 'name' });
      // PUT replaces: adding must not overwrite a tag of the same name.
      if (!editing && existing.includes(trimmed)) throw new ApiError(409, { error: 'HF_CONFLICT', message: `a tag named '${trimmed}' already exists`, field: 'name' });
      if (objects.length === 0) throw new ApiError(400, { error: 'HF_INVALID_VALUE', message: 'choose at least one object the tag can apply to', field: 'objects' });
      return ok(api.PUT('/v1/tags/{name}', { params: { path: { name: trimmed } }, body: { label: label.trim() || trimmed, objects: objects as TagObject[] } }));
    },
    onSuccess: (tag) => {
      void queries.invalidateQueries({ queryKey: ['tags'] });
      onDone(tag);
    },
  });
  const field = save.error instanceof ApiError ? save.error.field?.replace(/^body\//, '') : undefined;
  const errorAt = (f: string) => (field?.startsWith(f) ? save.error?.message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="card tag-form" onSubmit={submit} noValidate aria-labelledby="tag-form-title">
      <h3 id="tag-form-title">{editing ? `Edit tag '${editing.name}'` : 'Add a tag'}</h3>
      <div className="grid">
        <TextField label="Tag name" value={name} required disabled={Boolean(editing)} error={errorAt('name')} hint={editing ? 'Flows and objects refer to a tag by its name: it cannot change.' : 'What flows and objects refer to, e.g. Registered.'} onChange={setName} />
        <TextField label="Tag label" value={label} error={errorAt('label')} hint="What people see; the name if left blank." onChange={setLabel} />
      </div>
      <CheckboxGroup legend="Applies to" options={OBJECT_OPTIONS} selected={objects} error={errorAt('objects')} onChange={setObjects} />
      {save.error && !field && <ErrorNotice error={save.error} />}
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {editing ? 'Save tag' : 'Add tag'}
        </button>
        {editing && (
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
