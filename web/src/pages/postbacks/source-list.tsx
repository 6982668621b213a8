import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { DataTable } from '../../components/table';

const listSources = () => ok(api.GET('/v1/inbound-sources'));
type Source = Awaited<ReturnType<typeof listSources>>['sources'][number];

const KIND_WORDS: Record<string, string> = { none: 'None', standard_webhooks: 'Standard Webhooks', hmac: 'HMAC', basic: 'Basic auth', api_key: 'API key' };

/** The account's inbound sources, each with the URL to give the publisher. */
export function SourceList() {
  const sources = useQuery({ queryKey: ['inbound-sources'], queryFn: listSources });
  if (sources.isPending) return <Loading />;
  if (sources.error) return <ErrorNotice error={sources.error} />;
  return (
    <DataTable
      caption="Inbound sources"
      rows={sources.data.sources}
      rowKey={(s) => s.name}
      empty="No sources yet: add one below, then give its URL to the publisher."
      columns={[
        { header: 'Name', cell: (s) => <strong>{s.name}</strong> },
        { header: 'Verification', cell: (s) => KIND_WORDS[s.verification.type] ?? s.verification.type },
        { header: 'Matched by', cell: (s) => `${s.match.by === 'code' ? 'Registration code' : 'Email'} at ${s.match.path}` },
        { header: 'URL', cell: (s) => <SourceUrl source={s} /> },
      ]}
    />
  );
}

function SourceUrl({ source }: { source: Source }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(source.url);
    setCopied(true);
  };
  return (
    <div className="source-url">
      <code>{source.url}</code>
      <button type="button" onClick={() => void copy()} aria-label={`Copy the URL of ${source.name}`}>
        Copy
      </button>
      <span role="status" className="hint">
        {copied ? 'Copied' : ''}
      </span>
    </div>
  );
}
