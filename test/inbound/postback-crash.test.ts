import { expect, it } from 'vitest';
import { createAccount } from '../../src/store/accounts.js';
import { CLOCK_START } from '../support/clock.js';
import { hmacOf } from '../support/postbacks.js';
import { serve, stop } from '../support/process.js';
import { eventually } from '../support/sink.js';
import { childDatabaseUrl, describeEachStore, openTestDatabase } from '../support/stores.js';

const REGISTRATIONS = 10;
const KILL_AFTER = 120;

describeEachStore('postbacks through a crash', (store) => {
  it('attaches every postback answered 202 when the process is killed -9 mid-burst and started again', async () => {
    const database = await openTestDatabase(store);
    const { apiKey } = await createAccount(database.db, 'Acme Events', CLOCK_START);
    const env = { HOOKFLOW_DATABASE_URL: childDatabaseUrl(database), HOOKFLOW_LOG_LEVEL: 'warn' };
    let served = await serve(env);
    const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    const put = async (path: string, body: unknown) => {
      const res = await fetch(`${served.url}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { url: string };
    };
    await put('/v1/events/SUMMIT', { name: 'Summit' });
    for (let i = 0; i < REGISTRATIONS; i++) await put(`/v1/registrations/R-${i}`, { eventCode: 'SUMMIT', profile: { code: `P-${i}` } });
    const source = await put('/v1/inbound-sources/publisher', {
      verification: { type: 'hmac', secret: 'burst-secret', algorithm: 'sha256', encoding: 'hex', header: 'X-Signature', idHeader: 'X-Postback-Id' },
      match: { by: 'code', path: 'registration' },
    });
    const path = new URL(source.url).pathname;

    const acknowledged: number[] = [];
    const sender = async (s: number) => {
      for (let i = 0; i < 1000; i++) {
        const body = JSON.stringify({ registration: `R-${(s + i) % REGISTRATIONS}`, [`sender_${s}`]: String(i) });
        try {
          const res = await fetch(`${served.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-signature': hmacOf('burst-secret', 'sha256', 'hex', body), 'x-postback-id': `${s}-${i}` },
            body,
          });
          if (res.status === 202) acknowledged.push(((await res.json()) as { id: number }).id);
        } catch {
          return; // the server is gone
        }
        if (acknowledged.length === KILL_AFTER) served.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, s) => sender(s)));
    await stop(served, 'SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    served = await serve(env);
    try {
      const settled = await eventually(async () => {
        const rows = await database.db.selectFrom('postbacks').select(['id', 'outcome']).where('id', 'in', acknowledged).execute();
        return rows.length === acknowledged.length && rows.every((r) => r.outcome === 'attached') && rows;
      }, 60_000);
      expect(settled).toHaveLength(acknowledged.length);
      // Every registration was sent postbacks; each now carries tags.
      const tagged = await database.db.selectFrom('registrations').select('data').execute();
      expect(tagged.every((r) => JSON.parse(r.data).postback !== undefined)).toBe(true);
    } finally {
      await stop(served);
      await database.close();
    }
  }, 180_000);
});
