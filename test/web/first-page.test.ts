import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { logIn, useDashboard } from './support/dashboard.js';

const KB = 1024;

describe("the dashboard's first page", () => {
  const d = useDashboard();

  it('loads under 300 KB of JavaScript gzipped, the login and the page after it together', async () => {
    const page = await d.open();
    const scripts = new Map<string, number>();
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') scripts.set(res.url(), gzipSync(await res.body()).length);
    });
    await logIn(page, d);
    await page.waitForLoadState('networkidle');
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    expect(scripts.size).toBeGreaterThan(0);
    expect(total, [...scripts].map(([url, size]) => `${url}: ${size} B`).join('\n')).toBeLessThan(300 * KB);
  });
});
