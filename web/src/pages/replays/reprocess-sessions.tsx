import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { SelectField } from '../../components/field';
import { ErrorNotice, SuccessNotice } from '../../components/notice';
import { ProgressBar } from '../../components/progress-bar';

const POLL_MS = 1_000;

/**
 * The mass action (Touchpoint's "run a mass action on sessions"): a session flow sent again for
 * every session of one event, as each is now. For a tag applied to a custom field after the sync
 * began. Asked twice: the first press says what it will do, the second starts it.
 */
export function ReprocessSessions() {
  const queries = useQueryClient();
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => ok(api.GET('/v1/flows')) });
  const events = useQuery({ queryKey: ['events'], queryFn: () => ok(api.GET('/v1/events')) });
  const sessionFlows = (flows.data?.flows ?? []).filter((f) => f.source === 'session_create_update');
  const [flow, setFlow] = useState('');
  const [eventCode, setEventCode] = useState('');
  const [asking, setAsking] = useState(false);
  const chosenFlow = flow || sessionFlows[0]?.name || '';
  const chosenEvent = eventCode || events.data?.events[0]?.code || '';
  const start = useMutation({
    mutationFn: () => ok(api.POST('/v1/flows/{name}/replays', { params: { path: { name: chosenFlow } }, body: { eventCode: chosenEvent, subjects: 'sessions', force: true } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['replays'] }),
    onSettled: () => setAsking(false),
  });
  const started = start.data;
  const progress = useQuery({
    queryKey: ['replays', started?.id],
    queryFn: () => ok(api.GET('/v1/replays/{id}', { params: { path: { id: started?.id ?? 0 } } })),
    enabled: started !== undefined,
    refetchInterval: (q) => (q.state.data?.status === 'running' || q.state.data === undefined ? POLL_MS : false),
  });
  const replay = progress.data ?? started;
  return (
    <section className="card start-replay" aria-labelledby="reprocess-sessions-title">
      <h2 id="reprocess-sessions-title">Reprocess every session</h2>
      <p className="hint">Tagged a session custom field after the sync began? Send every session of one event again through a session flow, each as it is now.</p>
      {sessionFlows.length === 0 ? (
        <p>No flow has the source Session Create Update yet.</p>
      ) : (
        <>
          <div className="start-replay-fields">
            <SelectField label="Session flow" value={chosenFlow} options={sessionFlows.map((f) => ({ value: f.name, label: f.name }))} onChange={setFlow} />
            <SelectField label="Sessions of event" value={chosenEvent} options={(events.data?.events ?? []).map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }))} onChange={setEventCode} />
          </div>
          {asking ? (
            <div className="confirm-delete" role="group" aria-label="Reprocess every session?">
              <span>
                Send every session of {chosenEvent} through {chosenFlow} again?
              </span>
              {/* The question just appeared where the focus was: the answer takes the focus. */}
              <button type="button" className="primary" autoFocus disabled={start.isPending} onClick={() => start.mutate()}>
                {start.isPending ? 'Starting…' : 'Yes, reprocess'}
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className="primary" disabled={!chosenFlow || !chosenEvent} onClick={() => (start.reset(), setAsking(true))}>
              Reprocess every session…
            </button>
          )}
        </>
      )}
      {start.error && <ErrorNotice error={start.error} />}
      {replay && (
        <SuccessNotice>
          Replay {replay.id} of {replay.flow ?? chosenFlow} over the sessions of {replay.eventCode}: {replay.status === 'done' ? 'done' : replay.status}.
          <ProgressBar label={`Sessions of ${replay.eventCode} reprocessed`} done={replay.processed} total={replay.total} />
        </SuccessNotice>
      )}
    </section>
  );
}
