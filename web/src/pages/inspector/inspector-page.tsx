import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, ok } from '../../api/client';
import { SelectField } from '../../components/field';
import { JsonText, readableBody } from '../../components/json-text';
import { Empty, ErrorNotice, Loading } from '../../components/notice';
import { Page } from '../../components/page';
import { PairsTable } from '../../components/pairs-table';
import { StatusBadge } from '../../components/status-badge';
import { formatTime } from '../../format';
import './inspector.css';

/** One request the inspector received, as the API lists it. */
type Received = Awaited<ReturnType<typeof listRequests>>['requests'][number];

/** Often enough to watch the simulator's requests arrive, seldom enough to read one. */
const REFRESH_EVERY = 2000;

const listRequests = (bin: string) => ok(api.GET('/v1/inspector/requests', { params: { query: bin ? { bin, limit: 100 } : { limit: 100 } } }));

/**
 * The demo's built-in request inspector: what its target received from Hookflow (newest first,
 * refreshing on its own) and what it answered; one request's headers and body in full beside it.
 */
export default function InspectorPage() {
  const [bin, setBin] = useState('');
  const [live, setLive] = useState(true);
  const [chosen, setChosen] = useState<number | null>(null);
  const requests = useQuery({ queryKey: ['inspector', bin], queryFn: () => listRequests(bin), refetchInterval: live ? REFRESH_EVERY : false });
  const bins = useQuery({ queryKey: ['inspector', 'bins'], queryFn: () => listRequests(''), select: (d) => [...new Set(d.requests.map((r) => r.bin))].sort(), refetchInterval: live ? REFRESH_EVERY * 5 : false });

  return (
    <Page
      title="Inspector"
      actions={
        <button type="button" aria-pressed={live} onClick={() => setLive(!live)}>
          {live ? 'Pause updates' : 'Resume updates'}
        </button>
      }
    >
      <p className="hint inspector-intro">
        The requests the demo's built-in target received from your connections, and what it answered.{' '}
        <span role="status">{live ? 'Updating every 2 seconds.' : 'Updates paused.'}</span>
      </p>
      <div className="inspector-filters">
        <SelectField label="Connection" value={bin} onChange={setBin} options={[{ value: '', label: 'All connections' }, ...(bins.data ?? []).map((b) => ({ value: b, label: b }))]} />
      </div>
      {requests.isPending ? (
        <Loading />
      ) : requests.error ? (
        <NoInspector error={requests.error} />
      ) : requests.data.requests.length === 0 ? (
        <Empty>No requests received yet: they arrive as flows deliver.</Empty>
      ) : (
        <Requests requests={requests.data.requests} chosen={chosen} onChoose={setChosen} />
      )}
    </Page>
  );
}

/** Without `hookflow demo` there is no inspector: say so plainly rather than as a failure. */
function NoInspector({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 404) return <Empty>{error.message}.</Empty>;
  return <ErrorNotice error={error} />;
}

function Requests({ requests, chosen, onChoose }: { requests: Received[]; chosen: number | null; onChoose: (id: number) => void }) {
  const shown = requests.find((r) => r.id === chosen) ?? (requests[0] as Received);
  return (
    <div className="inspector">
      <ul className="inspector-list" aria-label="Requests received, newest first">
        {requests.map((r) => (
          <li key={r.id}>
            <button type="button" className="inspector-item" aria-current={r.id === shown.id ? 'true' : undefined} onClick={() => onChoose(r.id)}>
              <StatusBadge status={r.status < 300 ? 'delivered' : 'failed'} label={String(r.status)} />
              <span className="inspector-method">{r.method}</span>
              <span className="inspector-bin">{r.bin}</span>
              <span className="inspector-when">
                <time dateTime={r.receivedAt}>{formatTime(r.receivedAt)}</time>
                {/* Stable across retries: a 503 then a 200 of one id is a delivery recovering. */}
                {r.headers['webhook-id'] && <span className="inspector-id">{r.headers['webhook-id']}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <RequestDetail request={shown} />
    </div>
  );
}

function RequestDetail({ request }: { request: Received }) {
  return (
    <article className="card inspector-detail" aria-labelledby="inspector-detail-title">
      <h2 id="inspector-detail-title">
        {request.method} {request.path}
      </h2>
      <dl className="inspector-facts">
        <dt>Received</dt>
        <dd>{formatTime(request.receivedAt)}</dd>
        <dt>Connection</dt>
        <dd>{request.bin}</dd>
        <dt>Answered</dt>
        <dd>
          <StatusBadge status={request.status < 300 ? 'delivered' : 'failed'} label={request.status < 300 ? `${request.status} OK` : `${request.status} failing on purpose`} />
        </dd>
      </dl>
      <h3>Headers</h3>
      <PairsTable label="Request headers" pairs={request.headers} />
      <h3>Body</h3>
      {request.body ? <JsonText value={readableBody(request.body)} label="Request body" /> : <Empty>No body.</Empty>}
    </article>
  );
}
