import { describe, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { hmacOf, postTo } from '../support/postbacks.js';
import { eventually } from '../support/sink.js';
import { PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

describe('the Postbacks page', () => {
  const d = useDashboard();

  it('creates an HMAC source, shows its URL, and lists its postbacks with their tags, headers and body; one refused is processed again once fixed', async () => {
    await seedSummit(d.api);
    expect((await d.api.put('/v1/registrations/R-1', joe('R-1'))).status).toBe(201);
    const page = await d.open();
    await logIn(page, d);
    await page.getByRole('link', { name: 'Postbacks' }).click();
    await seen(page.getByRole('heading', { name: 'Postbacks', level: 1 }));

    // A source, made as a person would: a name, HMAC with its secret, matched by registration code.
    await page.getByLabel('Name').fill('affiliate');
    await page.getByLabel('Verification').selectOption('hmac');
    await page.getByLabel('Secret').fill('first-secret');
    await page.getByLabel('Signature prefix').fill('sha256=');
    await page.getByLabel('Match key').fill('registration');
    await page.getByRole('button', { name: 'Add source' }).click();
    await seen(page.getByText('Source affiliate is ready'));
    const sources = page.getByRole('region', { name: 'Inbound sources' });
    await seen(sources.getByRole('cell', { name: 'affiliate' }));
    const url = await sources.locator('code').first().innerText();
    expect(url).toMatch(new RegExp(`^${d.url}/in/[A-Za-z0-9_-]{43}$`));

    // The publisher sends one postback signed right and one signed with a secret the source does not have yet.
    const good = JSON.stringify({ registration: 'R-1', lead: { score: 91 } });
    const wrong = JSON.stringify({ registration: 'R-1', lead: { tier: 'gold' } });
    expect((await postTo(url, good, { 'x-signature': `sha256=${hmacOf('first-secret', 'sha256', 'hex', good)}` })).status).toBe(202);
    const refused = await postTo(url, wrong, { 'x-signature': `sha256=${hmacOf('second-secret', 'sha256', 'hex', wrong)}` });
    expect(refused.status).toBe(401);

    const list = page.getByRole('list', { name: 'Postbacks, newest first' });
    await seen(list.getByText('Rejected: verification failed'));
    await seen(list.getByText('Attached'));
    const detail = page.getByRole('article');
    await seen(detail.getByRole('heading', { name: `Postback #${refused.body.id} from affiliate` }));
    expect(await detail.getByLabel('Postback body').innerText()).toBe(JSON.stringify(JSON.parse(wrong), null, 2));
    expect(await detail.getByRole('region', { name: 'Headers' }).getByRole('row', { name: /x-signature/ }).innerText()).toContain('[redacted]');
    await expectAccessible(page);
    await screenshot(page, 'postbacks');

    await list.getByRole('button', { name: /Attached/ }).click();
    await seen(detail.getByRole('rowheader', { name: 'lead.score' }));
    await seen(detail.getByRole('link', { name: 'R-1' }));

    // The source gets its second secret; the refused postback goes through on a click.
    await d.api.put('/v1/inbound-sources/affiliate', { verification: { type: 'hmac', secret: 'second-secret', algorithm: 'sha256', encoding: 'hex', header: 'X-Signature', prefix: 'sha256=' }, match: { by: 'code', path: 'registration' } });
    await list.getByRole('button', { name: /Rejected/ }).click();
    await detail.getByRole('button', { name: 'Process again' }).click();
    await eventually(async () => (await d.api.get(`/v1/postbacks/${refused.body.id}`)).body.outcome === 'attached', 20_000);
    await seen(list.getByRole('button', { name: /Attached/ }).nth(1));
    expect((await d.api.get('/v1/registrations/R-1')).body.postback).toMatchObject({ 'lead.score': '91', 'lead.tier': 'gold' });

    await page.getByLabel('Search the body').fill('gold');
    await seen(page.getByRole('heading', { name: `Postback #${refused.body.id} from affiliate` }));
    expect(await list.getByRole('button').count()).toBe(1);
  }, 120_000);

  it('works at 390 px', async () => {
    const page = await d.open(PHONE);
    await logIn(page, d, '/postbacks');
    await seen(page.getByRole('article').getByLabel('Postback body'));
    await expectAccessible(page);
    await screenshot(page, 'postbacks-phone');
  }, 60_000);
});
