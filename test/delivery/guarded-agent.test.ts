import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOPBACK } from '../../src/config.js';
import { AddressGuard } from '../../src/delivery/address-guard.js';
import { guardedAgent } from '../../src/delivery/guarded-agent.js';

describe('guarded HTTP agent', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses a host name that resolves to loopback, before connecting', async () => {
    const agent = guardedAgent(new AddressGuard());
    await expect(request(`http://localhost:${port}/`, { dispatcher: agent })).rejects.toThrow(/localhost: target address (127\.0\.0\.1|::1) is private/);
    await agent.close();
  });

  it('refuses a literal private address, which needs no lookup', async () => {
    const agent = guardedAgent(new AddressGuard());
    await expect(request(`http://127.0.0.1:${port}/`, { dispatcher: agent })).rejects.toThrow(/127\.0\.0\.1 is private/);
    await expect(request('http://[::1]:9/', { dispatcher: agent })).rejects.toThrow(/::1 is private/);
    await agent.close();
  });

  it('reaches loopback when the allow-list permits it', async () => {
    const agent = guardedAgent(new AddressGuard(LOOPBACK));
    const res = await request(`http://localhost:${port}/`, { dispatcher: agent });
    expect(await res.body.text()).toBe('ok');
    await agent.close();
  });
});
