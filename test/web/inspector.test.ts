import { describe, expect, it } from 'vitest';
import { RequestInspector } from '../../src/inspector/request-inspector.js';
import { joe, seedSummit } from '../support/api.js';
import { setUpStatusFlow } from '../support/remote.js';
import { eventually } from '../support/sink.js';
import { PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

describe('the Inspector page', () => {
  const inspector = new RequestInspector();
  const d = useDashboard({ inspector });
  const received = (count: number) => eventually(async () => (await d.api.get('/v1/inspector/requests')).body.requests.length >= count, 20_000);
  const register = async (code: string) => expect((await d.api.put(`/v1/registrations/${code}`, joe(code, { status: 'registered' }))).status).toBe(201);

  it('lists what the built-in target received, newest first, with headers, body and the status it answered; refreshing on its own', async () => {
    // A real flow delivering to the inspector over HTTP, once answered and once failing on purpose.
    const [account] = await d.runtime.database.db.selectFrom('accounts').select('id').execute();
    inspector.open('sink', account?.id as number);
    await seedSummit(d.api);
    await setUpStatusFlow(d.api, `${d.url}/inspector/sink`);
    await register('R-1');
    await received(1);
    inspector.setFailing('sink', true);
    await register('R-2');
    await received(2);

    const page = await d.open();
    await logIn(page, d);
    await page.getByRole('link', { name: 'Inspector' }).click();
    await seen(page.getByRole('heading', { name: 'Inspector' }));
    const list = page.getByRole('list', { name: 'Requests received, newest first' });
    await seen(list.getByRole('button').first());
    expect(await list.getByRole('button').allInnerTexts()).toEqual([expect.stringMatching(/^503\s+POST\s+sink/), expect.stringMatching(/^200\s+POST\s+sink/)]);
    // The newest is shown in full: its answer, its signature headers, its payload as text.
    const detail = page.getByRole('article');
    await seen(detail.getByRole('heading', { name: 'POST /inspector/sink' }));
    await seen(detail.getByText('503 failing on purpose'));
    await seen(detail.getByRole('rowheader', { name: 'webhook-signature' }));
    expect(await detail.getByLabel('Request body').innerText()).toBe(JSON.stringify({ registration: 'R-2' }, null, 2));

    await list.getByRole('button').nth(1).click();
    await seen(detail.getByText('200 OK'));
    expect(await detail.getByLabel('Request body').innerText()).toContain('"R-1"');
    await page.getByLabel('Connection').selectOption('sink');
    await expectAccessible(page);
    await screenshot(page, 'inspector-requests');

    // A new request shows without a reload.
    inspector.setFailing('sink', false);
    await register('R-3');
    await seen(list.getByRole('button').nth(2));
    expect(await list.getByRole('button').first().innerText()).toMatch(/^200/);
  }, 120_000);

  it('works at 390 px: the list above the chosen request', async () => {
    const page = await d.open(PHONE);
    await logIn(page, d, '/inspector');
    await seen(page.getByRole('heading', { name: 'Inspector' }));
    await seen(page.getByRole('article').getByLabel('Request body'));
    await expectAccessible(page);
    await screenshot(page, 'inspector-requests-phone');
  }, 60_000);
});
