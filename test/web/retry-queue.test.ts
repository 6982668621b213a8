import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ALERTS } from '../../src/config.js';
import { joe } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { setUpStatusFlow } from '../support/remote.js';
import { Sink, eventually } from '../support/sink.js';
import { DESKTOP, PHONE, type Dashboard, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

const REGISTRATIONS = ['ID-1', 'ID-2', 'ID-3'];
/** A browser test waits this long for what the background workers do, on a loaded machine. */
const PATIENCE = 30_000;

/** The rows of a table (its header row aside). */
const rowsOf = (page: Page, caption: string | RegExp) => page.getByRole('region', { name: caption }).locator('tbody tr');

/** Its last page of deliveries settled: none waiting for a worker or with one. */
const settled = (d: Dashboard) =>
  eventually(async () => {
    const { deliveries } = (await d.api.get('/v1/deliveries?limit=1000')).body as { deliveries: { status: string }[] };
    return deliveries.length > 0 && deliveries.every((x) => x.status !== 'received' && x.status !== 'processing');
  }, PATIENCE);

/**
 * The Retry Queue, Alerts and Replays, walked as a person does: a Sink failing with 500, three
 * registrations retrying; the queue lists them with the error; an alert opens, is acknowledged,
 * its deliveries resubmitted and it is resolved; the Sink is fixed; one delivery is submitted
 * by hand and the rest in bulk; a replay runs the flow again. The clock stands still, so no
 * automatic retry comes due behind the test's back; alerts are judged every 200 ms.
 */
describe('the Retry Queue, Alerts and Replays', () => {
  const clock = new TestClock();
  const d = useDashboard({ clock, config: { alerts: { ...DEFAULT_ALERTS, every: 200, minFailing: 1 } } });
  let failing = true;
  const sink = new Sink(() => (failing ? { status: 500, body: 'boom' } : { status: 200, body: '{"id":"crm-1"}' }));

  beforeAll(async () => {
    await sink.start();
    await setUpStatusFlow(d.api, sink.url);
    for (const code of REGISTRATIONS) await d.api.put(`/v1/registrations/${code}`, joe(code, { status: 'registered' }));
    await sink.until((r) => r.length >= REGISTRATIONS.length, PATIENCE);
    await settled(d);
  }, 90_000);
  afterAll(() => sink.stop());
  /** The process's background workers: one paused leaves its job waiting, as a busy worker elsewhere would. */
  const workers = () => {
    if (!d.runtime.workers) throw new Error('the dashboard runs without workers');
    return d.runtime.workers;
  };

  it('lists the retrying deliveries with their error, filters them by status in the address, and shows an item in full', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/retry-queue');
    await seen(page.getByRole('heading', { name: 'Retry Queue' }));
    await seen(page.getByRole('cell', { name: /answered 500: boom/ }));
    expect(await rowsOf(page, 'Retry Queue').count()).toBe(3);
    await expectAccessible(page);
    await screenshot(page, 'retry-queue-list');

    await page.getByLabel('Status').selectOption('Done');
    await seen(page.getByText('Nothing in the queue matches'));
    expect(page.url()).toContain('status=Done');
    await page.getByLabel('Status').selectOption('Retry');
    await seen(page.getByRole('cell', { name: /answered 500: boom/ }));
    expect(await rowsOf(page, 'Retry Queue').count()).toBe(3);
    // The address keeps the filter: a reload (a bookmark) shows the same.
    await page.reload();
    await seen(page.getByRole('cell', { name: /answered 500: boom/ }));
    expect(await page.getByLabel('Status').inputValue()).toBe('Retry');

    await page.getByRole('button', { name: /^Details of delivery/ }).first().click();
    await seen(page.getByText('The target is down or overloaded'));
    await seen(page.getByRole('button', { name: 'Submit to Retry Queue' }));
    await seen(page.getByRole('link', { name: 'Full history' }));
    await expectAccessible(page);
    await screenshot(page, 'retry-queue-detail');
  }, 180_000);

  it('opens an alert for the failing Sink, which a person acknowledges, resubmits and resolves', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/alerts');
    const title = page.getByRole('heading', { name: "Every delivery to 'sink' is failing" });
    await seen(title, PATIENCE);
    const card = page.getByRole('article', { name: /Every delivery to 'sink' is failing/ });
    await seen(card.getByText('3 deliveries'));
    await card.getByRole('button', { name: 'Show the 3 affected' }).click();
    // The list loads after the click: wait for its rows rather than count them at once.
    await seen(rowsOf(page, /Deliveries affected by alert/).nth(2));
    expect(await rowsOf(page, /Deliveries affected by alert/).count()).toBe(3);
    await expectAccessible(page);
    await screenshot(page, 'alerts-open');

    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await seen(page.getByText('No open alerts'));
    await page.getByRole('tab', { name: 'Acknowledged' }).click();
    expect(page.url()).toContain('state=acknowledged');
    await card.getByRole('button', { name: 'Resubmit affected' }).click();
    await seen(card.getByText('3 resubmitted: they are at the front of the queue.'));
    // Resubmitted to a Sink still failing: each is tried again, and fails again.
    await sink.until((r) => r.length >= 2 * REGISTRATIONS.length, PATIENCE);

    await card.getByRole('button', { name: 'Resolve' }).click();
    await seen(page.getByText('No acknowledged alerts'));
    await page.getByRole('tab', { name: 'Resolved' }).click();
    await seen(card.getByText(/Resolved by a person at/));
    expect(await card.getByRole('button', { name: 'Resolve' }).count()).toBe(0);

    const phone = await d.open(PHONE);
    await logIn(phone, d, '/alerts?state=resolved');
    await seen(phone.getByRole('heading', { name: "Every delivery to 'sink' is failing" }));
    await expectAccessible(phone);
    await screenshot(phone, 'alerts-resolved-phone');
  }, 180_000);

  it('once the Sink is fixed, delivers one submitted by hand and the rest in bulk, after showing how many (a bulk resubmit cancelled first)', async () => {
    await settled(d);
    failing = false;
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/retry-queue?status=Retry');
    await page.getByRole('button', { name: /^Details of delivery/ }).first().click();
    const detail = page.getByRole('region', { name: /^Delivery #/ });
    await detail.getByRole('button', { name: 'Submit to Retry Queue' }).click();
    await seen(detail.getByText('Submitted: it is at the front of the queue.'));
    await seen(detail.getByText('Delivered', { exact: true }), PATIENCE);
    await eventually(async () => (await rowsOf(page, 'Retry Queue').count()) === 2, PATIENCE);

    // A bulk resubmit waiting for its worker can be cancelled: it takes none.
    await workers().bulkResubmitRunner.stop();
    await page.getByRole('button', { name: 'Resubmit all matching…' }).click();
    await seen(page.getByText('2 deliveries match the filter'));
    await page.getByRole('button', { name: 'Resubmit 2' }).click();
    await seen(page.getByText('Queued', { exact: true }));
    await page.getByRole('button', { name: 'Cancel resubmit' }).click();
    await seen(page.getByText('Cancelled after 0 of 2; 0 resubmitted.'));
    workers().bulkResubmitRunner.start();
    await page.getByRole('region', { name: 'Resubmit all matching' }).getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Resubmit all matching…' }).click();
    await seen(page.getByText('2 deliveries match the filter'));
    await expectAccessible(page);
    await screenshot(page, 'retry-queue-bulk-estimate');
    await page.getByRole('button', { name: 'Resubmit 2' }).click();
    const progress = page.getByRole('progressbar', { name: 'Bulk resubmit progress' });
    await seen(progress);
    expect(await progress.getAttribute('aria-valuemax')).toBe('2');
    await seen(page.getByText('Resubmitted 2 of 2'), PATIENCE);
    expect(await progress.getAttribute('aria-valuenow')).toBe('2');
    await screenshot(page, 'retry-queue-bulk-done');

    // Done, in the queue: delivered after a retry.
    await page.getByLabel('Status').selectOption('Done');
    await eventually(async () => (await rowsOf(page, 'Retry Queue').getByText(/^Delivered after \d+ attempts$/).count()) === 3, PATIENCE);
    await page.getByLabel('Status').selectOption('Retry');
    await seen(page.getByText('Nothing in the queue matches'));

    const phone = await d.open(PHONE);
    await logIn(phone, d, '/alerts');
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('link', { name: 'Retry Queue' }).click();
    await phone.getByLabel('Status').selectOption('Done');
    await seen(phone.getByText(/^Delivered after \d+ attempts$/));
    await expectAccessible(phone);
    await screenshot(phone, 'retry-queue-list-phone');
  }, 180_000);

  it('cancels a replay waiting for its worker, then replays the flow over the event and shows it running to its end', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/replays');
    await seen(page.getByRole('heading', { name: 'Replays' }));
    await seen(page.getByText('No replays yet.'));
    // A replay waiting for its worker can be cancelled.
    await workers().replayRunner.stop();
    await page.getByRole('button', { name: 'Start replay' }).click();
    await seen(page.getByText(/^Replay \d+ of Registered is running/));
    await page.getByRole('button', { name: /^Cancel replay \d+ of Registered$/ }).click();
    await seen(rowsOf(page, 'Recent replays').getByText('Cancelled', { exact: true }));
    workers().replayRunner.start();

    await page.getByLabel('Event').selectOption('SUMMIT');
    await page.getByRole('button', { name: 'Start replay' }).click();
    await seen(page.getByText(/^Replay \d+ of Registered is running: 3 changes to evaluate/));
    const progress = page.getByRole('progressbar', { name: /of Registered$/ });
    await seen(rowsOf(page, 'Recent replays').getByText('Done', { exact: true }), PATIENCE);
    expect(await progress.first().getAttribute('aria-valuenow')).toBe('3');
    // The replay sent each registration again, to the Sink now fixed.
    await sink.until((r) => r.filter((x) => x.body.includes('"ID-1"')).length >= 4, PATIENCE);
    await expectAccessible(page);
    await screenshot(page, 'replays-list');

    // The same again is refused, naming the way to do it anyway.
    await page.getByRole('button', { name: 'Start replay' }).click();
    await seen(page.getByText(/an identical replay \(\d+\) has completed/));

    const phone = await d.open(PHONE);
    await logIn(phone, d, '/replays');
    await seen(rowsOf(phone, 'Recent replays').getByText('Done', { exact: true }));
    await expectAccessible(phone);
    await screenshot(phone, 'replays-list-phone');
  }, 180_000);
});
