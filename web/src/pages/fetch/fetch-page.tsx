import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { DataTable } from '../../components/table';
import { formatNumber, formatTime } from '../../format';
import './fetch.css';

/** A running job's progress is looked at this often; a quiet list, less often. */
const RUNNING_POLL_MS = 1_000;
const IDLE_POLL_MS = 10_000;

const listJobs = () => ok(api.GET('/v1/fetch-jobs'));
const listRuns = (id: number) => ok(api.GET('/v1/fetch-jobs/{id}/runs', { params: { path: { id }, query: { limit: 20 } } }));
type Job = Awaited<ReturnType<typeof listJobs>>['fetchJobs'][number];
type Run = Awaited<ReturnType<typeof listRuns>>['runs'][number];

/** API Fetch: the scheduled pulls from other systems' REST APIs, their state, and each one's runs. */
export default function FetchPage() {
  const [shown, setShown] = useState<number | null>(null);
  const jobs = useQuery({ queryKey: ['fetch-jobs'], queryFn: listJobs, refetchInterval: IDLE_POLL_MS });
  const list = jobs.data?.fetchJobs ?? [];
  const selected = list.find((j) => j.id === shown) ?? list[0];
  return (
    <Page title="API Fetch">
      <p className="page-lead">Records pulled from other systems on a schedule, a page at a time, transformed by Jolt and written as registrations, profiles or events.</p>
      {jobs.isPending ? <Loading /> : jobs.error ? <ErrorNotice error={jobs.error} /> : <JobTable jobs={list} onShow={(j) => setShown(j.id)} />}
      {selected && <RunHistory job={selected} />}
    </Page>
  );
}

function JobTable({ jobs, onShow }: { jobs: Job[]; onShow: (job: Job) => void }) {
  return (
    <DataTable
      caption="Fetch jobs"
      rows={jobs}
      rowKey={(j) => j.id}
      empty="No fetch jobs yet: create one with POST /v1/fetch-jobs."
      columns={[
        { header: 'Job', cell: (j) => <strong>{j.name}</strong> },
        { header: 'Into', cell: (j) => j.target },
        { header: 'State', cell: (j) => <StatusBadge status={j.state} /> },
        { header: 'Failed runs in a row', numeric: true, cell: (j) => formatNumber(j.failures) },
        { header: 'Next run', cell: (j) => <span className="nowrap">{j.state === 'active' ? formatTime(j.nextRunAt) : '—'}</span> },
        { header: 'Actions', cell: (j) => <JobActions job={j} onShow={onShow} /> },
      ]}
    />
  );
}

function JobActions({ job, onShow }: { job: Job; onShow: (job: Job) => void }) {
  const queries = useQueryClient();
  const act = useMutation({
    mutationFn: async (action: 'run' | 'pause' | 'resume') => {
      const path = { params: { path: { id: job.id } } };
      if (action === 'run') return ok(api.POST('/v1/fetch-jobs/{id}/run', path));
      return ok(action === 'pause' ? api.POST('/v1/fetch-jobs/{id}/pause', path) : api.POST('/v1/fetch-jobs/{id}/resume', path));
    },
    onSettled: () => queries.invalidateQueries({ queryKey: ['fetch-jobs'] }).then(() => queries.invalidateQueries({ queryKey: ['fetch-runs', job.id] })),
  });
  const button = (action: 'run' | 'pause' | 'resume', label: string) => (
    <button type="button" disabled={act.isPending} aria-label={`${label} ${job.name}`} onClick={() => act.mutate(action)}>
      {label}
    </button>
  );
  return (
    <span className="fetch-actions">
      {job.state === 'active' ? (
        <>
          {button('run', 'Run now')}
          {button('pause', 'Pause')}
        </>
      ) : (
        button('resume', 'Resume')
      )}
      <button type="button" aria-label={`Show the runs of ${job.name}`} onClick={() => onShow(job)}>
        Runs
      </button>
      {act.error && <ErrorNotice error={act.error} />}
    </span>
  );
}

function RunHistory({ job }: { job: Job }) {
  const runs = useQuery({
    queryKey: ['fetch-runs', job.id],
    queryFn: () => listRuns(job.id),
    refetchInterval: (q) => (q.state.data?.runs.some((r) => r.status === 'running') ? RUNNING_POLL_MS : IDLE_POLL_MS),
  });
  return (
    <>
      <h2>Runs of {job.name}</h2>
      {runs.isPending ? <Loading /> : runs.error ? <ErrorNotice error={runs.error} /> : <RunTable job={job} runs={runs.data.runs} />}
    </>
  );
}

function RunTable({ job, runs }: { job: Job; runs: Run[] }) {
  return (
    <DataTable
      caption={`Runs of ${job.name}`}
      rows={runs}
      rowKey={(r) => r.id}
      empty="No runs yet."
      columns={[
        { header: 'Started', cell: (r) => <span className="nowrap">{formatTime(r.startedAt)}</span> },
        { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
        { header: 'Pages', numeric: true, cell: (r) => formatNumber(r.pages) },
        { header: 'Read', numeric: true, cell: (r) => formatNumber(r.read) },
        { header: 'Created', numeric: true, cell: (r) => formatNumber(r.created) },
        { header: 'Updated', numeric: true, cell: (r) => formatNumber(r.updated) },
        { header: 'Unchanged', numeric: true, cell: (r) => formatNumber(r.unchanged) },
        { header: 'Failed', numeric: true, cell: (r) => formatNumber(r.failed) },
        { header: 'Checkpoint', cell: (r) => <span className="nowrap">{r.checkpointAfter ?? '—'}</span> },
        { header: 'Outcome', cell: (r) => <Outcome run={r} /> },
      ]}
    />
  );
}

function Outcome({ run: r }: { run: Run }) {
  if (r.status === 'failed') return <span>{r.reason}</span>;
  if (r.status === 'running') return <span>Running{r.position ? `: page ${r.position.index + 1} next` : ''}</span>;
  return (
    <span>
      Stopped: {r.stop}
      {r.errors.length > 0 && <div className="hint">{r.errors.map((e) => `${e.code || `record ${e.index}`}: ${e.message}`).join('; ')}</div>}
    </span>
  );
}
