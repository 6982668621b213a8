import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { DataTable } from '../../components/table';

/** The Flow List: each flow, whether it is complete (or what it lacks), active, Live or Test. */
export default function FlowList() {
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => ok(api.GET('/v1/flows')) });
  return (
    <Page title="Flows">
      {flows.isPending ? (
        <Loading />
      ) : flows.error ? (
        <ErrorNotice error={flows.error} />
      ) : (
        <DataTable
          caption="Flows"
          rows={flows.data.flows}
          rowKey={(f) => f.name}
          empty="No flows yet."
          columns={[
            { header: 'Name', cell: (f) => f.name },
            { header: 'Status', cell: (f) => (f.status === 'complete' ? <StatusBadge status="complete" /> : <StatusBadge status="error" label={`Missing: ${f.missing.join(', ')}`} />) },
            { header: 'Active', cell: (f) => (f.active ? 'Yes' : 'No') },
            { header: 'Mode', cell: (f) => (f.mode === 'live' ? 'Live' : 'Test') },
          ]}
        />
      )}
    </Page>
  );
}
