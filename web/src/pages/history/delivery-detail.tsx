import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import { api, ok } from '../../api/client';
import { JsonText } from '../../components/json-text';
import { Empty, ErrorNotice, Loading, SuccessNotice } from '../../components/notice';
import { Page } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { Tabs } from '../../components/tabs';
import { formatNumber, formatTime } from '../../format';
import { AttemptView, attemptLabel } from './attempt-view';
import { useLiveTail } from './use-live-tail';
import { type DeliveryDetail as Detail, canResubmit, eventTypeLabel, readable } from './words';
import './history.css';

/** A delivery in detail (the monitoring guide's "event"): what went wrong, what was sent and answered, its journey. */
export default function DeliveryDetail() {
  const params = useParams<'/history/:id'>();
  const id = Number(params.id);
  const queries = useQueryClient();
  const key = ['deliveries', 'detail', id];
  const delivery = useQuery({ queryKey: key, queryFn: () => ok(api.GET('/v1/deliveries/{id}', { params: { path: { id } } })), enabled: Number.isInteger(id) && id > 0 });
  const refresh = () => queries.invalidateQueries({ queryKey: key });

  // Follow the delivery's change on the tail: each status change of this delivery is read again,
  // and so is the whole delivery once the stream opens (what happened before it is not streamed).
  const changeId = delivery.data?.changeId;
  const tail = useLiveTail(`changeId=${changeId}`, changeId !== undefined, (e) => {
    if (e.deliveryId === id) void refresh();
  });
  useEffect(() => {
    if (tail === 'live') void refresh();
  }, [tail]);

  if (!Number.isInteger(id) || id < 1) return <ErrorNotice error={`There is no delivery ${params.id}.`} />;
  return (
    <Page title={`Delivery ${id}`} actions={delivery.data && canResubmit(delivery.data.status) && <Resubmit id={id} onDone={refresh} />}>
      <p className="back">
        <Link href="/history">← History</Link>
      </p>
      {delivery.isPending ? <Loading /> : delivery.error ? <ErrorNotice error={delivery.error} /> : <DetailBody d={delivery.data} />}
    </Page>
  );
}

/** "Submit to Retry Queue": straight to the front of the queue; the page follows what comes of it. */
function Resubmit({ id, onDone }: { id: number; onDone: () => void }) {
  const [submitted, setSubmitted] = useState(false);
  const submit = useMutation({
    mutationFn: () => ok(api.POST('/v1/deliveries/{id}/resubmit', { params: { path: { id } } })),
    onSuccess: () => {
      setSubmitted(true);
      onDone();
    },
  });
  return (
    <div className="resubmit">
      <button type="button" className="primary" disabled={submit.isPending} onClick={() => submit.mutate()}>
        Submit to Retry Queue
      </button>
      {submit.error && <ErrorNotice error={submit.error} />}
      {submitted && !submit.isPending && <SuccessNotice>Submitted: it is at the front of the queue.</SuccessNotice>}
    </div>
  );
}

function DetailBody({ d }: { d: Detail }) {
  return (
    <>
      <div className="detail-lede">
        <StatusBadge status={d.status} />
        <span>
          {d.flow ?? 'A deleted flow'} → {d.destination} <span className="sub">via {d.connection}</span>
        </span>
        {d.isTest && <span className="badge neutral">Test</span>}
      </div>
      {d.problem && <ProblemCard problem={d.problem} />}
      <div className="detail-grid">
        <div className="detail-main">
          <section aria-labelledby="payload-heading">
            <h2 id="payload-heading">Payload</h2>
            <Payload payload={d.payload} />
          </section>
          <section aria-labelledby="attempts-heading">
            <h2 id="attempts-heading">Attempts</h2>
            <Attempts attempts={d.attempts} />
          </section>
          <ChangeSection change={d.change} />
        </div>
        <aside className="detail-side">
          <Summary d={d} />
          <StatusHistory steps={d.statusHistory} />
        </aside>
      </div>
    </>
  );
}

