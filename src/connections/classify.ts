/**
 * Why a test (or a delivery) could not reach its target, as one of a few kinds a person can act on:
 *
 * - dns: the host name does not resolve (ENOTFOUND, EAI_AGAIN)
 * - refused: no connection: refused (ECONNREFUSED), or reset, closed or unreachable before any answer
 * - tls: any TLS/SSL failure: a certificate, or https spoken to a plain-HTTP server
 * - timeout: no complete answer within the connection's timeoutMs
 * - http: an answer, but not a 2xx (its status and first body lines beside)
 * - oauth: the token endpoint refused, or answered without an access token
 *
 * Pure: it reads error values, nothing else.
 */
export const PROBLEM_KINDS = ['dns', 'refused', 'tls', 'timeout', 'http', 'oauth'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface ConnectionProblem {
  kind: ProblemKind;
  message: string;
  /** http and oauth: the status answered, and the first lines of the body (≤ 5 lines, ≤ 500 chars). */
  status?: number;
  body?: string;
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const TLS_CODES = new Set([
  'EPROTO',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'HOSTNAME_MISMATCH',
]);
const REFUSED_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused: nothing listens at that address and port',
  ECONNRESET: 'the server reset the connection before answering',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the server closed the connection while the request was sent',
  UND_ERR_SOCKET: 'the server closed the connection before answering',
  UND_ERR_CLOSED: 'the server closed the connection before answering',
};

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/**
 * The error and its causes, outermost first (undici and fetch wrap the socket's error). At most
 * five: a chain of causes can loop back on itself, and a walk that follows it must end.
 */
export function causeChain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  for (let e: unknown = error; typeof e === 'object' && e !== null && out.length < 5; e = (e as ErrorLike).cause) out.push(e as ErrorLike);
  return out;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The problem for an error thrown while exchanging with `host` (named in the message, never the
 * full URL: a query string may carry an API key). `timeoutMs` is the limit that was set.
 */
export function classifyError(error: unknown, host: string, timeoutMs: number): ConnectionProblem {
  const errors = causeChain(error);
  const codes = errors.map((e) => text(e.code));
  const names = errors.map((e) => text(e.name));
  const first = errors.find((e) => text(e.message))?.message;
  const detail = text(first).split('\n')[0]?.slice(0, 200) ?? '';

  if (names.includes('TimeoutError') || codes.some((c) => TIMEOUT.has(c))) {
    return { kind: 'timeout', message: `${host} did not answer within ${timeoutMs} ms` };
  }
  const dns = codes.find((c) => DNS.has(c));
  if (dns) return { kind: 'dns', message: `the host name ${host} does not resolve (${dns})` };
  const tls = codes.find((c) => c.startsWith('ERR_SSL_') || c.startsWith('ERR_TLS_') || TLS_CODES.has(c));
  if (tls || errors.some((e) => /\b(SSL|TLS)\b|certificate/i.test(text(e.message)))) {
    return { kind: 'tls', message: `TLS with ${host} failed${tls ? ` (${tls})` : ''}: ${detail}` };
  }
  const refused = codes.find((c) => c in REFUSED_MESSAGES);
  if (refused) return { kind: 'refused', message: `${host}: ${REFUSED_MESSAGES[refused]} (${refused})` };
  return { kind: 'refused', message: `${host} could not be reached: ${detail || 'unknown error'}` };
}

const MAX_LINES = 5;
const MAX_CHARS = 500;

/** The first non-blank lines of a response body: at most 5 of them, 500 characters in all. */
export function firstLines(body: string): string {
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .slice(0, MAX_LINES)
    .join('\n');
  return lines.length > MAX_CHARS ? `${lines.slice(0, MAX_CHARS - 1)}…` : lines;
}

/** A non-2xx answer: from the target (`http`) or from the OAuth2 token endpoint (`oauth`). */
export function statusProblem(kind: 'http' | 'oauth', what: string, status: number, body: string): ConnectionProblem {
  const lines = firstLines(body);
  return { kind, message: `${what} answered ${status}${lines ? `: ${lines}` : ''}`, status, body: lines };
}
