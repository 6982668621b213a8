import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

/** Save & Test reads a target's answer back to the user: it must not become a window on the private network. */
describeEachStore('Save & Test behind the SSRF guard', (store) => {
  const api = useApi(store, 1024 * 1024, []);
  let target: Server;
  let port: number;
  beforeAll(async () => {
    target = createServer((_req, res) => res.end('internal secrets'));
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    port = (target.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => target.close(() => r())));

  it.each(['127.0.0.1', 'localhost'])('refuses a connection to %s when loopback is not allowed, and shows nothing of it', async (host) => {
    const name = `internal-${host}`;
    expect((await api.acme.put(`/v1/connections/${name}`, { url: `http://${host}:${port}/`, auth: { type: 'none' } })).status).toBe(201);
    const r = await api.acme.post(`/v1/connections/${name}/test`);
    expect(r.body.ok).toBe(false);
    expect(r.body.failure.message).toMatch(/is private, loopback, link-local or cloud metadata/);
    expect(JSON.stringify(r.body)).not.toContain('internal secrets');
  });
});
