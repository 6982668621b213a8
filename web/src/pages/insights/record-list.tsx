import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import type { Column } from '../../components/table';
import { DataTable } from '../../components/table';
import { ErrorNotice, Loading } from '../../components/notice';
import { type InsightRecord, recordKey } from './record-columns';

interface RecordsPage {
  records: Record<string, unknown>[];
  nextCursor: string | null;
}

/** Records page after page (a cursor each), newest first, with "Load more" while there are more. */
export function RecordList({ pages, caption, columns, empty }: { pages: UseInfiniteQueryResult<InfiniteData<RecordsPage>>; caption: string; columns: Column<InsightRecord>[]; empty: string }) {
  if (pages.isPending) return <Loading />;
  if (pages.error && !pages.data) return <ErrorNotice error={pages.error} />;
  const rows = pages.data.pages.flatMap((p) => p.records as InsightRecord[]);
  return (
    <div>
      <DataTable caption={caption} rows={rows} rowKey={recordKey} columns={columns} empty={empty} />
      {pages.error && <ErrorNotice error={pages.error} />}
      {pages.hasNextPage && (
        <p className="load-more">
          <button type="button" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </p>
      )}
    </div>
  );
}
