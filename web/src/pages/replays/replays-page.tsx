import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { ProgressBar } from '../../components/progress-bar';
import { StatusBadge } from '../../components/status-badge';
import { DataTable } from '../../components/table';
import { formatNumber, formatTime } from '../../format';
import { ReprocessSessions } from './reprocess-sessions';
import { StartReplay } from './start-replay';
import './replays.css';

/** The newest replays shown: older ones have long finished. */
const SHOWN = 20;
/** A running replay's progress is looked at this often; a quiet list, less often. */
const RUNNING_POLL_MS = 1_000;
const IDLE_POLL_MS = 10_000;

const listReplays = () => ok(api.GET('/v1/replays', { params: { query: { limit: SHOWN } } }));
type Replay = Awaited<ReturnType<typeof listReplays>>['replays'][number];

/** Replays: a flow run again over past changes with its current configuration, "as if the changes had been made earlier". */
export default function ReplaysPage() {
  const replays = useQuery({
    queryKey: ['replays'],
    queryFn: listReplays,
    refetchInterval: (q) => (q.state.data?.replays.some((r) => r.status === 'running') ? RUNNING_POLL_MS : IDLE_POLL_MS),
  });
  return (
    <Page title="Replays">
      <p className="page-lead">
        Changed a flow (its filters, its mapping)? Replay it over the registrations it saw before, for a time range or an event, as if the change had been made earlier.
      </p>
      <StartReplay />
      <ReprocessSessions />
      <h2>Recent replays</h2>
      {replays.isPending ? <Loading /> : replays.error ? <ErrorNotice error={replays.error} /> : <ReplayTable replays={replays.data.replays} />}
    </Page>
  );
}

function ReplayTable({ replays }: { replays: Replay[] }) {
  return (
    <DataTable
      caption="Recent replays"
      rows={replays}
      rowKey={(r) => r.id}
      empty="No replays yet."
      columns={[
        { header: 'Flow', cell: (r) => <strong>{r.flow}</strong> },
        { header: 'Over', cell: (r) => <Scope replay={r} /> },
        { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
        { header: 'Progress', cell: (r) => <ProgressBar label={`Replay ${r.id} of ${r.flow}`} done={r.processed} total={r.total} /> },
        { header: 'Acted on', numeric: true, cell: (r) => formatNumber(r.triggered) },
        { header: 'Started', cell: (r) => <span className="nowrap">{formatTime(r.createdAt)}</span> },
        { header: 'Actions', cell: (r) => (r.status === 'running' ? <CancelReplay replay={r} /> : null) },
      ]}
    />
  );
}

function Scope({ replay: r }: { replay: Replay }) {
  if (r.subjects === 'sessions') return <span className="nowrap">Every session of {r.eventCode}</span>;
  const range = r.from || r.to ? `${r.from ? formatTime(r.from) : 'the start'} – ${r.to ? formatTime(r.to) : 'now'}` : 'All time';
  return (
    <>
      <span className="nowrap">{range}</span>
      <div className="hint">{r.eventCode ? `Event ${r.eventCode}` : 'Every event'}</div>
    </>
  );
}

function CancelReplay({ replay }: { replay: Replay }) {
  const queries = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => ok(api.POST('/v1/replays/{id}/cancel', { params: { path: { id: replay.id } } })),
    onSettled: () => queries.invalidateQueries({ queryKey: ['replays'] }),
  });
  return (
    <>
      <button type="button" className="danger" disabled={cancel.isPending} aria-label={`Cancel replay ${replay.id} of ${replay.flow}`} onClick={() => cancel.mutate()}>
        Cancel
      </button>
      {cancel.error && <ErrorNotice error={cancel.error} />}
    </>
  );
}
