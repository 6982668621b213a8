import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { ProgressBar } from '../../components/progress-bar';
import { StatusBadge } from '../../components/status-badge';
import { formatNumber } from '../../format';
import { type QueueFilter, apiFilterOf } from './queue-filter';

/** A job's progress is looked at this often while it runs. */
const POLL_MS = 1_000;
const FINISHED = new Set(['done', 'cancelled', 'failed']);

/**
 * Bulk resubmit of what the filter selects: first how many it would take, then, once confirmed,
 * a background job followed to its end, which can be cancelled.
 */
export function BulkResubmit({ filter, onClose }: { filter: QueueFilter; onClose: () => void }) {
  const [jobId, setJobId] = useState<number | null>(null);
  const body = apiFilterOf(filter);
  const estimate = useQuery({ queryKey: ['resubmit-estimate', filter], queryFn: () => ok(api.POST('/v1/deliveries/resubmit/estimate', { body })), enabled: jobId === null, staleTime: 0 });
  const start = useMutation({
    mutationFn: () => ok(api.POST('/v1/bulk-resubmits', { body })),
    onSuccess: (job) => setJobId(job.id),
  });
  return (
    <section className="card bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">Resubmit all matching</h2>
      {jobId !== null ? (
        <BulkJob id={jobId} onClose={onClose} />
      ) : estimate.isPending ? (
        <Loading />
      ) : estimate.error ? (
        <ErrorNotice error={estimate.error} />
      ) : estimate.data.count === 0 ? (
        <p>Nothing the filter matches is failed or retrying: there is nothing to resubmit.</p>
      ) : (
        <>
          <p>
            <strong>{formatNumber(estimate.data.count)}</strong> {estimate.data.count === 1 ? 'delivery matches' : 'deliveries match'} the filter and {estimate.data.count === 1 ? 'is' : 'are'} failed or
            retrying. Each goes to the front of the queue, unless it is delivered meanwhile.
          </p>
          {start.error && <ErrorNotice error={start.error} />}
          <div className="row">
            <button type="button" className="primary" disabled={start.isPending} onClick={() => start.mutate()}>
              Resubmit {formatNumber(estimate.data.count)}
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function BulkJob({ id, onClose }: { id: number; onClose: () => void }) {
  const queries = useQueryClient();
  const job = useQuery({
    queryKey: ['bulk-resubmit', id],
    queryFn: () => ok(api.GET('/v1/bulk-resubmits/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && FINISHED.has(q.state.data.status) ? false : POLL_MS),
  });
  const cancel = useMutation({
    mutationFn: () => ok(api.POST('/v1/bulk-resubmits/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (j) => queries.setQueryData(['bulk-resubmit', id], j),
  });
  const finished = job.data && FINISHED.has(job.data.status);
  // What it resubmitted shows in the list as soon as it is done.
  useEffect(() => {
    if (finished) void queries.invalidateQueries({ queryKey: ['retry-queue'] });
  }, [finished, queries]);
  if (job.isPending) return <Loading />;
  if (job.error) return <ErrorNotice error={job.error} />;
  const j = job.data;
  return (
    <>
      <div className="bulk-status">
        <StatusBadge status={j.status} />
        <ProgressBar label="Bulk resubmit progress" done={j.processed} total={j.total} />
        {finished ? (
          <button type="button" onClick={onClose}>
            Close
          </button>
        ) : (
          <button type="button" className="danger" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            Cancel resubmit
          </button>
        )}
      </div>
      {cancel.error && <ErrorNotice error={cancel.error} />}
      {j.status === 'done' && (
        <SuccessNotice>
          Resubmitted {formatNumber(j.resubmitted)} of {formatNumber(j.total)}
          {j.resubmitted < j.total ? ' (the others were delivered meanwhile)' : ''}: they are at the front of the queue.
        </SuccessNotice>
      )}
      {j.status === 'cancelled' && (
        <p>
          Cancelled after {formatNumber(j.processed)} of {formatNumber(j.total)}; {formatNumber(j.resubmitted)} resubmitted.
        </p>
      )}
      {j.status === 'failed' && <ErrorNotice error={new Error(`The resubmit stopped: ${j.error ?? 'unknown error'}`)} />}
    </>
  );
}
