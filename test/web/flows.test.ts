import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Reply } from '../support/api.js';
import { CODE_MAPPING } from '../support/remote.js';
import { Sink } from '../support/sink.js';
import { DESKTOP, PHONE, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

const must = async (r: Promise<Reply>) => {
  const reply = await r;
  if (reply.status >= 300) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
};

/** What an account has before anyone opens the Flows or Tags pages: tags, an event, a connection, a mapping. */
async function seed(api: Client, sinkUrl: string) {
  await must(api.put('/v1/tags/Registered', { label: 'Registered', objects: ['registration_statuses'] }));
  await must(api.put('/v1/tags/VIP', { label: 'VIP guests', objects: ['attendee_types'] }));
  await must(api.put('/v1/tags/Diet', { objects: ['questions'] }));
  await must(api.put('/v1/events/SUMMIT', { name: 'Summit 2026' }));
  await must(api.put('/v1/events/SUMMIT/attendee-types/SPK', { name: 'Speaker' }));
  await must(api.put('/v1/events/SUMMIT/questions/diet', { name: 'Dietary needs', attributes: { text: 'Any dietary needs?', type: 'text' } }));
  await must(api.put('/v1/connections/sink', { url: sinkUrl, auth: { type: 'none' }, timeoutMs: 1000 }));
  await must(api.put('/v1/mappings/Code', CODE_MAPPING));
}

/** A browser walk on a loaded machine takes a while: patience per test, never a sleep. */
const WALK = 180_000;

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('the Tags page, the Flow List and the flow editor', () => {
  const d = useDashboard();
  const sink = new Sink();
  beforeAll(async () => {
    await sink.start();
    await seed(d.api, sink.url);
  });
  afterAll(() => sink.stop());

  it('lists the tags with their objects, adds one, and applies tags to a status, an attendee type and a question', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/tags');
    const tags = page.getByRole('region', { name: 'Account tags' });
    await seen(tags.getByRole('row', { name: /VIP.*VIP guests.*Attendee types/ }));

    await page.getByLabel('Tag name').fill('Attended');
    await group(page, 'Applies to').getByLabel('Session registration statuses').check();
    await page.getByRole('button', { name: 'Add tag' }).click();
    await seen(page.getByText("Tag 'Attended' saved."));
    await seen(tags.getByRole('row', { name: /Attended.*Session registration statuses/ }));
    expect((await d.api.get('/v1/tags/Attended')).body).toMatchObject({ label: 'Attended', objects: ['session_registration_statuses'] });
    await tags.getByRole('button', { name: 'Edit tag Attended' }).click();
    expect(await page.getByLabel('Tag name').isDisabled()).toBe(true);
    await page.getByLabel('Tag label').fill('Attended a session');
    await group(page, 'Applies to').getByLabel('Event statuses').check();
    await page.getByRole('button', { name: 'Save tag' }).click();
    await seen(tags.getByRole('row', { name: /Attended.*Attended a session.*Session registration statuses.*Event statuses/ }));

    // The standard statuses are listed on the account; "Registered" takes the Registered tag.
    await group(page, 'Tags for Registered').getByLabel('Registered').check();
    await seen(group(page, 'Tags for Registered').locator('xpath=..').getByText('Saved', { exact: true }));
    expect((await d.api.get('/v1/registration-statuses/registered')).body.tags).toEqual(['Registered']);

    // Attendee types live per event: pick the kind, then the event.
    await page.getByLabel('Object').selectOption({ label: 'Attendee types' });
    await seen(page.getByText('Choose an event to see its attendee types.'));
    await page.getByLabel('Event', { exact: true }).selectOption('SUMMIT');
    await group(page, 'Tags for Speaker').getByLabel('VIP guests').check();
    await seen(group(page, 'Tags for Speaker').locator('xpath=..').getByText('Saved', { exact: true }));
    expect((await d.api.get('/v1/events/SUMMIT/attendee-types/SPK')).body.tags).toEqual(['VIP']);

    // A question takes one tag at most: a single choice.
    await page.getByLabel('Object').selectOption({ label: 'Questions' });
    await page.getByLabel('Tag for Dietary needs').selectOption('Diet');
    await seen(page.locator('.taggable').filter({ hasText: 'Dietary needs' }).getByText('Saved', { exact: true }));
    expect((await d.api.get('/v1/events/SUMMIT/questions/diet')).body.tags).toEqual(['Diet']);

    // A tag still applied cannot be deleted: the API says where it is used.
    await tags.getByRole('button', { name: 'Delete tag VIP' }).click();
    await tags.getByRole('button', { name: "Delete 'VIP'" }).click();
    await seen(page.getByRole('alert').filter({ hasText: 'VIP' }));
    expect((await d.api.get('/v1/tags/VIP')).status).toBe(200);

    // Registration statuses: custom ones per event, the standard ones on the account.
    await page.getByLabel('Object').selectOption({ label: 'Registration statuses' });
    await seen(page.getByText('Summit 2026 has no registration statuses of its own.'));
    await page.getByLabel('Event', { exact: true }).selectOption({ label: 'Account level (standard statuses)' });
    await seen(group(page, 'Tags for Registered'));
    await expectAccessible(page);
    await screenshot(page, 'tags-page');

    const phone = await d.open(PHONE);
    await logIn(phone, d, '/tags');
    await seen(phone.getByRole('heading', { name: 'Apply tags' }));
    await seen(group(phone, 'Tags for New'));
    await expectAccessible(phone);
    await screenshot(phone, 'tags-page-phone');
  }, WALK);

  it('creates a complete flow with activate-for tags, a filter and a destination, and turns it off from the list', async () => {
    await must(d.api.put('/v1/registration-statuses/registered', { tags: ['Registered'] }));
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/flows');
    await seen(page.getByText('No flows yet.'));
    await page.getByRole('link', { name: 'Add a flow' }).first().click();
    await seen(page.getByRole('heading', { name: 'New flow' }));

    await page.getByLabel('Name', { exact: true }).fill('Slack registrations');
    await page.getByRole('switch', { name: 'Live' }).check();
    await page.getByLabel('This flow watches for').selectOption({ label: 'Registration Status Change' });
    await group(page, 'Activate for registration status tags').getByLabel('Registered').check();
    await page.getByRole('button', { name: 'Add a filter' }).click();
    await page.getByLabel('Filter 1 field').selectOption({ label: 'Event: Event Code' });
    await page.getByLabel('Filter 1 operator').selectOption('in');
    await page.getByLabel('Filter 1 values').fill('SUMMIT, EXPO');
    await page.getByRole('button', { name: 'Add a filter' }).click();
    await page.getByLabel('Filter 2 field').selectOption({ label: 'Attendee type tags' });
    await page.getByLabel('Filter 2 operator').selectOption('not_in');
    await group(page, 'Filter 2 values').getByLabel('VIP guests').check();
    await page.getByLabel('Destination 1 name').fill('Slack');
    await page.getByLabel('Destination 1 connection').selectOption('sink');
    await page.getByLabel('Destination 1 payload mapping').selectOption('Code');
    await page.getByRole('button', { name: 'Save flow' }).click();

    await seen(page.getByText('Flow saved.'));
    await seen(page.getByText('This flow is completely set up.'));
    expect(new URL(page.url()).pathname).toBe('/flows/Slack%20registrations');
    expect((await d.api.get('/v1/flows/Slack%20registrations')).body).toMatchObject({
      mode: 'live',
      active: true,
      source: 'registration_status_change',
      activateFor: { registrationStatusTags: ['Registered'] },
      filters: [
        { field: 'event.code', operator: 'in', values: ['SUMMIT', 'EXPO'] },
        { field: 'attendeeType.tags', operator: 'not_in', values: ['VIP'] },
      ],
      destinations: [{ name: 'Slack', connection: 'sink', payloadMapping: 'Code', headerMapping: null }],
      status: 'complete',
    });
    await expectAccessible(page);
    await screenshot(page, 'flows-editor');

    await page.getByRole('link', { name: '← All flows' }).click();
    const row = page.getByRole('row', { name: /Slack registrations/ });
    await seen(row.getByText('Complete'));
    await seen(row.getByText('Live'));
    await seen(row.getByText('sink'));
    const active = page.getByRole('switch', { name: 'Active: Slack registrations' });
    expect(await active.isChecked()).toBe(true);
    await active.uncheck();
    await seen(row.getByText('Inactive'));
    await page.reload();
    await seen(row.getByText('Inactive'));
    expect(await page.getByRole('switch', { name: 'Active: Slack registrations' }).isChecked()).toBe(false);
    expect((await d.api.get('/v1/flows/Slack%20registrations')).body.active).toBe(false);
    await expectAccessible(page);
  }, WALK);

  it('saves an incomplete flow with what it lacks, shows an API error at its field, and deletes a flow once confirmed', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/flows/new');
    await page.getByLabel('Name', { exact: true }).fill('Half done');
    await page.getByRole('button', { name: 'Save flow' }).click();
    await seen(page.getByText('It will not fire until it has:'));
    await seen(page.getByRole('listitem').filter({ hasText: 'a source' }));
    await seen(page.getByRole('listitem').filter({ hasText: "destination 'Destination 1': a connection" }));

    // Two destinations of one name: the API refuses, and says so at the second one's name.
    await page.getByRole('button', { name: 'Add a destination' }).click();
    await page.getByLabel('Destination 2 name').fill('Destination 1');
    await page.getByRole('button', { name: 'Save flow' }).click();
    await seen(page.getByText('The flow was not saved: see the field marked below.'));
    const name2 = page.getByLabel('Destination 2 name');
    expect(await name2.getAttribute('aria-invalid')).toBe('true');
    await seen(page.locator('.field.invalid').getByText("destination 'Destination 1' appears twice"));
    await page.getByRole('button', { name: 'Remove destination 2' }).click();

    await page.getByRole('link', { name: '← All flows' }).click();
    const row = page.getByRole('row', { name: /Half done/ });
    await seen(row.getByText('Incomplete'));
    await seen(row.getByText('Needs a source'));
    await seen(row.getByText("Needs destination 'Destination 1': a payload mapping"));
    await expectAccessible(page);
    await screenshot(page, 'flows-list');

    // A flow deleted behind the list's back: the toggle is refused, and the list says why.
    await must(d.api.put('/v1/flows/Doomed', { source: null }));
    await page.reload();
    const doomed = page.getByRole('switch', { name: 'Active: Doomed' });
    await seen(doomed);
    await must(d.api.delete('/v1/flows/Doomed'));
    // The switch flips and flips back at once; a click is all a person does.
    await doomed.click();
    await seen(page.getByText("Could not turn flow 'Doomed' off"));

    await page.getByRole('link', { name: 'Half done' }).click();
    await page.getByRole('button', { name: 'Delete flow' }).click();
    await seen(page.getByText("Delete flow 'Half done'? This cannot be undone."));
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await seen(page.getByRole('heading', { name: 'Flows' }));
    await seen(page.getByRole('row', { name: /Slack registrations/ }));
    expect(await page.getByRole('row', { name: /Half done/ }).count()).toBe(0);
    expect((await d.api.get('/v1/flows/Half%20done')).status).toBe(404);
  }, WALK);

  it('works at 390 px: the list scrolls in its frame, the editor stacks its fields', async () => {
    const page = await d.open(PHONE);
    await logIn(page, d, '/flows');
    await seen(page.getByRole('row', { name: /Slack registrations/ }));
    await expectAccessible(page);
    await screenshot(page, 'flows-list-phone');
    await page.getByRole('link', { name: 'Slack registrations' }).click();
    await seen(page.getByText('This flow is completely set up.'));
    await seen(page.getByLabel('Filter 1 values'));
    await expectAccessible(page);
    await screenshot(page, 'flows-editor-phone');
  }, WALK);
});
