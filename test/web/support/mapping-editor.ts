import type { Locator, Page } from 'playwright-core';
import { SLACK_SAMPLE } from '../../support/slack-sample.js';

export { SLACK_SAMPLE };

/** A target field of the tree, by its path as the editor names it (`attachments › title`). */
export const field = (page: Page, path: string) => page.getByRole('group', { name: path, exact: true });

export async function addSource(page: Page, path: string, label: string) {
  await field(page, path).getByLabel(`Source for ${path}`, { exact: true }).selectOption({ label });
  await field(page, path).getByRole('button', { name: 'Add source' }).click();
}

export async function addText(page: Page, path: string, text: string) {
  const f = field(page, path);
  const before = await f.getByRole('textbox', { name: /^Fixed text/ }).count();
  await f.getByRole('button', { name: `Add fixed text to ${path}` }).click();
  await f.getByLabel(`Fixed text ${before + (await sourceCount(f)) + 1} of ${path}`).fill(text);
}

const sourceCount = (f: Locator) => f.locator(':scope > .tree-field-value .part.source').count();

/** The rendered payload the page shows, as JSON. */
export const rendered = async (page: Page) => JSON.parse(await page.getByLabel('Rendered payload').innerText());

/**
 * Maps the parsed Slack sample as the guide's screenshot shows: the event's name as the author, a
 * fixed colour, first and last name and the registration code as the pretext, one field per
 * answered question, and the registration's status as the title.
 */
export async function mapAsTheGuideShows(page: Page) {
  await addSource(page, 'attachments › author_name', 'Event Name');
  await addText(page, 'attachments › color', '#36a64f');
  await addSource(page, 'attachments › pretext', 'First Name');
  await addText(page, 'attachments › pretext', ' ');
  await addSource(page, 'attachments › pretext', 'Last Name');
  await addText(page, 'attachments › pretext', ' ');
  await addSource(page, 'attachments › pretext', 'Registration Code');
  await addText(page, 'attachments › text', 'Question answered by Attendee');
  await field(page, 'attachments › fields').getByLabel('Each item of (attachments › fields)').selectOption({ label: 'Each of Registration Question List' });
  await field(page, 'attachments › fields › short').getByLabel('Type of attachments › fields › short').selectOption({ label: 'Boolean' });
  await addText(page, 'attachments › fields › short', 'true');
  await addSource(page, 'attachments › fields › title', 'Registration Question List > Question Name');
  await addSource(page, 'attachments › fields › value', 'Registration Question List > Question Answer');
  await addSource(page, 'attachments › title', 'Registration Status Name');
  await field(page, 'attachments › author_name').getByText('Required').click();
}
