import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { api, ok } from '../../api/client';
import { Page } from '../../components/page';
import { formatNumber, formatTime } from '../../format';
import { type Figure, type Filter, pick, useInsightParams } from './insight-params';
import { PeriodControls } from './period-controls';
import { COLUMNS } from './record-columns';
import { RecordFilters } from './record-filters';
import { RecordList } from './record-list';
import { FIGURES, type RecordKind, isFigure } from './words';
import './insights.css';

const PAGE_SIZE = 50;

/** What narrows each kind of record in the API (a connection narrows only actions and attempts). */
const FILTERS_OF: Record<RecordKind, readonly Filter[]> = {
  outcome: ['flow', 'eventCode', 'registrationCode', 'search'],
  registration: ['flow', 'eventCode', 'registrationCode', 'search'],
  delivery: ['flow', 'connection', 'eventCode', 'registrationCode', 'search'],
  change: ['eventCode', 'kind', 'registrationCode', 'search'],
  attempt: ['flow', 'connection', 'eventCode', 'registrationCode', 'search'],
  flow: ['flow', 'eventCode'],
};

const SUCCESS_FIGURES: readonly Figure[] = ['successes', 'leads_created', 'leads_updated'];

function filtersOf(figure: Figure): readonly Filter[] {
  const base = FILTERS_OF[FIGURES[figure].records];
  if (figure === 'actions_not_triggered') return [...base, 'reason'];
  if (figure === 'in_retry_queue') return [...base, 'category'];
  if (FIGURES[figure].records === 'attempt' && !SUCCESS_FIGURES.includes(figure)) return [...base, 'category', 'cause'];
  return base;
}

/** A figure's drill-down: the records it counts, narrowed by the filters, page after page. */
export default function FigureRecordsPage() {
  const { figure = '' } = useParams<{ figure: string }>();
  if (!isFigure(figure)) return <Page title="Insights">There is no figure named “{figure}”.</Page>;
  return <FigureRecords figure={figure} />;
}

function FigureRecords({ figure }: { figure: Figure }) {
  const { period, filters } = useInsightParams();
  const allowed = filtersOf(figure);
  const query = { ...period, ...pick(filters, allowed), limit: PAGE_SIZE };
  const pages = useInfiniteQuery({
    queryKey: ['insights', 'records', figure, query],
    queryFn: ({ pageParam }) => ok(api.GET('/v1/insights/figures/{figure}/records', { params: { path: { figure }, query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const { label, about, records } = FIGURES[figure];
  const first = pages.data?.pages[0];
  const back = figure === 'in_retry_queue' || figure === 'total_retried' || figure === 'retried_abandoned' || figure === 'validation_errors' || figure === 'failed_attempts' ? 'troubleshooting' : 'summary';
  return (
    <Page title={label} actions={<PeriodControls />}>
      <p className="breadcrumb">
        <Link href={`/insights?${new URLSearchParams({ ...(back === 'summary' ? {} : { tab: back }), last: period.last, mode: period.mode })}`}>← Insights</Link>
      </p>
      <p className="records-heading" role="status">
        {first ? (
          <>
            <strong className="records-total">{formatNumber(first.total)}</strong> {first.total === 1 ? 'record' : 'records'}, {period.mode === 'test' ? 'Test' : 'Live'} Flows, {formatTime(first.period.from)} – {formatTime(first.period.to)}
          </>
        ) : (
          ' '
        )}
      </p>
      <p className="hint">{about}</p>
      <RecordFilters key={figure} filters={allowed} />
      <RecordList pages={pages} caption={`${label}: records`} columns={COLUMNS[records]} empty="No records under these filters." />
    </Page>
  );
}
