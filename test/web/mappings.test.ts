import { beforeAll, describe, expect, it } from 'vitest';
import { joe, seedSummit } from '../support/api.js';
import { PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';
import { SLACK_SAMPLE, addSource, field, mapAsTheGuideShows, rendered } from './support/mapping-editor.js';

describe('the Mapping editor', () => {
  const d = useDashboard();
  beforeAll(async () => {
    await seedSummit(d.api);
    const put = await d.api.put('/v1/registrations/R-1', joe('R-1', { status: 'registered', answers: { diet: 'Vegan' } }));
    expect(put.status).toBeLessThan(300);
  });

  it("parses the guide's Slack JSON, is mapped as its screenshot shows, saved, and previewed against a real registration", { timeout: 180_000 }, async () => {
    const page = await d.open();
    await logIn(page, d, '/mappings');
    await seen(page.getByText('No mappings yet.'));
    await page.getByRole('link', { name: 'New mapping' }).click();
    await page.getByLabel('Mapping name').fill('Slack');
    await page.getByLabel('Sample JSON', { exact: true }).fill(SLACK_SAMPLE);
    await page.getByRole('button', { name: 'Parse JSON' }).click();
    await seen(field(page, 'attachments › fields › value'));
    expect(await field(page, 'attachments').getByLabel('Type of attachments', { exact: true }).inputValue()).toBe('array_of_objects');

    await mapAsTheGuideShows(page);
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await seen(page.getByText('Saved: version 1.'));
    expect(new URL(page.url()).pathname).toBe('/mappings/Slack');
    const saved = (await d.api.get('/v1/mappings/Slack')).body;
    expect(saved.fields[0].fields.find((f: { name: string }) => f.name === 'pretext').value).toEqual([
      { kind: 'source', source: 'profile.firstName' },
      { kind: 'text', text: ' ' },
      { kind: 'source', source: 'profile.lastName' },
      { kind: 'text', text: ' ' },
      { kind: 'source', source: 'registration.code' },
    ]);

    await page.getByLabel('Registration', { exact: true }).selectOption('R-1');
    await page.getByRole('button', { name: 'Preview' }).click();
    await seen(page.getByLabel('Rendered payload'));
    const payload = await rendered(page);
    expect(payload).toEqual({
      attachments: [
        {
          author_name: 'Summit 2026',
          color: '#36a64f',
          pretext: 'Joe Citizen R-1',
          text: 'Question answered by Attendee',
          fields: [{ short: true, title: 'Dietary needs?', value: 'Vegan' }],
          title: expect.any(String),
        },
      ],
    });
    // What the page shows is what the API renders for the saved mapping.
    expect((await d.api.post('/v1/mappings/preview', { name: 'Slack', registrationCode: 'R-1' })).body.value).toEqual(payload);
    await expectAccessible(page);
    await screenshot(page, 'mappings-editor');

    // A required field with no value (Joe has no phone): the error shows at that field.
    await field(page, 'attachments').getByLabel('New field name in attachments', { exact: true }).fill('footer');
    await field(page, 'attachments').getByRole('button', { name: 'Add the field to attachments', exact: true }).click();
    await addSource(page, 'attachments › footer', 'Phone');
    await field(page, 'attachments › footer').getByText('Required').click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await seen(field(page, 'attachments › footer').locator('.field-errors', { hasText: '/attachments/0/footer: is required and has no value' }));
    expect(await field(page, 'attachments › author_name').locator('.field-errors').count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Back to mappings' }).click();
    await seen(page.getByRole('row', { name: /Slack/ }));
    await expectAccessible(page);
    await screenshot(page, 'mappings-list');
  });

  it('at 390 px: opens the saved mapping, and a refused save shows its problem at the fields', { timeout: 120_000 }, async () => {
    const page = await d.open(PHONE);
    await logIn(page, d, '/mappings');
    await page.getByRole('link', { name: 'Slack' }).click();
    await seen(field(page, 'attachments › pretext').getByText('Registration Code'));
    await expectAccessible(page);
    await screenshot(page, 'mappings-editor-phone');

    await page.getByLabel('New field name in the payload', { exact: true }).fill('attachments');
    await page.getByRole('button', { name: 'Add the field to the payload', exact: true }).click();
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await seen(page.getByText('Not saved: the problems are shown at their fields.'));
    const groups = page.getByRole('group', { name: 'attachments', exact: true });
    expect(await groups.count()).toBe(2);
    for (const g of await groups.all()) await seen(g.locator(':scope > .field-errors', { hasText: "/attachments: 'attachments' appears twice" }));
    expect((await d.api.get('/v1/mappings/Slack')).body.version).toBe(1);

    await page.getByRole('link', { name: 'Back to mappings' }).click();
    await seen(page.getByRole('row', { name: /Slack/ }));
    await expectAccessible(page);
    await screenshot(page, 'mappings-list-phone');
  });
});
