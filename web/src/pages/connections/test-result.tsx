import type { TestResult } from './connection-form';

const KINDS: Record<string, string> = {
  dns: 'the host name does not resolve',
  refused: 'no connection',
  tls: 'TLS failed',
  timeout: 'no answer in time',
  http: 'the target refused the request',
  oauth: 'OAuth2 token refused',
};

/** The request the test made, tokens as written, so a wrong URL shows before a delivery sends it. */
function Sent({ request }: { request: TestResult['request'] }) {
  if (!request) return null;
  return (
    <p className="sent-request">
      Sent <code>{request.method} {request.url}</code>
    </p>
  );
}

/** Save & Test's outcome in the API's own words: the target's status, or exactly how it failed. */
export function TestOutcome({ result }: { result: TestResult }) {
  if (result.ok) {
    return (
      <div className="notice success test-outcome" role="status">
        <strong>Test passed.</strong> The target answered {result.status} in {result.durationMs} ms.
        <Sent request={result.request} />
      </div>
    );
  }
  const { kind, message, status, body } = result.failure;
  return (
    <div className="notice error test-outcome" role="alert">
      <strong>
        Test failed: {KINDS[kind] ?? kind}
        {status !== undefined && ` (HTTP ${status})`}.
      </strong>
      <p className="failure-message">{message}</p>
      <Sent request={result.request} />
      {body && !message.includes(body) && <pre className="failure-body" aria-label="The target's answer" tabIndex={0}>{body}</pre>}
      <p className="hint">After {result.durationMs} ms. Check the values above, then Save &amp; Test again.</p>
    </div>
  );
}
