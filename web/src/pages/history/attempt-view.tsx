import { JsonText } from '../../components/json-text';
import { Empty } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import { formatTime } from '../../format';
import { type Attempt, formatDuration, readable } from './words';

/** An attempt's tab: its number, and the status the target answered (or how it ended). */
export const attemptLabel = (a: Attempt) => `#${a.number} · ${a.httpStatus ?? (a.outcome === 'delivered' ? 'OK' : 'no answer')}`;

/** What an attempt left its delivery as, in the guide's words. */
const RESULT_WORDS: Record<NonNullable<Attempt['result']>, string> = { delivered: 'Delivered', retrying: 'Retrying', failed: 'Failed', abandoned: 'Failed, retries ran out' };

/** One attempt: when and how long, what it left the delivery as, the request as sent and the response. */
export function AttemptView({ attempt: a }: { attempt: Attempt }) {
  const result = a.result ?? (a.outcome === 'delivered' ? 'delivered' : 'failed');
  return (
    <div className="attempt">
      <p className="attempt-head">
        <StatusBadge status={result === 'abandoned' ? 'failed' : result} label={RESULT_WORDS[result]} />
        <span>
          Attempt {a.number}, {formatTime(a.startedAt)}, took {formatDuration(a.durationMs)}
        </span>
      </p>
      {a.failureMessage && <p className="attempt-error">{a.failureMessage}</p>}
      {a.note && <p className="attempt-note">{a.note}</p>}
      <div className="exchange">
        <section aria-label={`Request of attempt ${a.number}`}>
          <h3>Request</h3>
          <Request request={a.request} number={a.number} />
        </section>
        <section aria-label={`Response of attempt ${a.number}`}>
          <h3>Response</h3>
          <Response response={a.response} number={a.number} />
        </section>
      </div>
    </div>
  );
}

const EXPIRED = <p className="notice expired">Expired: kept for 7 days only.</p>;

function Request({ request, number }: { request: Attempt['request']; number: number }) {
  if (request === 'expired') return EXPIRED;
  if (request === null) return <Empty>Nothing was sent (the delivery failed before its request).</Empty>;
  return (
    <>
      <p className="request-line">
        <code>
          {request.method} {request.url}
        </code>
      </p>
      <Headers headers={request.headers} label={`Request headers of attempt ${number}`} />
      <JsonText value={readable(request.body)} label={`Request body of attempt ${number}`} />
    </>
  );
}

function Response({ response, number }: { response: Attempt['response']; number: number }) {
  if (response === 'expired') return EXPIRED;
  if (response === null) return <Empty>No answer came: the target could not be reached, or did not answer in time.</Empty>;
  return (
    <>
      <p className="request-line">
        <StatusBadge status={response.status < 300 ? 'delivered' : 'failed'} label={`HTTP ${response.status}`} />
      </p>
      <Headers headers={response.headers} label={`Response headers of attempt ${number}`} />
      {response.body ? <JsonText value={readable(response.body)} label={`Response body of attempt ${number}`} /> : <Empty>An empty body.</Empty>}
      {response.truncated && <p className="sub">Only the first 64 KiB are kept.</p>}
    </>
  );
}

/** Headers as sent or received (the API masks secrets before they get here). */
function Headers({ headers, label }: { headers: Record<string, string>; label: string }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return null;
  return (
    <details className="headers" open>
      <summary>Headers ({entries.length})</summary>
      <dl aria-label={label}>
        {entries.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
