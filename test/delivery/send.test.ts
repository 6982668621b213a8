import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { AddressGuard } from '../../src/delivery/address-guard.js';
import { guardedAgent } from '../../src/delivery/guarded-agent.js';
import { type Outbound, send } from '../../src/delivery/send.js';

const out = (url: string): Outbound => ({ url: new URL(url), method: 'POST', headers: {}, body: '{}', timeoutMs: 2000, followRedirects: false });
const now = () => new Date('2026-11-24T10:00:00Z');

/** An agent whose every connection fails with `error`, as a socket would. */
const failingWith = (error: Error) => new Agent({ connect: (_options, callback) => callback(error, null) });

describe('sending one request', () => {
  it('files a target the SSRF guard refuses under config, not as a network failure', async () => {
    const agent = guardedAgent(new AddressGuard());
    const sent = await send(out('http://127.0.0.1:9/hook'), agent, now);
    expect(sent).toMatchObject({ ok: false, failure: { category: 'config', message: expect.stringMatching(/^target address 127\.0\.0\.1 is private/) } });
    await agent.close();
  });

  it('gives up on an error whose causes form a loop, and still says what went wrong', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const wrapper = new Error('request failed', { cause: reset });
    Object.assign(reset, { cause: wrapper });
    const agent = failingWith(wrapper);
    const sent = await send(out('http://198.51.100.7/hook'), agent, now);
    expect(sent).toEqual({
      ok: false, failure: { category: 'connection', message: '198.51.100.7: the server reset the connection before answering (ECONNRESET)', unreachable: 'refused' },
    });
    await agent.close();
  });
});
