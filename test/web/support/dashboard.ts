import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Config } from '../../../src/config.js';
import type { Clock } from '../../../src/domain/clock.js';
import { type Runtime, type RuntimeOptions, openRuntime } from '../../../src/runtime.js';
import { SecretBox } from '../../../src/secrets/secret-box.js';
import { createAccount } from '../../../src/store/accounts.js';
import type { Client } from '../../support/api.js';
import { testConfig } from '../../support/pipeline.js';
import { remote } from '../../support/remote.js';

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Where each page's screenshot is kept: CI keeps the folder as the run's artifacts. */
export const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Waits until the locator shows on the page (playwright-core has no web-first assertions of its
 * own): what a person would wait to see, up to the test's patience, never a fixed sleep.
 */
export const seen = (locator: Locator, timeout = 10_000) => locator.first().waitFor({ state: 'visible', timeout });

export interface Dashboard {
  /** The server's address: the dashboard at `/`, the API under `/v1`. */
  url: string;
  /** The account's API key, for the login form. */
  key: string;
  /** The same account over the API, for what a test sets up or checks behind the browser's back. */
  api: Client;
  runtime: Runtime;
  app: FastifyInstance;
  browser: Browser;
  /** A fresh browser (no cookies) at this width, on the dashboard's address; closed after the file. */
  open(size?: { width: number; height: number }): Promise<Page>;
}

/**
 * A real Hookflow (`hookflow serve`'s runtime, on a fresh SQLite file, listening on loopback) and
 * a real Chromium for one test file; the built dashboard (`npm run build:web`, which `npm test`
 * runs first) is what the browser gets.
 */
export function useDashboard(o: { clock?: Clock; config?: Partial<Config>; inspector?: RuntimeOptions['inspector'] } = {}): Dashboard {
  const d = {} as Dashboard;
  const contexts: BrowserContext[] = [];
  let dir = '';
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`the browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium`);
    dir = mkdtempSync(join(tmpdir(), 'hookflow-web-'));
    const config = testConfig({ databaseUrl: `sqlite:${join(dir, 'hookflow.db')}`, retryScale: 1, ...o.config });
    d.runtime = await openRuntime(config, { api: true, secretBox: SecretBox.ephemeral(), ...(o.clock ? { clock: o.clock } : {}), ...(o.inspector ? { inspector: o.inspector } : {}) });
    d.app = d.runtime.app as FastifyInstance;
    d.url = await d.app.listen({ host: '127.0.0.1', port: 0 });
    const { apiKey } = await createAccount(d.runtime.database.db, 'Acme Events', d.runtime.clock.now().toISOString());
    d.key = apiKey;
    d.api = remote(d.url, apiKey);
    d.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    d.open = async (size = DESKTOP) => {
      const context = await d.browser.newContext({ viewport: size, baseURL: d.url });
      // An action on something that never comes fails in a while with what it waited for, not at the test's timeout.
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    };
  }, 60_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await d.browser?.close();
    await d.runtime?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return d;
}

/** Logs in through the form, as a person does, and waits for the dashboard's frame. */
export async function logIn(page: Page, d: Dashboard, path = '/') {
  await page.goto(path);
  await page.getByLabel('API key').fill(d.key);
  await page.getByRole('button', { name: 'Log in' }).click();
  await seen(page.getByRole('button', { name: 'Log out' }));
}

/** axe-core over the page as it stands: no serious or critical violation (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Keeps the page as it looks now: test-artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
