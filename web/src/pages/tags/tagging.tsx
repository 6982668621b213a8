import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { CheckboxGroup } from '../../components/checkbox-group';
import { type Option, SelectField } from '../../components/field';
import { Empty, ErrorNotice, Loading } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import { TAGGABLE, TAG_OBJECTS, type Tag, type TagObject, type Taggable, type TaggableKind } from './taggable-kinds';

const ACCOUNT = '';

/**
 * The guide's "Applying Tags": pick a kind of object (and the event, for the kinds defined per
 * event), then each entry with its tags, changed in place and saved at once.
 */
export function Tagging({ tags }: { tags: Tag[] }) {
  const [object, setObject] = useState<TagObject>('registration_statuses');
  const [event, setEvent] = useState(ACCOUNT);
  const kind = TAGGABLE[object];
  const events = useQuery({ queryKey: ['events'], queryFn: () => ok(api.GET('/v1/events')), enabled: kind.scope !== 'account' });
  const eventOptions: Option[] = [
    ...(kind.scope === 'either' ? [{ value: ACCOUNT, label: 'Account level (standard statuses)' }] : kind.scope === 'event' ? [{ value: ACCOUNT, label: 'Choose an event…' }] : []),
    ...(events.data?.events ?? []).map((e) => ({ value: e.code, label: `${e.name} (${e.code})` })),
  ];
  const scopeEvent = kind.scope === 'account' ? null : event || null;
  const choices = tags.filter((t) => t.objects.includes(object)).map((t) => ({ value: t.name, label: t.label }));

  return (
    <section className="card tagging" aria-labelledby="tagging-title">
      <h2 id="tagging-title">Apply tags</h2>
      <div className="grid tagging-pickers">
        <SelectField label="Object" value={object} options={TAG_OBJECTS.map((o) => ({ value: o, label: TAGGABLE[o].label }))} onChange={(o) => setObject(o as TagObject)} />
        {kind.scope !== 'account' && <SelectField label="Event" value={event} options={eventOptions} onChange={setEvent} hint={kind.scope === 'either' ? 'Standard statuses apply to every event; an event may add its own.' : undefined} />}
      </div>
      {events.error && <ErrorNotice error={events.error} />}
      {kind.scope === 'event' && !scopeEvent ? (
        <Empty>Choose an event to see its {kind.label.toLowerCase()}.</Empty>
      ) : (
        <Entries kind={kind} event={scopeEvent} eventName={events.data?.events.find((e) => e.code === scopeEvent)?.name} choices={choices} />
      )}
    </section>
  );
}

function Entries({ kind, event, eventName, choices }: { kind: TaggableKind; event: string | null; eventName: string | undefined; choices: Option[] }) {
  const entries = useQuery({ queryKey: ['taggables', kind.object, event], queryFn: () => kind.list(event) });
  if (entries.isPending) return <Loading />;
  if (entries.error) return <ErrorNotice error={entries.error} />;
  if (entries.data.length === 0) return <Empty>{event ? `${eventName ?? event} has no ${kind.label.toLowerCase()} of its own.` : `No ${kind.label.toLowerCase()} yet.`}</Empty>;
  return (
    <>
      {choices.length === 0 && <p className="hint">No tag is set up for {kind.label.toLowerCase()} yet: add one above, with "{kind.label}" ticked under Applies to.</p>}
      <ul className="taggables">
        {entries.data.map((entry) => (
          <li key={entry.code}>
            <EntryTags kind={kind} event={event} entry={entry} choices={choices} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One entry's tags: a change shows at once, is saved, and is undone if the API refuses it. */
function EntryTags({ kind, event, entry, choices }: { kind: TaggableKind; event: string | null; entry: Taggable; choices: Option[] }) {
  const [tags, setTags] = useState(entry.tags);
  const queries = useQueryClient();
  const save = useMutation({
    mutationFn: (next: string[]) => kind.save(event, entry.code, next),
    onMutate: (next) => {
      const before = tags;
      setTags(next);
      return { before };
    },
    onError: (_e, _next, context) => context && setTags(context.before),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['taggables', kind.object, event] }),
  });
  return (
    <div className="taggable">
      {kind.single ? (
        <>
          <span className="taggable-name">
            {entry.name} <code>{entry.code}</code> {entry.standard && <StatusBadge status="neutral" label="Standard" />}
          </span>
          {entry.detail && <p className="hint">{entry.detail}</p>}
          <SelectField label={`Tag for ${entry.name}`} value={tags[0] ?? ''} options={[{ value: '', label: 'No tag' }, ...choices]} onChange={(t) => save.mutate(t ? [t] : [])} />
        </>
      ) : (
        <CheckboxGroup legend={entry.name} name={`Tags for ${entry.name}`} options={choices} selected={tags} none="No tag applies to this kind of object yet." onChange={(next) => save.mutate(next)} hint={`${entry.code}${entry.standard ? ' · standard' : ''}`} />
      )}
      <p className="save-state" role="status">
        {save.isPending ? 'Saving…' : save.isSuccess ? 'Saved' : ''}
      </p>
      {save.error && <ErrorNotice error={save.error} />}
    </div>
  );
}
