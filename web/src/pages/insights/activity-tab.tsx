import { useInfiniteQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { type Filter, type InsightPeriod, pick, useInsightParams } from './insight-params';
import { ACTIVITY_COLUMNS } from './record-columns';
import { RecordFilters } from './record-filters';
import { RecordList } from './record-list';

const PAGE_SIZE = 50;
/** What narrows the feed: it lists flows' decisions, so a connection or category does not. */
const ACTIVITY_FILTERS: readonly Filter[] = ['flow', 'eventCode', 'registrationCode', 'search', 'reason'];

/** The Activity Feed: registrations processed by flows, newest first, with how each went. */
export function ActivityTab({ period }: { period: InsightPeriod }) {
  const { filters } = useInsightParams();
  const query = { ...period, ...pick(filters, ACTIVITY_FILTERS), limit: PAGE_SIZE };
  const pages = useInfiniteQuery({
    queryKey: ['insights', 'activity', query],
    queryFn: ({ pageParam }) => ok(api.GET('/v1/insights/activity', { params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <>
      <RecordFilters filters={ACTIVITY_FILTERS} />
      <RecordList pages={pages} caption="Activity Feed" columns={ACTIVITY_COLUMNS} empty="No registrations processed in this period." />
    </>
  );
}
