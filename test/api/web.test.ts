import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { LOOPBACK } from '../../src/config.js';
import { openTestDatabase, type TestDatabase } from '../support/stores.js';

const PAGE = '<!doctype html><title>Hookflow</title><script type="module" src="/assets/app-1a2b.js"></script>';

describe('the dashboard, served at /', () => {
  let app: FastifyInstance;
  let database: TestDatabase;
  let root: string;
  beforeAll(async () => {
    root = `${mkdtempSync(join(tmpdir(), 'hookflow-web-root-'))}/`;
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), PAGE);
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log("hookflow")');
    database = await openTestDatabase('sqlite');
    app = await buildApp({ config: { bodyLimit: 1024, allowTargets: LOOPBACK }, database, webRoot: root });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (url: string, accept = 'text/html') => app.inject({ method: 'GET', url, headers: { accept } });

  it("answers its page under a Content-Security-Policy that allows no inline script and no other origin", async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(PAGE);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it("answers the page for the dashboard's own addresses (a reload of /flows/3), and its files cached for good", async () => {
    expect((await get('/flows/Registered%20to%20Slack')).body).toBe(PAGE);
    const script = await get('/assets/app-1a2b.js', '*/*');
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');
  });

  it("leaves the server's addresses to the server: an unknown API route is a JSON 404, not the page", async () => {
    for (const url of ['/v1/nothing', '/v1/flows/x/nothing', '/metrics']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: 'HF_NOT_FOUND' });
    }
    expect((await get('/assets/missing.js', '*/*')).statusCode).toBe(404);
    expect((await get('/health', 'application/json')).json()).toEqual({ ok: true });
  });
});
