import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { DataTable } from '../../components/table';
import './mappings.css';

/** The mappings: what each destination receives, reusable across flows. */
export default function MappingList() {
  const mappings = useQuery({ queryKey: ['mappings'], queryFn: () => ok(api.GET('/v1/mappings')) });
  return (
    <Page title="Mappings" actions={<Link href="/mappings/new" className="button primary">New mapping</Link>}>
      <p className="page-lead">A mapping says how each target field of a payload (or of its HTTP headers) is filled from Hookflow's data: sources, fixed text and transforms.</p>
      {mappings.isPending ? (
        <Loading />
      ) : mappings.error ? (
        <ErrorNotice error={mappings.error} />
      ) : (
        <DataTable
          caption="Mappings"
          rows={mappings.data.mappings}
          rowKey={(m) => m.name}
          empty="No mappings yet. Start one from a sample payload of the target."
          columns={[
            { header: 'Name', cell: (m) => <Link href={`/mappings/${encodeURIComponent(m.name)}`}>{m.name}</Link> },
            { header: 'Root', cell: (m) => (m.root === 'object' ? 'Object' : 'Array of Objects') },
            { header: 'Top-level fields', cell: (m) => m.fields.map((f) => String(f.name)).join(', ') || '—' },
            { header: 'Version', cell: (m) => m.version, numeric: true },
          ]}
        />
      )}
    </Page>
  );
}
