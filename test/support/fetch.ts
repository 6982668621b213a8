import { afterAll } from 'vitest';
import { recordCheck } from '../../src/api/record-checks.js';
import { LOOPBACK } from '../../src/config.js';
import { AddressGuard } from '../../src/delivery/address-guard.js';
import { AuthorizingSender } from '../../src/delivery/authorizing-sender.js';
import { guardedAgent } from '../../src/delivery/guarded-agent.js';
import { TokenCache } from '../../src/delivery/token-cache.js';
import type { Clock } from '../../src/domain/clock.js';
import { FetchRunner } from '../../src/fetch/runner.js';
import type { SecretBox } from '../../src/secrets/secret-box.js';
import type { Database } from '../../src/store/database.js';

/** A fetch runner of the test's own, as workers.ts builds one, on the test's clock; the test calls `drain()` to run what is due. */
export function useFetchRunner(parts: () => { database: Database; box: SecretBox }, clock: Clock) {
  const outbound = guardedAgent(new AddressGuard(LOOPBACK));
  afterAll(() => outbound.close());
  return (changesQueued: () => void = () => {}) => {
    const { database, box } = parts();
    const sender = new AuthorizingSender({ outbound, tokens: new TokenCache(outbound, clock), clock, onTokens: async () => {} });
    return new FetchRunner({ db: database.db, box, sender, clock, check: recordCheck(), options: { lease: 60_000, failuresBeforeAlert: 3 }, pollInterval: 60_000, changesQueued });
  };
}
