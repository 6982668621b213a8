import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../support/api.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

/** A registration reaching Registered: the status flow sends its code to the sink. */
const register = async (c: Client, code: string) => {
  const reply = await c.put(`/v1/registrations/${code}`, { eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}` } });
  expect(reply.status).toBeLessThan(300);
};

describe('the event history and a delivery in detail', () => {
  // The first automatic retry comes 5 minutes after a failure rather than 30 s: on a loaded machine
  // the failing path takes longer than 30 s, and a retry of its own would change what the page shows.
  const d = useDashboard({ config: { retryScale: 10 } });
  let failing = false;
  const sink = new Sink(() => (failing ? { status: 500, body: '{"error":"database unavailable"}' } : { status: 200, body: '{"id":"crm-1"}' }));
  const sentFor = (code: string) => sink.received.filter((r) => JSON.parse(r.body).registration === code);

  beforeAll(async () => {
    await sink.start();
    // The CRM's answer is written back to the person; it carries no lead status, which the attempt notes.
    for (const field of ['crm_lead_id', 'crm_status']) expect((await d.api.put(`/v1/profile-custom-fields/${field}`, { attributes: { type: 'text' } })).status).toBe(201);
    const writeBack = [
      { from: 'id', to: { customField: 'crm_lead_id' } },
      { from: '/lead/status', to: { customField: 'crm_status' } },
    ];
    await setUpStatusFlow(d.api, sink.url, { writeBack });
  });
  afterAll(() => sink.stop());

  it('lists a registration Delivered; its detail shows the exact payload the target received and its answer', async () => {
    await register(d.api, 'R-1');
    const [received] = await eventually(async () => sentFor('R-1').length > 0 && sentFor('R-1'));
    await eventually(async () => (await d.api.get('/v1/deliveries?status=delivered')).body.deliveries.length === 1);

    const page = await d.open();
    await logIn(page, d, '/history');
    const row = page.getByRole('row').filter({ hasText: 'R-1' });
    await seen(row.getByText('Delivered'));
    await expect(row.textContent()).resolves.toContain('Registered');
    await expectAccessible(page);
    await screenshot(page, 'history-list');

    await row.getByRole('link').click();
    await seen(page.getByRole('heading', { name: /^Delivery \d+$/ }));
    const payload = page.getByLabel('Payload as sent');
    expect(JSON.parse((await payload.textContent()) ?? '')).toEqual(JSON.parse(received!.body));
    await seen(page.getByText('HTTP 200'));
    expect(await page.getByLabel('Response body of attempt 1').textContent()).toContain('crm-1');
    expect(await page.getByLabel('Request headers of attempt 1').textContent()).toContain('content-type');
    await seen(page.locator('.attempt-note', { hasText: "write-back to custom field 'crm_status' skipped: the answer's '/lead/status' is missing" }));
    await expect(page.getByRole('button', { name: 'Submit to Retry Queue' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'history-detail');
  }, 180_000);

  it('with Live on, a registration made behind the page appears, Delivered, without a reload', async () => {
    const page = await d.open();
    await logIn(page, d, '/history');
    await seen(page.getByRole('row').filter({ hasText: 'R-1' }));
    await page.getByRole('button', { name: 'Live' }).click();
    await seen(page.getByRole('status').filter({ hasText: 'Streaming' }));
    expect(page.url()).toContain('live=1');
    // Anything left on the window is gone if the page reloads.
    await page.evaluate(() => Object.assign(window, { stayedOnPage: true }));

    await register(d.api, 'R-2');
    const row = page.getByRole('row').filter({ hasText: 'R-2' });
    await seen(row.getByText('Delivered'), 20_000);
    expect(await page.evaluate(() => (window as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
    await eventually(async () => /delivery \d+ \(Registered to sink\)/i.test((await page.locator('[aria-live="polite"]').textContent()) ?? ''));
  }, 180_000);

  it('at 390 px: a failing target shows Retrying with the error in words; fixed, Submit to Retry Queue delivers it', async () => {
    failing = true;
    await register(d.api, 'R-3');
    await sink.until(() => sentFor('R-3').length > 0);

    const page = await d.open(PHONE);
    await logIn(page, d, '/history');
    await page.getByLabel('Registration code').fill('R-3');
    await eventually(async () => page.url().includes('registrationCode=R-3'));
    const row = page.getByRole('row').filter({ hasText: 'R-3' });
    await seen(row.getByText('Retrying'));
    await expect(page.getByRole('row').filter({ hasText: 'R-1' }).count()).resolves.toBe(0);
    // The filter is the address's: a reload (or a bookmark) shows the same list.
    await page.reload();
    await seen(row.getByText('Retrying'));
    expect(await page.getByLabel('Registration code').inputValue()).toBe('R-3');
    await expect(page.getByRole('row').filter({ hasText: 'R-1' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'history-list-phone');

    await row.getByRole('link').click();
    await seen(page.getByRole('heading', { name: 'What went wrong' }));
    await seen(page.getByText('The target is down or overloaded'));
    await seen(page.getByText('The target answered HTTP 500.'));
    expect(await page.getByLabel('Response body of attempt 1').textContent()).toContain('database unavailable');
    await expectAccessible(page);
    await screenshot(page, 'history-detail-phone');

    failing = false;
    await page.getByRole('button', { name: 'Submit to Retry Queue' }).click();
    await seen(page.locator('.detail-lede').getByText('Delivered'), 20_000);
    await seen(page.getByRole('tab', { name: '#2 · 200' }));
    expect(sentFor('R-3')).toHaveLength(2);
    await expect(page.getByRole('heading', { name: 'What went wrong' }).count()).resolves.toBe(0);
  }, 180_000);

  it('pages through a long history with Load more, newest first', async () => {
    const codes = Array.from({ length: 55 }, (_, i) => `B-${String(i).padStart(2, '0')}`);
    const bulk = await d.api.post('/v1/registrations/bulk', { registrations: codes.map((code) => ({ code, eventCode: 'SUMMIT', status: 'registered', profile: { code: `P-${code}` } })) });
    expect(bulk.status).toBeLessThan(300);
    await sink.until(() => codes.every((c) => sentFor(c).length > 0), 30_000);

    const page = await d.open();
    await logIn(page, d, '/history');
    await seen(page.getByText('50 shown'));
    await page.getByRole('button', { name: 'Load more' }).click();
    // The three registrations before, and the 55 of the bulk.
    await seen(page.getByText('58 shown, no more'));
    await expect(page.getByRole('button', { name: 'Load more' }).count()).resolves.toBe(0);
    const registrations = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(registrations.at(-1)).toBe('R-1');

    // The time range: none received after next year; all of them in the last hour.
    await page.getByLabel('Time range').selectOption({ label: 'Between dates…' });
    await page.getByLabel('From').fill(`${new Date().getFullYear() + 1}-01-01T00:00`);
    await seen(page.getByText('No deliveries match these filters.'));
    expect(page.url()).toContain('range=custom');
    await page.getByLabel('Time range').selectOption({ label: 'Last hour' });
    await seen(page.getByText('50 shown'));
  }, 180_000);
});
