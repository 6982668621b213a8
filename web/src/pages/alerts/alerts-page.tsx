import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { api, ok } from '../../api/client';
import type { paths } from '../../api/schema';
import { Empty, ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { Tabs } from '../../components/tabs';
import { formatNumber, formatTime } from '../../format';
import { AffectedDeliveries } from './affected-deliveries';
import './alerts.css';

type AlertState = NonNullable<NonNullable<paths['/v1/alerts']['get']['parameters']['query']>['state']>;
const STATES: readonly { id: AlertState; label: string }[] = [
  { id: 'open', label: 'Open' },
  { id: 'acknowledged', label: 'Acknowledged' },
  { id: 'resolved', label: 'Resolved' },
];
/** Alerts open and resolve by themselves (their cause seen, then cleared): looked at again this often. */
const REFRESH_MS = 5_000;

const listAlerts = (state: AlertState) => ok(api.GET('/v1/alerts', { params: { query: { state, limit: 1000 } } }));
type Alert = Awaited<ReturnType<typeof listAlerts>>['alerts'][number];

/** Alerts: what Hookflow noticed going wrong with a connection, in plain words, acknowledged and resolved by people. */
export default function AlertsPage() {
  const [search, setSearch] = useSearchParams();
  const state = STATES.find((s) => s.id === search.get('state'))?.id ?? 'open';
  const alerts = useQuery({ queryKey: ['alerts', state], queryFn: () => listAlerts(state), refetchInterval: REFRESH_MS });
  return (
    <Page title="Alerts">
      <Tabs label="Alert state" tabs={STATES} selected={state} onSelect={(s) => setSearch({ state: s }, { replace: true })}>
        {alerts.isPending ? (
          <Loading />
        ) : alerts.error ? (
          <ErrorNotice error={alerts.error} />
        ) : alerts.data.alerts.length === 0 ? (
          <Empty>{state === 'open' ? 'No open alerts: deliveries are getting through.' : `No ${state} alerts.`}</Empty>
        ) : (
          <ul className="alert-list">
            {/* Newest first: the alert that just opened is the one to read. */}
            {[...alerts.data.alerts].reverse().map((a) => (
              <li key={a.id}>
                <AlertCard alert={a} />
              </li>
            ))}
          </ul>
        )}
      </Tabs>
    </Page>
  );
}

function AlertCard({ alert: a }: { alert: Alert }) {
  const queries = useQueryClient();
  const [showAffected, setShowAffected] = useState(false);
  const refresh = () => queries.invalidateQueries({ queryKey: ['alerts'] });
  const acknowledge = useMutation({ mutationFn: () => ok(api.POST('/v1/alerts/{id}/acknowledge', { params: { path: { id: a.id } } })), onSuccess: refresh });
  const resolve = useMutation({ mutationFn: () => ok(api.POST('/v1/alerts/{id}/resolve', { params: { path: { id: a.id } } })), onSuccess: refresh });
  const resubmit = useMutation({
    mutationFn: () => ok(api.POST('/v1/alerts/{id}/resubmit', { params: { path: { id: a.id } } })),
    onSuccess: () => Promise.all([refresh(), queries.invalidateQueries({ queryKey: ['alert', a.id] }), queries.invalidateQueries({ queryKey: ['retry-queue'] })]),
  });
  const busy = acknowledge.isPending || resolve.isPending || resubmit.isPending;
  const titleId = `alert-${a.id}-title`;
  return (
    <article className={`card alert-card ${a.state}`} aria-labelledby={titleId}>
      <header className="alert-head">
        <StatusBadge status={a.state} />
        <h2 id={titleId}>{a.title}</h2>
      </header>
      <p className="alert-likely">{a.likely}</p>
      <p className="alert-todo">
        <strong>What to do:</strong> {a.whatToDo}
      </p>
      <dl className="alert-facts">
        <div>
          <dt>Connection</dt>
          <dd>
            <Link href={`/retry-queue?connection=${encodeURIComponent(a.connection)}`}>{a.connection}</Link>
          </dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>{formatTime(a.openedAt)}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{formatTime(a.lastSeenAt)}</dd>
        </div>
        {a.acknowledgedAt && (
          <div>
            <dt>Acknowledged</dt>
            <dd>{formatTime(a.acknowledgedAt)}</dd>
          </div>
        )}
        <div>
          <dt>Affected</dt>
          <dd>
            {formatNumber(a.affected)} {a.affected === 1 ? 'delivery' : 'deliveries'}
          </dd>
        </div>
      </dl>
      {a.resolution && <p className="alert-resolution">{a.resolvedAt ? a.resolution.replace(a.resolvedAt, formatTime(a.resolvedAt)) : a.resolution}</p>}
      {resubmit.data && <SuccessNotice>{formatNumber(resubmit.data.resubmitted)} resubmitted: they are at the front of the queue.</SuccessNotice>}
      {[acknowledge.error, resolve.error, resubmit.error].map((e, i) => e && <ErrorNotice key={i} error={e} />)}
      <div className="row alert-actions">
        {a.state === 'open' && (
          <button type="button" disabled={busy} onClick={() => acknowledge.mutate()}>
            Acknowledge
          </button>
        )}
        {a.state !== 'resolved' && (
          <button type="button" disabled={busy} onClick={() => resolve.mutate()}>
            Resolve
          </button>
        )}
        {a.affected > 0 && (
          <button type="button" className="primary" disabled={busy} onClick={() => resubmit.mutate()}>
            Resubmit affected
          </button>
        )}
        {a.affected > 0 && (
          <button type="button" className="link-button" aria-expanded={showAffected} onClick={() => setShowAffected(!showAffected)}>
            {showAffected ? 'Hide' : 'Show'} the {formatNumber(a.affected)} affected
          </button>
        )}
      </div>
      {showAffected && <AffectedDeliveries alertId={a.id} />}
    </article>
  );
}
