import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import { DataTable } from '../../components/table';
import { formatNumber, formatTime } from '../../format';

/** The first page of an alert's affected deliveries is what a person reads; the rest are in the history. */
const SHOWN = 100;

/** The deliveries an alert lists as affected, each a link to its history. */
export function AffectedDeliveries({ alertId }: { alertId: number }) {
  const alert = useQuery({ queryKey: ['alert', alertId], queryFn: () => ok(api.GET('/v1/alerts/{id}', { params: { path: { id: alertId }, query: { limit: SHOWN } } })) });
  if (alert.isPending) return <Loading />;
  if (alert.error) return <ErrorNotice error={alert.error} />;
  return (
    <DataTable
      caption={`Deliveries affected by alert ${alertId}`}
      rows={alert.data.deliveries}
      rowKey={(d) => d.id}
      columns={[
        { header: 'Delivery', cell: (d) => <Link href={`/history/${d.id}`}>#{d.id}</Link> },
        { header: 'Status', cell: (d) => <StatusBadge status={d.status} /> },
        { header: 'Flow', cell: (d) => `${d.flow ?? '—'} → ${d.destination}` },
        { header: 'Event', cell: (d) => d.eventCode },
        { header: 'Error', cell: (d) => d.failureMessage ?? '—' },
        { header: 'Attempts', numeric: true, cell: (d) => formatNumber(d.attempts) },
        { header: 'Updated', cell: (d) => formatTime(d.updatedAt) },
      ]}
    />
  );
}