function ProblemCard({ problem }: { problem: NonNullable<Detail['problem']> }) {
  return (
    <section className="card problem" aria-labelledby="problem-heading">
      <h2 id="problem-heading">What went wrong</h2>
      <p className="likely">{problem.likely}</p>
      <p>
        <strong>What to do: </strong>
        {problem.whatToDo}
      </p>
      <p className="sub">
        {problem.httpStatus !== null && <>The target answered HTTP {problem.httpStatus}. </>}
        {problem.message}
      </p>
    </section>
  );
}

/** The body last sent, or why there is none: the guide keeps payloads 7 days, then says "expired". */
function Payload({ payload }: { payload: string | null }) {
  if (payload === 'expired') return <p className="notice expired">Expired: payloads are kept for 7 days; this delivery's record remains, its data does not.</p>;
  if (payload === null) return <Empty>Nothing sent yet.</Empty>;
  return <JsonText value={readable(payload)} label="Payload as sent" />;
}

/** The attempts as tabs, newest selected: each one's request and response. */
function Attempts({ attempts }: { attempts: Detail['attempts'] }) {
  const latest = attempts.at(-1);
  const [selected, setSelected] = useState<string | null>(null);
  if (!latest) return <Empty>No attempt yet.</Empty>;
  const shown = attempts.find((a) => String(a.number) === selected) ?? latest;
  return (
    <Tabs label="Attempts" tabs={attempts.map((a) => ({ id: String(a.number), label: attemptLabel(a) }))} selected={String(shown.number)} onSelect={setSelected}>
      <AttemptView attempt={shown} />
    </Tabs>
  );
}

function Summary({ d }: { d: Detail }) {
  // A fact the delivery does not have yet (a next attempt, a destination record) is left out.
  const facts: [string, ReactNode | null][] = [
    ['Event type', eventTypeLabel(d.eventType)],
    ['Event', d.eventCode],
    ['Registration', d.sourceRecord ? <code>{d.sourceRecord}</code> : '—'],
    ['Received', formatTime(d.receivedAt)],
    ['Attempts', formatNumber(d.attempts.length)],
    ['Next attempt', d.status === 'retrying' ? formatTime(d.nextAttemptAt) : null],
    ['Delivered', d.deliveredAt ? formatTime(d.deliveredAt) : null],
    ['Destination record', d.targetRecordId ? <code>{d.targetRecordId}</code> : null],
    ['Mode', d.isTest ? 'Test' : 'Live'],
  ];
  const rows = facts.filter(([, value]) => value !== null);
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Received, then each attempt's Processing and outcome: the guide's statuses, oldest first. */
function StatusHistory({ steps }: { steps: Detail['statusHistory'] }) {
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Status history</h2>
      <ol className="timeline">
        {steps.map((s, i) => (
          <li key={i}>
            <StatusBadge status={s.status} />
            <span className="when">
              {formatTime(s.at)}
              {s.attempt !== undefined && <> · attempt {s.attempt}</>}
            </span>
            {s.detail && <span className="detail">{s.detail}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The change that caused the delivery: which record, and the record as it became (and was). */
function ChangeSection({ change }: { change: Detail['change'] }) {
  return (
    <section aria-labelledby="change-heading">
      <h2 id="change-heading">The change that caused it</h2>
      {change ? (
        <>
          <p>
            {eventTypeLabel(change.kind)}: <code>{change.sourceRecord}</code> at event <code>{change.eventCode}</code>, received {formatTime(change.receivedAt)}.
          </p>
          <details open>
            <summary>The record after the change</summary>
            <JsonText value={change.after} label="The record after the change" />
          </details>
          <details>
            <summary>The record before the change</summary>
            {change.before ? <JsonText value={change.before} label="The record before the change" /> : <Empty>None: the record was new.</Empty>}
          </details>
        </>
      ) : (
        <Empty>The change is no longer kept.</Empty>
      )}
    </section>
  );
}
