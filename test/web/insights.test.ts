import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { joe } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

const HOUR = 3600_000;
const DELIVERED = ['OK-1', 'OK-2', 'OK-3'];
const FAILING = ['FAIL-1', 'FAIL-2'];

/** A figure's number on the page, as its link names it (the number links to its records). */
const figure = (page: Page, label: string, value: number) => page.getByRole('link', { name: `${label}: ${value.toLocaleString('en-US')}, see the records` });

/** The sum of one column of a chart's text alternative (the table screen readers get). */
async function chartColumnTotal(page: Page, chart: string, column = 1) {
  const cells = await page.locator(`table[data-chart-values="${chart}"] tbody tr`).evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), column);
  return cells.reduce((n, text) => n + (Number(text.replace(/,/g, '')) || 0), 0);
}

const recordsTotal = async (page: Page) => {
  await seen(page.locator('.records-total'));
  return Number((await page.locator('.records-total').textContent())?.replace(/,/g, ''));
};

/**
 * Metrics > Insights on real traffic: a status flow to a target that takes three registrations
 * and answers 500 for two (they wait in the retry queue). The clock is the test's: time stands
 * still until the last test moves it on, so the periods can be told apart.
 */
// Generous: a page and axe take seconds each on a loaded machine.
describe('Metrics > Insights', { timeout: 120_000 }, () => {
  const clock = new TestClock(Date.now(), false);
  const d = useDashboard({ clock });
  const sink = new Sink((req) => (JSON.parse(req.body).registration.startsWith('FAIL') ? { status: 500, body: '{"error":"down"}' } : { status: 200, body: '{"id":"crm-1"}' }));
  const get = async (path: string) => {
    const r = await d.api.get(path);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };

  beforeAll(async () => {
    await sink.start();
    await setUpStatusFlow(d.api, sink.url);
    for (const code of [...DELIVERED, ...FAILING]) expect((await d.api.put(`/v1/registrations/${code}`, joe(code, { status: 'registered' }))).status).toBeLessThan(300);
    await eventually(async () => {
      const { deliveries } = await get('/v1/deliveries?limit=100');
      const count = (status: string) => deliveries.filter((x: { status: string }) => x.status === status).length;
      return count('delivered') === DELIVERED.length && count('retrying') === FAILING.length;
    }, 30_000);
  }, 60_000);

  it('the Summary shows the API’s figures and a chart, and a number opens its records', async () => {
    const s = await get('/v1/insights/summary');
    expect(s).toMatchObject({ changesProcessed: 5, uniqueRegistrations: 5, actionsTriggered: 5, processingStatus: { successes: 3, failures: 0 } });
    const page = await d.open();
    await logIn(page, d, '/insights');
    await seen(page.getByRole('heading', { name: 'Insights' }));
    await expect(page.getByRole('link', { name: 'Insights' }).first().getAttribute('aria-current')).resolves.toBe('page');
    for (const [label, value] of [
      ['Changes Processed', s.changesProcessed],
      ['Unique Registrations', s.uniqueRegistrations],
      ['Actions Triggered', s.actionsTriggered],
      ['Active Flows', s.activeFlows],
      ['Successes', s.processingStatus.successes],
      ['Failures', s.processingStatus.failures],
    ] as const)
      await seen(figure(page, label, value));
    await page.locator('.time-chart canvas').first().waitFor({ state: 'attached' });
    expect(await chartColumnTotal(page, 'Successes and failures', 1)).toBe(3);
    expect(await chartColumnTotal(page, 'Successes and failures', 2)).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'insights-summary');

    await figure(page, 'Unique Registrations', 5).click();
    await seen(page.getByRole('heading', { name: 'Unique Registrations' }));
    expect(await recordsTotal(page)).toBe(5);
    const rows = page.getByRole('region', { name: 'Unique Registrations: records' }).locator('tbody tr');
    await eventually(async () => (await rows.count()) === 5);
    await page.getByLabel('Registration code').fill('FAIL-1');
    await page.getByRole('button', { name: 'Apply' }).click();
    await eventually(async () => (await rows.count()) === 1 && (await recordsTotal(page)) === 1);
    expect(page.url()).toContain('registrationCode=FAIL-1');
    await expectAccessible(page);
    await screenshot(page, 'insights-drilldown');

    // Each action's record links to its delivery's detail.
    await page.goto('/insights/actions_triggered');
    await seen(page.getByRole('heading', { name: 'Actions Triggered' }));
    expect(await recordsTotal(page)).toBe(5);
    const { deliveries } = await get('/v1/deliveries?limit=100');
    await seen(page.locator(`a[href="/history/${deliveries[0].id}"]`));
    expect(await page.locator('a[href^="/history/"]').count()).toBe(5);
  });

  it('the Troubleshooting tab (kept in the address) says why deliveries failed, and each cause opens its attempts', async () => {
    const t = await get('/v1/insights/troubleshooting');
    expect(t).toMatchObject({ inRetryQueue: 2, totalRetried: 2, failureCauses: [{ cause: 'target_down', count: 2 }] });
    const page = await d.open();
    await logIn(page, d, '/insights');
    await page.getByRole('tab', { name: 'Troubleshooting' }).click();
    await seen(figure(page, 'In Retry Queue', t.inRetryQueue));
    expect(page.url()).toContain('tab=troubleshooting');
    await page.reload();
    await seen(page.getByRole('tab', { name: 'Troubleshooting', selected: true }));
    await seen(figure(page, 'Total Retried', t.totalRetried));
    await seen(page.getByRole('heading', { name: 'Target down' }));
    await seen(page.getByText(t.failureCauses[0].likely));
    await seen(page.getByText(t.failureCauses[0].whatToDo));
    expect(await chartColumnTotal(page, 'Retries')).toBe(2);
    await expectAccessible(page);
    await screenshot(page, 'insights-troubleshooting');

    await figure(page, 'Failed attempts, Target down', 2).click();
    await seen(page.getByRole('heading', { name: 'Failed Attempts' }));
    expect(await recordsTotal(page)).toBe(2);
    expect(page.url()).toContain('cause=target_down');
    const table = page.getByRole('region', { name: 'Failed Attempts: records' });
    await seen(table.getByText('HTTP 500').first());
    expect(await table.locator('tbody tr').filter({ hasText: 'Target down' }).count()).toBe(2);
    await expectAccessible(page);
    await screenshot(page, 'insights-drilldown-attempts');
  });

  it('the Activity Feed lists each registration processed, with how it went, and filters', async () => {
    const page = await d.open();
    await logIn(page, d, '/insights?tab=activity');
    const feed = page.getByRole('region', { name: 'Activity Feed' });
    await seen(feed.locator('tbody tr').filter({ hasText: 'FAIL-1' }).filter({ hasText: 'Retrying' }));
    await seen(feed.locator('tbody tr').filter({ hasText: 'OK-1' }).filter({ hasText: 'Delivered' }));
    expect(await feed.locator('tbody tr').count()).toBe(5);
    await expectAccessible(page);
    await screenshot(page, 'insights-activity');
    await page.getByLabel('Search').fill('OK-2');
    await page.getByRole('button', { name: 'Apply' }).click();
    await eventually(async () => (await feed.locator('tbody tr').count()) === 1);
    await seen(feed.locator('tbody tr').filter({ hasText: 'OK-2' }));
  });

  it('works at 390 px: every tab and a drill-down', async () => {
    const page = await d.open(PHONE);
    await logIn(page, d, '/insights');
    await seen(figure(page, 'Changes Processed', 5));
    await page.locator('.time-chart canvas').first().waitFor({ state: 'attached' });
    await expectAccessible(page);
    await screenshot(page, 'insights-summary-phone');
    await page.getByRole('tab', { name: 'Troubleshooting' }).click();
    await seen(page.getByRole('heading', { name: 'Target down' }));
    await expectAccessible(page);
    await screenshot(page, 'insights-troubleshooting-phone');
    await page.getByRole('tab', { name: 'Activity Feed' }).click();
    await seen(page.getByRole('region', { name: 'Activity Feed' }));
    await expectAccessible(page);
    await screenshot(page, 'insights-activity-phone');
    await page.goto('/insights/failed_attempts?cause=target_down');
    expect(await recordsTotal(page)).toBe(2);
    await expectAccessible(page);
    await screenshot(page, 'insights-drilldown-phone');
  });

  it('the Live/Test and period selectors change the figures, and stay in the address', async () => {
    const page = await d.open();
    await logIn(page, d, '/insights');
    await seen(figure(page, 'Changes Processed', 5));
    await page.getByLabel('Flows', { exact: true }).selectOption('test');
    await seen(figure(page, 'Changes Processed', 0));
    expect(page.url()).toContain('mode=test');
    await page.reload();
    await seen(figure(page, 'Changes Processed', 0));
    await page.getByLabel('Flows', { exact: true }).selectOption('live');
    await seen(figure(page, 'Changes Processed', 5));

    // Two hours on, the last 15 minutes hold none of the traffic; the last 4 hours all of it.
    clock.advance(2 * HOUR);
    await page.getByLabel('Period').selectOption('15m');
    await seen(figure(page, 'Changes Processed', 0));
    expect(page.url()).toContain('last=15m');
    await page.getByLabel('Period').selectOption('4h');
    const s = await get('/v1/insights/summary?last=4h');
    expect(s.changesProcessed).toBe(5);
    await seen(figure(page, 'Changes Processed', s.changesProcessed));
    await seen(figure(page, 'Successes', s.processingStatus.successes));
  });

  it('a long drill-down pages with Load more, in Test Flows too', async () => {
    const registrations = Array.from({ length: 60 }, (_, i) => ({ ...joe(`T-${i}`, { status: 'registered', isTest: true }), code: `T-${i}` }));
    expect((await d.api.post('/v1/registrations/bulk', { registrations })).status).toBe(200);
    const api = await get('/v1/insights/figures/registration_activity/records?mode=test&last=15m');
    expect(api.total).toBe(60);
    const page = await d.open();
    await logIn(page, d, '/insights/registration_activity?mode=test&last=15m');
    expect(await recordsTotal(page)).toBe(60);
    const rows = page.getByRole('region', { name: 'Registration Activity: records' }).locator('tbody tr');
    await eventually(async () => (await rows.count()) === 50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await eventually(async () => (await rows.count()) === 60);
    await page.getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' });
  });
});
