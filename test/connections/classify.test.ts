import { describe, expect, it } from 'vitest';
import { classifyError, firstLines, statusProblem } from '../../src/connections/classify.js';

const err = (code: string, message = code, extra: object = {}) => Object.assign(new Error(message), { code }, extra);

describe('classifying a failed exchange', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'refused'],
    ['ECONNRESET', 'refused'],
    ['UND_ERR_SOCKET', 'refused'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout'],
  ])('calls %s %s', (code, kind) => {
    expect(classifyError(err(code), 'example.com', 1000).kind).toBe(kind);
  });

  it('calls an AbortSignal.timeout abort a timeout, naming the limit', () => {
    const abort = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(classifyError(abort, 'example.com:8443', 300)).toEqual({ kind: 'timeout', message: 'example.com:8443 did not answer within 300 ms' });
  });

  it('looks through wrapping errors to their cause', () => {
    const wrapped = new TypeError('fetch failed', { cause: err('ENOTFOUND', 'getaddrinfo ENOTFOUND x.invalid') });
    expect(classifyError(wrapped, 'x.invalid', 1000)).toEqual({ kind: 'dns', message: 'the host name x.invalid does not resolve (ENOTFOUND)' });
  });

  it('recognises a TLS failure by its message when it has no code', () => {
    expect(classifyError(new Error('unable to verify the first certificate'), 'h', 1).kind).toBe('tls');
  });

  it('calls anything else that stopped the exchange before an answer refused, with its message', () => {
    expect(classifyError(new Error('something odd'), 'h', 1)).toEqual({ kind: 'refused', message: 'h could not be reached: something odd' });
  });

  it('keeps the first five non-blank lines of an error body, at most 500 characters', () => {
    expect(firstLines('a\r\n\r\nb\nc\nd\ne\nf\ng')).toBe('a\nb\nc\nd\ne');
    expect(firstLines('x'.repeat(2000))).toHaveLength(500);
    expect(statusProblem('http', 'h', 500, 'boom\nline 2\n')).toEqual({ kind: 'http', message: 'h answered 500: boom\nline 2', status: 500, body: 'boom\nline 2' });
    expect(statusProblem('oauth', 'h', 401, '')).toEqual({ kind: 'oauth', message: 'h answered 401', status: 401, body: '' });
  });

  it('calls a timeout wrapped in fetch failed a timeout, naming the limit', () => {
    const wrapped = new TypeError('fetch failed', { cause: err('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error') });
    expect(classifyError(wrapped, 'crm.example:443', 2500)).toEqual({ kind: 'timeout', message: 'crm.example:443 did not answer within 2500 ms' });
    expect(classifyError(new TypeError('fetch failed', { cause: err('ETIMEDOUT') }), 'h', 10).kind).toBe('timeout');
    const aborted = new TypeError('fetch failed', { cause: new DOMException('The operation was aborted due to timeout', 'TimeoutError') });
    expect(classifyError(aborted, 'h', 10).kind).toBe('timeout');
  });

  it('calls a TLS error wrapped in fetch failed a TLS failure, naming its code', () => {
    const wrapped = new TypeError('fetch failed', { cause: err('CERT_HAS_EXPIRED', 'certificate has expired') });
    expect(classifyError(wrapped, 'crm.example', 1000)).toEqual({ kind: 'tls', message: 'TLS with crm.example failed (CERT_HAS_EXPIRED): fetch failed' });
    const byMessage = new TypeError('fetch failed', { cause: new Error('Client network socket disconnected before secure TLS connection was established') });
    expect(classifyError(byMessage, 'crm.example', 1000)).toEqual({ kind: 'tls', message: 'TLS with crm.example failed: fetch failed' });
  });

  it.each([
    ['ECONNREFUSED', 'the connection was refused: nothing listens at that address and port'],
    ['ECONNRESET', 'the server reset the connection before answering'],
    ['EHOSTUNREACH', 'the host is unreachable'],
    ['ENETUNREACH', 'the network is unreachable'],
    ['EPIPE', 'the server closed the connection while the request was sent'],
    ['UND_ERR_SOCKET', 'the server closed the connection before answering'],
    ['UND_ERR_CLOSED', 'the server closed the connection before answering'],
  ])('explains %s in words', (code, words) => {
    expect(classifyError(new TypeError('fetch failed', { cause: err(code) }), 'h:80', 1)).toEqual({ kind: 'refused', message: `h:80: ${words} (${code})` });
  });

  it.each(['EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL'])('calls %s a name that does not resolve', (code) => {
    expect(classifyError(err(code), 'x.invalid', 1)).toEqual({ kind: 'dns', message: `the host name x.invalid does not resolve (${code})` });
  });

  it.each(['EPROTO', 'CERT_NOT_YET_VALID', 'CERT_REVOKED', 'CERT_UNTRUSTED', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'HOSTNAME_MISMATCH'])(
    'calls %s a TLS failure',
    (code) => {
      expect(classifyError(err(code, `${code} happened`), 'h', 1)).toEqual({ kind: 'tls', message: `TLS with h failed (${code}): ${code} happened` });
    },
  );

  it('prefers a timeout to a DNS failure, and a DNS failure to a TLS one, anywhere in the chain', () => {
    expect(classifyError(err('ENOTFOUND', 'x', { cause: err('ETIMEDOUT') }), 'h', 5).kind).toBe('timeout');
    expect(classifyError(err('CERT_HAS_EXPIRED', 'x', { cause: err('EAI_AGAIN') }), 'h', 5).kind).toBe('dns');
    expect(classifyError(err('ECONNRESET', 'x', { cause: err('EPROTO') }), 'h', 5).kind).toBe('tls');
  });

  it('keeps the first line of the message, at most 200 characters', () => {
    expect(classifyError(new Error(`${'a'.repeat(300)}\nsecond`), 'h', 1).message).toBe(`h could not be reached: ${'a'.repeat(200)}`);
    expect(classifyError(new Error('tls alert\nat line 2'), 'h', 1).message).toBe('TLS with h failed: tls alert');
  });

  it('says unknown error for anything without a message, even a thrown string', () => {
    expect(classifyError('boom', 'h', 1)).toEqual({ kind: 'refused', message: 'h could not be reached: unknown error' });
    expect(classifyError({ code: 42 }, 'h', 1)).toEqual({ kind: 'refused', message: 'h could not be reached: unknown error' });
  });

  it('ends on a cyclic chain of causes', () => {
    const a = err('EWHATEVER', 'first');
    const b = err('EOTHER', 'second', { cause: a });
    Object.assign(a, { cause: b });
    expect(classifyError(a, 'h', 1)).toEqual({ kind: 'refused', message: 'h could not be reached: first' });
  });

  it('finds the cause five errors down the chain', () => {
    let deep: Error = err('ENOTFOUND');
    for (let i = 0; i < 4; i++) deep = new Error(`wrap ${i}`, { cause: deep });
    expect(classifyError(deep, 'h', 1).kind).toBe('dns');
  });
});
