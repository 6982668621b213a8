import { expect, it } from 'vitest';
import { createAccount } from '../../src/store/accounts.js';
import { CLOCK_START } from '../support/clock.js';
import { serve, stop, useStoreAndSink } from '../support/process.js';
import { remote, setUpStatusFlow } from '../support/remote.js';
import { Sink } from '../support/sink.js';
import { childDatabaseUrl, describeEachStore } from '../support/stores.js';

const CONCURRENCY = 16;

/**
 * At-least-once across a crash: `serve` is killed -9 under load; once restarted, every change the
 * API accepted reaches the target, and any duplicate carries the webhook-id of the first delivery.
 */
describeEachStore('crash recovery', (store) => {
  // The target is slow enough that deliveries are in flight when the process dies.
  const sink = new Sink(() => ({ status: 200, body: '{}' }));
  const f = useStoreAndSink(store, sink);

  it('delivers every accepted change after a kill -9, duplicates only with the same webhook-id', async () => {
    const { apiKey } = await createAccount(f.database.db, 'Acme Events', CLOCK_START);
    const env = {
      HOOKFLOW_DATABASE_URL: childDatabaseUrl(f.database),
      HOOKFLOW_LOG_LEVEL: 'warn',
      HOOKFLOW_DELIVERY_CONCURRENCY: String(CONCURRENCY),
      HOOKFLOW_DELIVERY_LEASE_SECONDS: '2',
      HOOKFLOW_RETRY_SCALE: '0.001',
      HOOKFLOW_ALLOW_TARGETS: '127.0.0.0/8',
    };
    const first = await serve(env);
    const api = remote(first.url, apiKey);
    await setUpStatusFlow(api, `${sink.url}/hook`);

    const accepted: string[] = [];
    let dead = false;
    const writer = async (w: number) => {
      for (let i = 0; i < 200 && !dead; i++) {
        const code = `C-${w}-${i}`;
        try {
          const r = await api.put(`/v1/registrations/${code}`, { eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}` } });
          if (r.status === 201) accepted.push(code);
        } catch {
          return;
        }
        if (accepted.length === 300 && !dead) {
          dead = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    await stop(first, 'SIGKILL');
    expect(accepted.length).toBeGreaterThanOrEqual(300);

    const second = await serve(env);
    try {
      const received = await sink.until((got) => new Set(got.map((r) => JSON.parse(r.body).registration)).size >= accepted.length, 30_000);
      const byCode = new Map<string, Set<string>>();
      for (const r of received) {
        const code = JSON.parse(r.body).registration as string;
        byCode.set(code, (byCode.get(code) ?? new Set()).add(r.headers['webhook-id'] as string));
      }
      expect(accepted.filter((c) => !byCode.has(c))).toEqual([]);
      // Each registration went out under one webhook-id, however often: receivers can drop the repeats.
      expect([...byCode.values()].filter((ids) => ids.size > 1)).toEqual([]);
      const duplicates = received.length - byCode.size;
      expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
    } finally {
      await stop(second);
    }
  }, 90_000);
});
