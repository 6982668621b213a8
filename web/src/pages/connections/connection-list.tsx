import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { DataTable } from '../../components/table';
import { formatTime } from '../../format';
import './connections.css';

const AUTH_LABELS = { none: 'Open / No Auth', basic: 'Basic', api_key: 'API Key / Token', oauth2: 'OAuth2' } as const;

/** The Connection List: how Hookflow reaches each target application. */
export default function ConnectionList() {
  const connections = useQuery({ queryKey: ['connections'], queryFn: () => ok(api.GET('/v1/connections')) });
  return (
    <Page title="Connections" actions={<Link href="/connections/new" className="button primary">Add a connection</Link>}>
      <p className="page-lead">A connection says how to reach one target application: its URL, how requests are sent and how they authenticate. Many flows may share one.</p>
      {connections.isPending ? (
        <Loading />
      ) : connections.error ? (
        <ErrorNotice error={connections.error} />
      ) : (
        <DataTable
          caption="Connections"
          rows={connections.data.connections}
          rowKey={(c) => c.name}
          empty="No connections yet. Add one to send data to a target application."
          columns={[
            { header: 'Name', cell: (c) => <Link href={`/connections/${encodeURIComponent(c.name)}`}>{c.name}</Link> },
            { header: 'URL', cell: (c) => <span className="url">{c.url}</span> },
            { header: 'Request', cell: (c) => `${c.method} · ${c.contentType === 'application/json' ? 'JSON' : 'form'}` },
            { header: 'Authentication', cell: (c) => AUTH_LABELS[c.auth.type] },
            { header: 'Updated', cell: (c) => formatTime(c.updatedAt) },
          ]}
        />
      )}
    </Page>
  );
}
