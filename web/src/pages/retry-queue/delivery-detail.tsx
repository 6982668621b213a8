import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import { formatNumber, formatTime } from '../../format';
import { CATEGORY_LABELS } from './queue-filter';

/** What "Submit to Retry Queue" takes: a delivery failed, or waiting for its next automatic try. */
const RESUBMITTABLE = new Set(['failed', 'retrying']);

/** An item of the queue in full: what went wrong in plain words, what to do, and "Submit to Retry Queue" once it is fixed. */
export function DeliveryDetail({ id, onClose }: { id: number; onClose: () => void }) {
  const queries = useQueryClient();
  const delivery = useQuery({ queryKey: ['delivery', id], queryFn: () => ok(api.GET('/v1/deliveries/{id}', { params: { path: { id } } })), refetchInterval: 3_000 });
  const submit = useMutation({
    mutationFn: () => ok(api.POST('/v1/deliveries/{id}/resubmit', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['retry-queue'] }).then(() => queries.invalidateQueries({ queryKey: ['delivery', id] })),
  });
  const heading = useRef<HTMLHeadingElement>(null);
  // The detail opens below the list: bring it (and the reader's focus) to it.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [id]);
  const d = delivery.data;
  return (
    <section className="card queue-detail" aria-labelledby={`delivery-${id}-title`}>
      <div className="queue-detail-header">
        <h2 id={`delivery-${id}-title`} ref={heading} tabIndex={-1}>
          Delivery #{id}
        </h2>
        {d && <StatusBadge status={d.status} />}
      </div>
      {delivery.isPending ? (
        <Loading />
      ) : delivery.error ? (
        <ErrorNotice error={delivery.error} />
      ) : (
        <>
          {d?.problem && (
            <div className="problem">
              <p>
                <strong>{d.problem.likely}</strong>
              </p>
              <p>{d.problem.whatToDo}</p>
              <p className="hint">
                {CATEGORY_LABELS[d.problem.category]}: {d.problem.message}
              </p>
            </div>
          )}
          <dl className="facts">
            <dt>Flow</dt>
            <dd>
              {d?.flow ?? '—'} → {d?.destination}
            </dd>
            <dt>Connection</dt>
            <dd>{d?.connection}</dd>
            <dt>Event</dt>
            <dd>{d?.eventCode}</dd>
            <dt>Source record</dt>
            <dd>{d?.sourceRecord ?? '—'}</dd>
            <dt>Received</dt>
            <dd>{formatTime(d?.receivedAt)}</dd>
            <dt>Attempts</dt>
            <dd>{formatNumber(d?.attempts.length ?? 0)}</dd>
            <dt>Next attempt</dt>
            <dd>{d?.status === 'retrying' ? formatTime(d.nextAttemptAt) : '—'}</dd>
          </dl>
          {submit.isSuccess && <SuccessNotice>Submitted: it is at the front of the queue.</SuccessNotice>}
          {submit.error && <ErrorNotice error={submit.error} />}
          <div className="row">
            {d && RESUBMITTABLE.has(d.status) && (
              <button type="button" className="primary" disabled={submit.isPending} onClick={() => submit.mutate()}>
                Submit to Retry Queue
              </button>
            )}
            <Link href={`/history/${id}`} className="button">
              Full history
            </Link>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </section>
  );
}
