import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Reply } from '../support/api.js';
import { Sink, eventually } from '../support/sink.js';
import { DESKTOP, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

const must = async (r: Promise<Reply>) => {
  const reply = await r;
  if (reply.status >= 300) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
};

const RELATED = 'Touchpoint: Related Link';
const byTag = [{ kind: 'source', source: `sessionFieldByTag.${RELATED}` }];
const RELATED_LINK = {
  fields: [
    { name: 'session', type: 'string', value: [{ kind: 'source', source: 'session.code' }] },
    { name: 'url', type: 'string', value: byTag, transforms: ['first_link_url'] },
  ],
};

/** An account syncing sessions to Touchpoint, before its session field is tagged: an open event with two sessions. */
async function seed(api: Client, sinkUrl: string) {
  await must(api.put(`/v1/tags/${encodeURIComponent(RELATED)}`, { objects: ['session_custom_fields'] }));
  await must(api.put('/v1/tags/Live', { objects: ['event_statuses'] }));
  await must(api.put('/v1/event-statuses/open', { tags: ['Live'] }));
  await must(api.put('/v1/session-custom-fields/links', { name: 'Related links', attributes: { type: 'text' } }));
  await must(api.put('/v1/connections/touchpoint', { url: sinkUrl, auth: { type: 'none' }, timeoutMs: 5000 }));
  await must(api.put('/v1/mappings/Related%20link', RELATED_LINK));
  await must(api.put('/v1/events/SUMMIT', { name: 'Summit 2026', status: 'open' }));
  for (const code of ['KEYNOTE', 'PANEL']) {
    await must(api.put(`/v1/events/SUMMIT/sessions/${code}`, { name: code, customFields: { links: `<a href="https://summit.example/${code}">${code}</a>` } }));
  }
}

const WALK = 180_000;
const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('session sync in the dashboard', () => {
  const d = useDashboard();
  const touchpoint = new Sink(() => ({ status: 200, body: '{}' }));
  beforeAll(async () => {
    await touchpoint.start();
    await seed(d.api, touchpoint.url);
  });
  afterAll(() => touchpoint.stop());

  it('makes a flow on the session source, tags the session field, and reprocesses every session of the event once confirmed, with its progress', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/flows/new');
    await page.getByLabel('Name', { exact: true }).fill('Sessions to Touchpoint');
    await page.getByRole('switch', { name: 'Live' }).check();
    await page.getByLabel('This flow watches for').selectOption({ label: 'Session Create Update' });
    await seen(page.getByText("Event status tags are required (the session's event is in a status tagged so)."));
    await group(page, 'Activate for event status tags').getByLabel('Live').check();
    await page.getByLabel('Destination 1 name').fill('Touchpoint');
    await page.getByLabel('Destination 1 connection').selectOption('touchpoint');
    await page.getByLabel('Destination 1 payload mapping').selectOption('Related link');
    await page.getByRole('button', { name: 'Save flow' }).click();
    await seen(page.getByText('This flow is completely set up.'));
    expect((await d.api.get('/v1/flows/Sessions%20to%20Touchpoint')).body).toMatchObject({ source: 'session_create_update', activateFor: { eventStatusTags: ['Live'] }, status: 'complete' });

    // The tag goes on the session custom field, where tags are applied.
    await page.goto('/tags');
    await page.getByLabel('Object').selectOption({ label: 'Session custom fields' });
    await group(page, 'Tags for Related links').getByLabel(RELATED).check();
    await seen(group(page, 'Tags for Related links').locator('xpath=..').getByText('Saved', { exact: true }));
    expect((await d.api.get('/v1/session-custom-fields/links')).body.tags).toEqual([RELATED]);

    await page.goto('/replays');
    const reprocess = page.getByRole('region', { name: 'Reprocess every session', exact: true });
    await seen(reprocess.getByLabel('Session flow'));
    await reprocess.getByLabel('Sessions of event').selectOption('SUMMIT');
    await reprocess.getByRole('button', { name: 'Reprocess every session…' }).click();
    await seen(reprocess.getByText('Send every session of SUMMIT through Sessions to Touchpoint again?'));
    expect(touchpoint.received).toHaveLength(0);
    await reprocess.getByRole('button', { name: 'Yes, reprocess' }).click();
    await seen(reprocess.getByRole('progressbar', { name: 'Sessions of SUMMIT reprocessed' }));
    await seen(reprocess.getByText('2 / 2'), 30_000);
    await seen(page.getByRole('row', { name: /Sessions to Touchpoint.*Every session of SUMMIT/ }));
    await touchpoint.until((got) => got.length === 2, 30_000);
    expect(touchpoint.received.map((r) => JSON.parse(r.body)).sort((a, b) => a.session.localeCompare(b.session))).toEqual([
      { session: 'KEYNOTE', url: 'https://summit.example/KEYNOTE' },
      { session: 'PANEL', url: 'https://summit.example/PANEL' },
    ]);
    const replays = await eventually(async () => {
      const { body } = await d.api.get('/v1/replays');
      return body.replays[0]?.status === 'done' && body.replays;
    });
    expect(replays[0]).toMatchObject({ subjects: 'sessions', eventCode: 'SUMMIT', total: 2, processed: 2, triggered: 2 });
    await expectAccessible(page);
    await screenshot(page, 'replays-reprocess-sessions');
  }, WALK);
});
