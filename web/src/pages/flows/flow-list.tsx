import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { Switch } from '../../components/switch';
import { DataTable } from '../../components/table';
import { type Flow, type FlowSource, SOURCES } from './flow-draft';
import './flows.css';

type FlowList = { flows: Flow[] };
const LIST = ['flows'];

/** The Flow List: each flow, whether it is complete (or what it lacks), active, Live or Test, and where it sends. */
export default function FlowList() {
  const flows = useQuery({ queryKey: LIST, queryFn: () => ok(api.GET('/v1/flows')) });
  const toggle = useActiveToggle();
  return (
    <Page
      title="Flows"
      actions={
        <Link href="/flows/new" className="button primary">
          Add a flow
        </Link>
      }
    >
      {toggle.error && (
        <div className="notice error" role="alert">
          Could not turn flow '{toggle.variables?.name}' {toggle.variables?.active ? 'on' : 'off'}: {toggle.error.message}
        </div>
      )}
      {flows.isPending ? (
        <Loading />
      ) : flows.error ? (
        <ErrorNotice error={flows.error} />
      ) : (
        <div className="flow-list">
          <DataTable
            caption="Flows"
            rows={flows.data.flows}
            rowKey={(f) => f.name}
            empty={
              <>
                No flows yet. <Link href="/flows/new">Add a flow</Link> to send your events' data to a target application.
              </>
            }
            columns={[
              {
                header: 'Name',
                cell: (f) => (
                  <Link href={`/flows/${encodeURIComponent(f.name)}`} className="flow-name">
                    {f.name}
                  </Link>
                ),
              },
              { header: 'Status', cell: (f) => <Status flow={f} /> },
              { header: 'Active', cell: (f) => <Switch label={`Active: ${f.name}`} checked={f.active} states={{ on: 'Active', off: 'Inactive' }} onChange={(active) => toggle.mutate({ name: f.name, active })} /> },
              { header: 'Live/Test', cell: (f) => <StatusBadge status={f.mode === 'live' ? 'active' : 'pending'} label={f.mode === 'live' ? 'Live' : 'Test'} /> },
              { header: 'Source', cell: (f) => (f.source ? SOURCES[f.source as FlowSource] : '—') },
              { header: 'Connections', cell: (f) => <Connections flow={f} /> },
            ]}
          />
        </div>
      )}
    </Page>
  );
}

function Status({ flow }: { flow: Flow }) {
  if (flow.status === 'complete') return <StatusBadge status="complete" />;
  return (
    <>
      <StatusBadge status="incomplete" />
      <ul className="missing" aria-label={`What flow '${flow.name}' lacks`}>
        {flow.missing.map((m) => (
          <li key={m}>Needs {m}</li>
        ))}
      </ul>
    </>
  );
}

/** Each destination's connection (the flow's targets), or a dash while none is chosen. */
function Connections({ flow }: { flow: Flow }) {
  const names = [...new Set(flow.destinations.map((d) => d.connection).filter((c): c is string => Boolean(c)))];
  return names.length ? <span className="connections">{names.join(', ')}</span> : <span className="connections">—</span>;
}

/** The Active toggle flips at once and flips back if the API refuses; the list is then read again. */
function useActiveToggle() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ name, active }: { name: string; active: boolean }) => ok(api.PUT('/v1/flows/{name}/active', { params: { path: { name } }, body: { active } })),
    onMutate: async ({ name, active }) => {
      await queries.cancelQueries({ queryKey: LIST, exact: true });
      const before = queries.getQueryData<FlowList>(LIST);
      queries.setQueryData<FlowList>(LIST, (list) => list && { flows: list.flows.map((f) => (f.name === name ? { ...f, active } : f)) });
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) queries.setQueryData(LIST, context.before);
    },
    onSuccess: (flow) => queries.setQueryData(['flows', flow.name], flow),
    onSettled: () => queries.invalidateQueries({ queryKey: LIST, exact: true }),
  });
}
