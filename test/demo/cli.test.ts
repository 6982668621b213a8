import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { remote } from '../support/remote.js';
import { demo, runCli, serve, stop } from '../support/process.js';
import { eventually } from '../support/sink.js';

describe('hookflow demo and hookflow serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookflow-demo-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a living demo whose API shows Delivered, Retrying and an open alert, never touching the configured store', async () => {
    const configured = join(dir, 'configured.db');
    const served = await demo({ HOOKFLOW_DATABASE_URL: `sqlite:${configured}`, HOOKFLOW_LOG_LEVEL: 'warn' }, ['--database', join(dir, 'demo.db')]);
    const started = Date.now();
    try {
      const key = await eventually(async () => /Log in with the API key:\s+(hf_\S+)/.exec(served.output())?.[1], 10_000);
      expect(served.output()).toContain(`Open the dashboard:  ${served.url}/`);
      const api = remote(served.url, key);
      const seenAll = await eventually(
        async () => {
          await new Promise((r) => setTimeout(r, 250)); // a person's refresh, not a busy loop on a loaded machine
          const { deliveries } = (await api.get('/v1/deliveries?limit=1000')).body;
          const { alerts } = (await api.get('/v1/alerts?state=open')).body;
          const statuses = new Set(deliveries.map((d: any) => d.status));
          return statuses.has('delivered') && statuses.has('retrying') && alerts.length > 0 && { alerts };
        },
        120_000,
      );
      console.log(`hookflow demo: Delivered, Retrying and an open alert after ${((Date.now() - started) / 1000).toFixed(1)} s on this machine`);
      expect(seenAll.alerts[0]).toMatchObject({ connection: 'slack', state: 'open' });
      const { requests } = (await api.get('/v1/inspector/requests')).body;
      expect(new Set(requests.map((r: any) => r.status))).toEqual(new Set([200, 503]));
      expect(existsSync(configured)).toBe(false);
    } finally {
      await stop(served);
    }
  }, 180_000);

  it('refuses to seed a store that already holds accounts', async () => {
    const used = join(dir, 'used.db');
    expect((await runCli(['accounts', 'create', '--name', 'Real'], { HOOKFLOW_DATABASE_URL: `sqlite:${used}` })).code).toBe(0);
    const refused = await runCli(['demo', '--port', '0', '--database', used], {});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds accounts: the demo seeds only a fresh store');
  }, 60_000);

  it('serve on a fresh store seeds nothing of the demo, and has no inspector', async () => {
    const served = await serve({ HOOKFLOW_DATABASE_URL: `sqlite:${join(dir, 'serve.db')}` });
    try {
      const key = await eventually(async () => /API key \(shown once; log in to the dashboard with it\): (hf_\S+)/.exec(served.output())?.[1], 10_000);
      const api = remote(served.url, key);
      for (const list of ['flows', 'connections', 'mappings', 'events', 'registrations']) expect((await api.get(`/v1/${list}`)).body[list], list).toEqual([]);
      const inspector = await api.get('/v1/inspector/requests');
      expect(inspector.status).toBe(404);
      expect(inspector.body.message).toContain('hookflow demo');
      expect((await fetch(`${served.url}/inspector/crm`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await stop(served);
    }
  }, 60_000);
});
