import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ALERTS } from '../../src/config.js';
import { joe, seedSummit } from '../support/api.js';
import { closedPort } from '../connections/target.js';
import { Sink, eventually } from '../support/sink.js';
import { DESKTOP, PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';
import { SLACK_SAMPLE, field, mapAsTheGuideShows, rendered } from './support/mapping-editor.js';

/** What the background workers do takes its time on a loaded machine: waited for, never timed. */
const PATIENCE = 30_000;

/**
 * The path, walked as a newcomer does, in one browser on one real server: log in; set up a
 * connection with Save & Test, failing then passing; map the guide's Slack JSON and preview it;
 * make a flow; a registration made through the API is Delivered with the payload the target
 * received; the target fails, the next one is Retrying and an alert opens; fixed, Submit to Retry
 * Queue delivers it. The retry schedule is stretched tenfold, so no automatic retry comes in
 * between; alerts are judged twice a second.
 */
describe("a newcomer's path through the dashboard", () => {
  const d = useDashboard({ config: { retryScale: 10, alerts: { ...DEFAULT_ALERTS, every: 500, minFailing: 1 } } });
  let failing = false;
  const slack = new Sink(() => (failing ? { status: 503, body: 'slack is down' } : { status: 200, body: 'ok' }));
  const sentFor = (code: string) => slack.received.filter((r) => r.body.includes(code));

  beforeAll(async () => {
    await slack.start();
    await seedSummit(d.api);
    // A registration to preview the mapping against (invited: no flow sends it).
    await d.api.put('/v1/registrations/R-0', joe('R-0', { answers: { diet: 'Vegan' } }));
  });
  afterAll(() => slack.stop());

  it('sets up a connection, a mapping and a flow, sees a delivery, a failure, its alert, and its recovery', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d);

    await connectSlack(page, `http://127.0.0.1:${await closedPort()}/hook`, `${slack.url}/hook`);
    await mapSlack(page);
    await addFlow(page);

    await d.api.put('/v1/registrations/R-1', joe('R-1', { status: 'registered', answers: { diet: 'Vegan' } }));
    const [sent] = await eventually(async () => sentFor('R-1').length > 0 && sentFor('R-1'), PATIENCE);
    await openDelivery(page, 'R-1', 'Delivered');
    const payload = JSON.parse((await page.getByLabel('Payload as sent').textContent()) ?? '');
    expect(payload).toEqual(JSON.parse(sent!.body));
    expect(payload.attachments[0]).toMatchObject({ author_name: 'Summit 2026', pretext: 'Joe Citizen R-1', fields: [{ short: true, title: 'Dietary needs?', value: 'Vegan' }] });
    await expectAccessible(page);

    failing = true;
    await d.api.put('/v1/registrations/R-2', joe('R-2', { status: 'registered' }));
    await openDelivery(page, 'R-2', 'Retrying');
    await seen(page.getByText('The target answered HTTP 503.'));
    await page.getByRole('link', { name: 'Alerts' }).click();
    // One failing after one delivered: a spike against a quiet baseline.
    await seen(page.getByRole('heading', { name: /^Failures to 'Slack' spiked: 1 of 2 deliveries/ }), PATIENCE);
    await expectAccessible(page);
    await screenshot(page, 'journey-alert');

    failing = false;
    await page.getByRole('link', { name: 'Retry Queue' }).click();
    await page.getByRole('button', { name: /^Details of delivery/ }).first().click();
    const detail = page.getByRole('region', { name: /^Delivery #/ });
    await detail.getByRole('button', { name: 'Submit to Retry Queue' }).click();
    await seen(detail.getByText('Delivered', { exact: true }), PATIENCE);
    expect(sentFor('R-2')).toHaveLength(2);
    await openDelivery(page, 'R-2', 'Delivered');
  }, 300_000);

  it('shows every page of the menu at 1280 and 390 px with no serious accessibility problem', async () => {
    for (const size of [DESKTOP, PHONE]) {
      const page = await d.open(size);
      await logIn(page, d);
      for (const { label, path } of await menu(page)) {
        await page.goto(path);
        await seen(page.getByRole('heading', { level: 1 }));
        await page.waitForFunction(() => !document.body.innerText.includes('Loading…'));
        await expectAccessible(page);
        await screenshot(page, `journey-${path.slice(1)}${size === PHONE ? '-phone' : ''}`);
        expect(await page.title(), label).toContain('Hookflow');
      }
    }
  }, 300_000);

  /** Connection Setup: Save & Test against a port nobody listens on, then against the target. */
  async function connectSlack(page: Page, deadUrl: string, url: string) {
    await page.getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('link', { name: 'Add a connection' }).click();
    await page.getByLabel('Connection name').fill('Slack');
    await page.getByLabel('URL', { exact: true }).fill(deadUrl);
    await page.getByRole('button', { name: 'Save & Test' }).click();
    await seen(page.getByText('Test failed: no connection'));
    await page.getByLabel('URL', { exact: true }).fill(url);
    await page.getByRole('button', { name: 'Save & Test' }).click();
    await seen(page.getByText('Test passed.'));
  }

  /** The Mapping editor: the guide's sample parsed, mapped as its screenshot shows, previewed. */
  async function mapSlack(page: Page) {
    await page.getByRole('link', { name: 'Mappings' }).click();
    await page.getByRole('link', { name: 'New mapping' }).click();
    await page.getByLabel('Mapping name').fill('Slack');
    await page.getByLabel('Sample JSON', { exact: true }).fill(SLACK_SAMPLE);
    await page.getByRole('button', { name: 'Parse JSON' }).click();
    await seen(field(page, 'attachments › fields › value'));
    await mapAsTheGuideShows(page);
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await seen(page.getByText('Saved: version 1.'));
    await page.getByLabel('Registration', { exact: true }).selectOption('R-0');
    await page.getByRole('button', { name: 'Preview' }).click();
    await seen(page.getByLabel('Rendered payload'));
    expect((await rendered(page)).attachments[0]).toMatchObject({ author_name: 'Summit 2026', pretext: 'Joe Citizen R-0', color: '#36a64f' });
  }

  /** A live flow: registrations reaching a Registered status, to Slack with the guide's mapping. */
  async function addFlow(page: Page) {
    await page.getByRole('link', { name: 'Flows' }).click();
    await page.getByRole('link', { name: 'Add a flow' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill('Registered to Slack');
    await page.getByRole('switch', { name: 'Live' }).check();
    await page.getByLabel('This flow watches for').selectOption({ label: 'Registration Status Change' });
    await page.getByRole('group', { name: 'Activate for registration status tags', exact: true }).getByLabel('Registered').check();
    await page.getByLabel('Destination 1 name').fill('Slack');
    await page.getByLabel('Destination 1 connection').selectOption('Slack');
    await page.getByLabel('Destination 1 payload mapping').selectOption('Slack');
    await page.getByRole('button', { name: 'Save flow' }).click();
    await seen(page.getByText('This flow is completely set up.'));
  }

  /** The History, narrowed to one registration and live, until its delivery shows `status`; then its detail. */
  async function openDelivery(page: Page, code: string, status: string) {
    await page.goto(`/history?registrationCode=${code}&live=1`);
    const row = page.getByRole('row').filter({ hasText: code });
    await seen(row.getByText(status), PATIENCE);
    await row.getByRole('link').first().click();
    await seen(page.getByRole('heading', { name: /^Delivery \d+$/ }));
  }
});

/** The menu's pages, as the dashboard lists them. */
async function menu(page: Page) {
  // The menu folds away on a phone: its links are read whether it is open or not.
  const links = page.locator('#main-nav a');
  const found = await links.evaluateAll((as) => as.map((a) => ({ label: a.textContent ?? '', path: new URL((a as HTMLAnchorElement).href).pathname })));
  expect(found.length).toBeGreaterThan(8);
  return found;
}
