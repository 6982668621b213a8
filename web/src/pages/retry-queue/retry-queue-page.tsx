import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { api, ok } from '../../api/client';
import { SelectField } from '../../components/field';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { DataTable } from '../../components/table';
import { formatNumber, formatTime } from '../../format';
import { BulkResubmit } from './bulk-resubmit';
import { DeliveryDetail } from './delivery-detail';
import { CATEGORY_LABELS, type FailureCategory, QUEUE_STATUSES, type QueueFilter, type QueueStatus, apiFilterOf, filterOf, searchOf } from './queue-filter';
import './retry-queue.css';

/** The newest items the page shows: the queue is worked from the top, the rest is a filter away. */
const SHOWN = 100;
/** The queue moves by itself (retries, resubmits): looked at again this often. */
const REFRESH_MS = 3_000;

const listQueue = (filter: QueueFilter) => ok(api.GET('/v1/deliveries', { params: { query: { ...apiFilterOf(filter), order: 'newest', limit: SHOWN } } }));
type QueueItem = Awaited<ReturnType<typeof listQueue>>['deliveries'][number];

/** The Retry Queue: what failed and is waiting to be tried again (or gave up), filtered as the guide has it, resubmitted one by one or all at once. */
export default function RetryQueuePage() {
  const [search, setSearch] = useSearchParams();
  const filter = filterOf(search);
  const [selected, setSelected] = useState<number | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const items = useQuery({ queryKey: ['retry-queue', filter], queryFn: () => listQueue(filter), refetchInterval: REFRESH_MS });
  const change = (next: Partial<QueueFilter>) => {
    setSelected(null);
    setSearch(searchOf({ ...filter, ...next }), { replace: true });
  };
  return (
    <Page
      title="Retry Queue"
      actions={
        <button type="button" className="primary" aria-expanded={bulkOpen} onClick={() => setBulkOpen(!bulkOpen)}>
          Resubmit all matching…
        </button>
      }
    >
      <p className="page-lead">
        A delivery that fails joins the queue and is tried again automatically, sooner for the more serious reasons. Once you have fixed the cause, submit it to go straight to the front of the queue.
      </p>
      <QueueFilters filter={filter} onChange={change} />
      {bulkOpen && <BulkResubmit filter={filter} onClose={() => setBulkOpen(false)} />}
      {items.isPending ? <Loading /> : items.error ? <ErrorNotice error={items.error} /> : <QueueTable items={items.data.deliveries} selected={selected} onSelect={setSelected} />}
      {selected !== null && <DeliveryDetail id={selected} onClose={() => setSelected(null)} />}
    </Page>
  );
}

function QueueFilters({ filter, onChange }: { filter: QueueFilter; onChange: (next: Partial<QueueFilter>) => void }) {
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => ok(api.GET('/v1/flows')) });
  const connections = useQuery({ queryKey: ['connections'], queryFn: () => ok(api.GET('/v1/connections')) });
  const named = (all: string, names: string[] = [], current?: string) => [
    { value: '', label: all },
    // A name in the address that is not (or no longer) in the list still shows as chosen.
    ...[...new Set([...names, ...(current ? [current] : [])])].map((n) => ({ value: n, label: n })),
  ];
  return (
    <form className="card queue-filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      <SelectField label="Flow" value={filter.flow ?? ''} options={named('All flows', flows.data?.flows.map((f) => f.name), filter.flow)} onChange={(flow) => onChange({ flow: flow || undefined })} />
      <SelectField
        label="Connection"
        value={filter.connection ?? ''}
        options={named('All connections', connections.data?.connections.map((c) => c.name), filter.connection)}
        onChange={(connection) => onChange({ connection: connection || undefined })}
      />
      <SelectField
        label="Status"
        value={filter.queue ?? ''}
        hint={QUEUE_STATUSES.find((s) => s.value === filter.queue)?.hint ?? 'Retrying, failed, or delivered after a retry'}
        options={[{ value: '', label: 'All statuses' }, ...QUEUE_STATUSES.map((s) => ({ value: s.value, label: s.value }))]}
        onChange={(queue) => onChange({ queue: (queue || undefined) as QueueStatus | undefined })}
      />
      <SelectField
        label="Category"
        value={filter.category ?? ''}
        options={[{ value: '', label: 'All categories' }, ...Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }))]}
        onChange={(category) => onChange({ category: (category || undefined) as FailureCategory | undefined })}
      />
    </form>
  );
}

const QUEUE_TONE: Record<QueueStatus, string> = { Retry: 'retrying', Error: 'error', Failed: 'failed', Done: 'done' };

function QueueTable({ items, selected, onSelect }: { items: QueueItem[]; selected: number | null; onSelect: (id: number | null) => void }) {
  return (
    <DataTable
      caption="Retry Queue"
      rows={items}
      rowKey={(d) => d.id}
      empty="Nothing in the queue matches: every delivery got through."
      columns={[
        {
          header: 'Delivery',
          cell: (d) => (
            <button type="button" className="link-button" aria-expanded={selected === d.id} aria-label={`Details of delivery ${d.id}`} onClick={() => onSelect(selected === d.id ? null : d.id)}>
              #{d.id}
            </button>
          ),
        },
        { header: 'Status', cell: (d) => (d.queueStatus ? <StatusBadge status={QUEUE_TONE[d.queueStatus]} label={d.queueStatus} /> : <StatusBadge status={d.status} />) },
        { header: 'Received', cell: (d) => <span className="nowrap">{formatTime(d.receivedAt)}</span> },
        {
          header: 'Flow',
          cell: (d) => (
            <>
              {d.flow ?? '—'}
              <div className="hint">to {d.destination}</div>
            </>
          ),
        },
        { header: 'Connection', cell: (d) => d.connection },
        { header: 'Error', cell: (d) => <ErrorCell item={d} /> },
        { header: 'Next attempt', cell: (d) => <span className="nowrap">{d.status === 'retrying' ? formatTime(d.nextAttemptAt) : '—'}</span> },
        { header: 'Attempts', numeric: true, cell: (d) => formatNumber(d.attempts) },
      ]}
    />
  );
}

function ErrorCell({ item }: { item: QueueItem }) {
  if (item.status === 'delivered') return <span className="hint">Delivered after {formatNumber(item.attempts)} attempts</span>;
  return (
    <div className="queue-error">
      {item.failureMessage ?? '—'}
      {item.failureCategory && <div className="hint">{CATEGORY_LABELS[item.failureCategory]}</div>}
    </div>
  );
}
