import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ok } from '../../api/client';
import type { paths } from '../../api/schema';
import { SelectField, TextField } from '../../components/field';
import { JsonText, readableBody } from '../../components/json-text';
import { Empty, ErrorNotice, Loading } from '../../components/notice';
import { PairsTable } from '../../components/pairs-table';
import { StatusBadge } from '../../components/status-badge';
import { formatTime } from '../../format';

type Query = NonNullable<paths['/v1/postbacks']['get']['parameters']['query']>;
type Postback = paths['/v1/postbacks']['get']['responses'][200]['content']['application/json']['postbacks'][number];
const listPostbacks = (query: Query) => ok(api.GET('/v1/postbacks', { params: { query } }));

/** Often enough to watch postbacks arrive and be attached. */
const REFRESH_EVERY = 3000;
const OUTCOMES = ['accepted', 'attached', 'held', 'expired', 'unmatched', 'rejected'] as const;
const CAUSE_WORDS: Record<string, string> = { verification_failed: 'verification failed', unparsable: 'unparsable body', too_large: 'too large', duplicate: 'duplicate' };
const TONE: Record<Postback['outcome'], string> = { accepted: 'queued', attached: 'delivered', held: 'retrying', expired: 'failed', unmatched: 'retrying', rejected: 'failed' };

const outcomeWords = (p: Postback) => (p.outcome === 'rejected' && p.cause ? `Rejected: ${CAUSE_WORDS[p.cause] ?? p.cause}` : p.outcome.charAt(0).toUpperCase() + p.outcome.slice(1));
const reprocessable = (p: Postback) => (p.outcome === 'rejected' && p.cause === 'verification_failed') || p.outcome === 'held' || p.outcome === 'expired' || p.outcome === 'unmatched';

/** The postback log: every call to the account's sources, filtered, newest first; one in full beside the list. */
export function PostbackLog({ sources }: { sources: string[] }) {
  const [source, setSource] = useState('');
  const [outcome, setOutcome] = useState('');
  const [search, setSearch] = useState('');
  const [registration, setRegistration] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const query: Query = { limit: 100, ...(source ? { source } : {}), ...(outcome ? { outcome: outcome as Postback['outcome'] } : {}), ...(search ? { search } : {}), ...(registration ? { registration } : {}) };
  const postbacks = useQuery({ queryKey: ['postbacks', query], queryFn: () => listPostbacks(query), refetchInterval: REFRESH_EVERY });
  return (
    <>
      <div className="postback-filters">
        <SelectField label="Source" value={source} onChange={setSource} options={[{ value: '', label: 'All sources' }, ...sources.map((s) => ({ value: s, label: s }))]} />
        <SelectField label="Outcome" value={outcome} onChange={setOutcome} options={[{ value: '', label: 'Any outcome' }, ...OUTCOMES.map((o) => ({ value: o, label: o.charAt(0).toUpperCase() + o.slice(1) }))]} />
        <TextField label="Registration" value={registration} onChange={setRegistration} />
        <TextField label="Search the body" type="search" value={search} onChange={setSearch} />
      </div>
      {postbacks.isPending ? (
        <Loading />
      ) : postbacks.error ? (
        <ErrorNotice error={postbacks.error} />
      ) : postbacks.data.postbacks.length === 0 ? (
        <Empty>No postbacks match: they appear here as publishers send them.</Empty>
      ) : (
        <Postbacks postbacks={postbacks.data.postbacks} chosen={chosen} onChoose={setChosen} />
      )}
    </>
  );
}

function Postbacks({ postbacks, chosen, onChoose }: { postbacks: Postback[]; chosen: number | null; onChoose: (id: number) => void }) {
  const shown = postbacks.find((p) => p.id === chosen) ?? (postbacks[0] as Postback);
  return (
    <div className="inspector">
      <ul className="inspector-list" aria-label="Postbacks, newest first">
        {postbacks.map((p) => (
          <li key={p.id}>
            <button type="button" className="inspector-item" aria-current={p.id === shown.id ? 'true' : undefined} onClick={() => onChoose(p.id)}>
              <StatusBadge status={TONE[p.outcome]} label={outcomeWords(p)} />
              <span className="inspector-bin">{p.source}</span>
              <span className="inspector-when">
                <time dateTime={p.receivedAt}>{formatTime(p.receivedAt)}</time>
                <span className="inspector-id">#{p.id}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <PostbackDetail postback={shown} />
    </div>
  );
}

function PostbackDetail({ postback: p }: { postback: Postback }) {
  const queries = useQueryClient();
  const reprocess = useMutation({
    mutationFn: () => ok(api.POST('/v1/postbacks/{id}/reprocess', { params: { path: { id: p.id } } })),
    onSettled: () => queries.invalidateQueries({ queryKey: ['postbacks'] }),
  });
  return (
    <article className="card inspector-detail" aria-labelledby="postback-detail-title">
      <h2 id="postback-detail-title">
        Postback #{p.id} from {p.source}
      </h2>
      <dl className="inspector-facts">
        <dt>Received</dt>
        <dd>{formatTime(p.receivedAt)}</dd>
        <dt>Outcome</dt>
        <dd>
          <StatusBadge status={TONE[p.outcome]} label={outcomeWords(p)} /> <span className="hint">answered {p.status}</span>
        </dd>
        {p.detail && (
          <>
            <dt>Why</dt>
            <dd>{p.detail}</dd>
          </>
        )}
        {p.registrations && (
          <>
            <dt>Registrations</dt>
            <dd>
              {p.registrations.map((code, i) => (
                <span key={code}>
                  {i > 0 && ', '}
                  <Link href={`/history?registrationCode=${encodeURIComponent(code)}`}>{code}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {reprocessable(p) && (
        <button type="button" disabled={reprocess.isPending} onClick={() => reprocess.mutate()}>
          Process again
        </button>
      )}
      {reprocess.error && <ErrorNotice error={reprocess.error} />}
      <h3>Tags</h3>
      {p.tags && Object.keys(p.tags).length ? <PairsTable label="Tags" pairs={p.tags} /> : <Empty>No tags: the body was not parsed.</Empty>}
      <h3>Headers</h3>
      <PairsTable label="Headers" pairs={p.headers} />
      <h3>Body</h3>
      {p.body ? <JsonText value={readableBody(p.body)} label="Postback body" /> : <Empty>No body kept.</Empty>}
    </article>
  );
}
