import { describe, expect, it } from 'vitest';
import { PHONE, expectAccessible, seen, logIn, screenshot, useDashboard } from './support/dashboard.js';

describe('logging in to the dashboard', () => {
  const d = useDashboard();

  it('refuses an unknown key at the field, then lets the right key in, and logs out', async () => {
    const page = await d.open();
    await page.goto('/');
    await expectAccessible(page);
    await screenshot(page, 'login');
    await page.getByLabel('API key').fill('hf_not-a-key');
    await page.getByRole('button', { name: 'Log in' }).click();
    await seen(page.getByText('that API key is unknown or revoked'));

    await logIn(page, d);
    await seen(page.getByRole('heading', { name: 'Insights' }));
    await page.reload();
    await seen(page.getByRole('heading', { name: 'Insights' }));

    await page.getByRole('button', { name: 'Log out' }).click();
    await seen(page.getByLabel('API key'));
    await page.reload();
    await seen(page.getByLabel('API key'));
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie, never in the page\'s storage', async () => {
    const page = await d.open();
    await logIn(page, d);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'hookflow_session', httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(d.key);
    expect(stored).not.toContain(cookie?.value);
  });

  it('opens a page the address names after the login (a bookmark, a reload), at 390 px too', async () => {
    const page = await d.open(PHONE);
    await logIn(page, d, '/flows');
    await seen(page.getByRole('heading', { name: 'Flows' }));
    await page.getByRole('button', { name: 'Menu' }).click();
    await seen(page.getByRole('link', { name: 'Flows' }));
    await expectAccessible(page);
  });
});
