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
});
