import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { type Column, DataTable } from '../../components/table';
import { formatNumber, formatTime } from '../../format';
import { type HistoryFilter, filterFrom, queryOf } from './history-filter';
import { HistoryFilters } from './history-filters';
import { useLiveRows } from './use-live-rows';
import type { TailState } from './use-live-tail';
import { type ListedDelivery, eventTypeLabel } from './words';
import './history.css';

const PAGE_SIZE = 50;

const COLUMNS: Column<ListedDelivery>[] = [
  {
    header: 'Status',
    cell: (d) => (
      <>
        <StatusBadge status={d.status} />
        {d.failureMessage && d.status !== 'delivered' && (
          <span className="sub why" title={d.failureMessage}>
            {d.failureMessage}
          </span>
        )}
      </>
    ),
  },
  { header: 'Received', cell: (d) => <Link href={`/history/${d.id}`}>{formatTime(d.receivedAt)}</Link> },
  { header: 'Registration', cell: (d) => <code>{d.sourceRecord ?? '—'}</code> },
  {
    header: 'Flow',
    cell: (d) => (
      <>
        {d.flow ?? <em>deleted flow</em>}
        {d.isTest && <span className="badge neutral tag">Test</span>}
      </>
    ),
  },
  {
    header: 'Destination',
    cell: (d) => (
      <>
        {d.destination}
        <span className="sub">via {d.connection}</span>
      </>
    ),
  },
  {
    header: 'Event',
    cell: (d) => (
      <>
        {eventTypeLabel(d.eventType)}
        <span className="sub">{d.eventCode}</span>
      </>
    ),
  },
  { header: 'Attempts', cell: (d) => formatNumber(d.attempts), numeric: true },
];

/** The event history: every delivery, newest first, filtered by the address; live on request. */
export default function HistoryList() {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const live = params.get('live') === '1';
  const filterKey = JSON.stringify(filter);
  // Counted back from now once per filter, so the pages of one list share one range.
  const query = useMemo(() => queryOf(filter), [filterKey]);
  const listKey = ['deliveries', 'history', query];
  const list = useInfiniteQuery({
    queryKey: listKey,
    queryFn: ({ pageParam }) => ok(api.GET('/v1/deliveries', { params: { query: { ...query, order: 'newest', limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const tail = useLiveRows(listKey, query, live);

  const set = (changes: Partial<HistoryFilter> & { live?: string }) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
        return next;
      },
      { replace: true },
    );
  const rows = list.data?.pages.flatMap((p) => p.deliveries) ?? [];

  return (
    <Page title="History" actions={<LiveToggle on={live} state={tail.state} onToggle={() => set({ live: live ? '' : '1' })} />}>
      <p className="visually-hidden" aria-live="polite">
        {live ? tail.announcement : ''}
      </p>
      <HistoryFilters filter={filter} onChange={set} />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorNotice error={list.error} />
      ) : (
        <>
          <DataTable caption="Deliveries, newest first" columns={COLUMNS} rows={rows} rowKey={(d) => d.id} empty={Object.values(filter).some(Boolean) ? 'No deliveries match these filters.' : 'No deliveries yet: they appear here as flows send changes to their destinations.'} />
          <div className="history-more">
            {list.hasNextPage && (
              <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            )}
            <span className="sub">
              {formatNumber(rows.length)} shown{list.hasNextPage ? '' : ', no more'}
            </span>
          </div>
        </>
      )}
    </Page>
  );
}

const TAIL_WORDS: Record<TailState, string> = { off: 'Off', connecting: 'Connecting…', live: 'Streaming', reconnecting: 'Reconnecting…' };

/** Live on or off; while on, how the stream stands. */
function LiveToggle({ on, state, onToggle }: { on: boolean; state: TailState; onToggle: () => void }) {
  return (
    <div className="live-toggle">
      <button type="button" aria-pressed={on} onClick={onToggle} className={on ? 'on' : undefined}>
        <span className="dot" aria-hidden="true" />
        Live
      </button>
      {on && (
        <span className="sub" role="status">
          {TAIL_WORDS[state]}
        </span>
      )}
    </div>
  );
}
