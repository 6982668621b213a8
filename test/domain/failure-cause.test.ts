import { describe, expect, it } from 'vitest';
import { CAUSE_ADVICE, FAILURE_CAUSES, causeOf } from '../../src/domain/failure-cause.js';

describe('the likely cause of a failure, in the monitoring guide’s words', () => {
  it.each([
    [401, 'credentials'],
    [403, 'credentials'],
    [404, 'url_changed'],
    [410, 'url_changed'],
    [400, 'target_api_changed'],
    [422, 'target_api_changed'],
    [429, 'rate_limited'],
    [500, 'target_down'],
    [503, 'target_down'],
  ] as const)('a target answering %i points at %s', (status, cause) => {
    expect(causeOf({ category: 'validation', httpStatus: status })).toBe(cause);
  });

  it('a host name that no longer resolves means the URL changed; refused, TLS and timeouts mean the target is down', () => {
    expect(causeOf({ category: 'connection', unreachable: 'dns' })).toBe('url_changed');
    for (const how of ['refused', 'tls', 'timeout'] as const) expect(causeOf({ category: 'connection', unreachable: how })).toBe('target_down');
  });

  it('without an answer, the category decides: a required field is the mapping, an untagged status the configuration', () => {
    expect(causeOf({ category: 'validation' })).toBe('mapping');
    expect(causeOf({ category: 'config' })).toBe('configuration');
    expect(causeOf({ category: 'platform_api' })).toBe('source_missing');
    expect(causeOf({ category: 'system' })).toBe('internal');
  });

  it('every cause has plain words and something to do', () => {
    for (const cause of FAILURE_CAUSES) expect(CAUSE_ADVICE[cause].whatToDo.length).toBeGreaterThan(10);
  });
});
