import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { Page } from '../../components/page';
import '../inspector/inspector.css';
import { PostbackLog } from './postback-log';
import './postbacks.css';
import { SourceForm } from './source-form';
import { SourceList } from './source-list';

/** Postbacks: the sources publishers send data to, and the log of every call they made. */
export default function PostbacksPage() {
  const sources = useQuery({ queryKey: ['inbound-sources'], queryFn: () => ok(api.GET('/v1/inbound-sources')) });
  return (
    <Page title="Postbacks">
      <p className="page-lead">Publishers send data to a source's URL; each postback's body becomes key:value tags on its registration, which flows can filter on and map.</p>
      <h2>Sources</h2>
      <SourceList />
      <SourceForm />
      <h2>Postback log</h2>
      <PostbackLog sources={(sources.data?.sources ?? []).map((s) => s.name)} />
    </Page>
  );
}
