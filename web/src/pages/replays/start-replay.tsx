import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, ok } from '../../api/client';
import { CheckboxField, SelectField, TextField } from '../../components/field';
import { ErrorNotice, SuccessNotice } from '../../components/notice';

/** A datetime-local value is the reader's own time; the API takes an instant. */
const instant = (local: string) => (local ? new Date(local).toISOString() : undefined);

/** Starts a replay of a flow over a time range and/or an event. */
export function StartReplay() {
  const queries = useQueryClient();
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => ok(api.GET('/v1/flows')) });
  const events = useQuery({ queryKey: ['events'], queryFn: () => ok(api.GET('/v1/events')) });
  const [flow, setFlow] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [eventCode, setEventCode] = useState('');
  const [force, setForce] = useState(false);
  const start = useMutation({
    mutationFn: (name: string) =>
      ok(
        api.POST('/v1/flows/{name}/replays', {
          params: { path: { name } },
          body: { ...(instant(from) ? { from: instant(from) } : {}), ...(instant(to) ? { to: instant(to) } : {}), ...(eventCode ? { eventCode } : {}), ...(force ? { force } : {}) },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['replays'] }),
  });
  const chosenFlow = flow || flows.data?.flows[0]?.name || '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.reset();
    start.mutate(chosenFlow);
  };
  const fieldError = (name: string) => (start.error instanceof ApiError && start.error.field === name ? start.error.message : undefined);
  const generalError = start.error && !(start.error instanceof ApiError && ['from', 'to', 'eventCode', 'force'].includes(start.error.field ?? '')) ? start.error : null;
  return (
    <form className="card start-replay" aria-labelledby="start-replay-title" onSubmit={submit}>
      <h2 id="start-replay-title">Start a replay</h2>
      <div className="start-replay-fields">
        <SelectField label="Flow" value={chosenFlow} options={(flows.data?.flows ?? []).map((f) => ({ value: f.name, label: f.name }))} onChange={setFlow} />
        <TextField label="From" type="datetime-local" value={from} onChange={setFrom} error={fieldError('from')} hint="Changes received at or after; empty for the start" />
        <TextField label="To" type="datetime-local" value={to} onChange={setTo} error={fieldError('to')} hint="Up to; empty for now" />
        <SelectField label="Event" value={eventCode} options={[{ value: '', label: 'Every event' }, ...(events.data?.events ?? []).map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }))]} onChange={setEventCode} error={fieldError('eventCode')} />
      </div>
      <CheckboxField label="Send again what an identical replay already sent" checked={force} onChange={setForce} />
      {fieldError('force') && <ErrorNotice error={start.error} />}
      {generalError && <ErrorNotice error={generalError} />}
      {start.data && (
        <SuccessNotice>
          Replay {start.data.id} of {start.data.flow} {start.data.status === 'running' ? 'is running' : `is ${start.data.status}`}: {start.data.total} changes to evaluate.
        </SuccessNotice>
      )}
      <button type="submit" className="primary" disabled={!chosenFlow || start.isPending}>
        Start replay
      </button>
    </form>
  );
}
