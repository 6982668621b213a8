import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../connections/target.js';
import { Sink } from '../support/sink.js';
import { PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

const PASSWORD = 'open-sesame-0123456789';
const API_KEY = 'Bearer sk_live_abcdef0123456789';

/** The secret is nowhere on the page: not in its text, its markup, nor any input's value. */
async function expectNoSecret(page: Page, secret: string) {
  expect(await page.content()).not.toContain(secret);
  expect(await page.locator('body').innerText()).not.toContain(secret);
  const values = await page.locator('input, textarea').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(values.join('\n')).not.toContain(secret);
  // The mask's tail (its last four characters) is not shown either.
  expect(await page.locator('body').innerText()).not.toContain(secret.slice(-4));
}

describe('connections in the dashboard', () => {
  const d = useDashboard();
  const sink = new Sink();
  beforeAll(() => sink.start());
  afterAll(() => sink.stop());

  it('Save & Test shows the exact refusal of a dead port, then passes against a real target, never showing the password', { timeout: 120_000 }, async () => {
    const page = await d.open();
    await logIn(page, d, '/connections');
    await seen(page.getByText('No connections yet.'));
    await page.getByRole('link', { name: 'Add a connection' }).click();
    await seen(page.getByRole('heading', { name: 'New connection' }));

    await page.getByLabel('Connection name').fill('CRM');
    await page.getByLabel('Authentication type').selectOption({ label: 'Basic Authentication' });
    await page.getByLabel('URL', { exact: true }).fill(`http://127.0.0.1:${await closedPort()}/hook`);
    await page.getByLabel('User name').fill('joe');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save & Test' }).click();

    await seen(page.getByText('Test failed: no connection'));
    expect(new URL(page.url()).pathname).toBe('/connections/CRM');
    // The page says what the API says, word for word.
    const { body } = await d.api.post('/v1/connections/CRM/test');
    expect(body.failure.kind).toBe('refused');
    await seen(page.locator('.failure-message', { hasText: body.failure.message }));
    expect(await page.locator('.failure-message').innerText()).toBe(body.failure.message);
    // Saved: the password reads "Set", and is never shown back.
    await seen(page.getByRole('button', { name: 'Replace Password' }));
    await expectNoSecret(page, PASSWORD);
    await expectAccessible(page);
    await screenshot(page, 'connections-setup');

    await page.getByLabel('URL', { exact: true }).fill(`${sink.url}/hook`);
    await page.getByRole('button', { name: 'Save & Test' }).click();
    await seen(page.getByText('Test passed.'));
    await seen(page.getByText(/The target answered 200 in \d+ ms/));
    // The stored password, kept without being typed again, is what the target received.
    expect(sink.received.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from(`joe:${PASSWORD}`).toString('base64')}`);
    await expectNoSecret(page, PASSWORD);
    await page.reload();
    await seen(page.getByRole('button', { name: 'Replace Password' }));
    await expectNoSecret(page, PASSWORD);

    // Replacement tokens: an unknown one is refused at the URL, by name; a known one and a custom header are saved.
    const urlField = page.getByLabel('URL', { exact: true });
    await urlField.fill(`${sink.url}/leads/[registration.nope]`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await seen(page.locator('.field', { has: urlField }).getByText('body/url: unknown token [registration.nope]'));
    await urlField.fill(`${sink.url}/leads/[registration.code]`);
    await page.getByLabel('Custom headers').fill('X-Lead-Email: [profile.email]\nX-Source: dashboard');
    await page.getByRole('button', { name: 'Save & Test' }).click();
    await seen(page.getByText('Test passed.'));
    // Save & Test has no registration: the tokens go as written.
    expect(sink.received.at(-1)).toMatchObject({ url: '/leads/%5Bregistration.code%5D', headers: { 'x-lead-email': '[profile.email]', 'x-source': 'dashboard' } });
    // The outcome names the request it made, so the URL can be checked before a delivery uses it.
    await seen(page.locator('.test-outcome .sent-request', { hasText: `Sent POST ${sink.url}/leads/%5Bregistration.code%5D` }));
    expect(await page.getByLabel('Custom headers').inputValue()).toBe('X-Lead-Email: [profile.email]\nX-Source: dashboard');

    await page.getByRole('link', { name: 'Back to connections' }).click();
    const row = page.getByRole('row', { name: /CRM/ });
    await seen(row);
    expect(await row.innerText()).toContain('Basic');
    await expectAccessible(page);
    await screenshot(page, 'connections-list');
  });

  it('at 390 px: an API key missing is refused at its field, then saved, tested and deleted', { timeout: 120_000 }, async () => {
    const page = await d.open(PHONE);
    await logIn(page, d, '/connections/new');
    await page.getByLabel('Connection name').fill('Slack');
    await page.getByLabel('Authentication type').selectOption({ label: 'API Key / Token' });
    await page.getByLabel('URL', { exact: true }).fill(`${sink.url}/slack`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const keyField = page.locator('.field', { has: page.getByLabel('API key / token', { exact: true }) });
    await seen(keyField.getByText('body/auth/key is required'));
    expect((await d.api.get('/v1/connections/Slack')).status).toBe(404);
    await expectAccessible(page);

    await page.getByLabel('API key / token', { exact: true }).fill(API_KEY);
    await page.getByRole('button', { name: 'Save & Test' }).click();
    await seen(page.getByText('Test passed.'));
    expect(sink.received.at(-1)).toMatchObject({ url: '/slack', headers: { authorization: API_KEY } });
    await seen(page.getByRole('button', { name: 'Replace API key / token' }));
    await expectNoSecret(page, API_KEY);
    await expectAccessible(page);
    await screenshot(page, 'connections-setup-phone');

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await seen(page.getByRole('heading', { name: 'Connections' }));
    await seen(page.getByRole('row', { name: /CRM/ }));
    expect(await page.getByRole('row', { name: /Slack/ }).count()).toBe(0);
    expect((await d.api.get('/v1/connections/Slack')).status).toBe(404);
    await expectAccessible(page);
    await screenshot(page, 'connections-list-phone');
  });
});
