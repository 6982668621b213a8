import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSummit } from '../support/api.js';
import { PagedSource, registrationJob, sourceRecords } from '../support/paged-source.js';
import { eventually } from '../support/sink.js';
import { DESKTOP, expectAccessible, logIn, screenshot, seen, useDashboard } from './support/dashboard.js';

/** A browser test waits this long for what the background workers do, on a loaded machine. */
const PATIENCE = 30_000;
const rowsOf = (page: Page, caption: string) => page.getByRole('region', { name: caption }).locator('tbody tr');

describe('the API Fetch page', () => {
  const d = useDashboard();
  const source = new PagedSource(sourceRecords(5), 2);
  let id = 0;

  beforeAll(async () => {
    await source.start();
    await seedSummit(d.api);
    await d.api.put('/v1/connections/source', { url: source.url, auth: { type: 'none' } });
    id = (await d.api.post('/v1/fetch-jobs', registrationJob(source, 'page', { name: 'CRM import' }))).body.id;
    await eventually(async () => (await d.api.get(`/v1/fetch-jobs/${id}/runs`)).body.runs[0]?.status === 'succeeded', PATIENCE);
  }, 90_000);
  afterAll(() => source.stop());

  it('lists the jobs with their state and their runs, and runs, pauses and resumes a job', async () => {
    const page = await d.open(DESKTOP);
    await logIn(page, d, '/');
    await page.getByRole('link', { name: 'API Fetch' }).click();
    await seen(page.getByRole('heading', { name: 'API Fetch' }));
    await seen(rowsOf(page, 'Fetch jobs').filter({ hasText: 'CRM import' }));
    await seen(rowsOf(page, 'Runs of CRM import').filter({ hasText: 'Succeeded' }));
    expect(await rowsOf(page, 'Runs of CRM import').first().textContent()).toContain('Stopped: empty page');
    await expectAccessible(page);
    await screenshot(page, 'fetch-jobs');

    await page.getByRole('button', { name: 'Pause CRM import' }).click();
    await seen(rowsOf(page, 'Fetch jobs').filter({ hasText: 'Paused' }));
    expect((await d.api.get(`/v1/fetch-jobs/${id}`)).body.state).toBe('paused');
    await page.getByRole('button', { name: 'Resume CRM import' }).click();
    await seen(page.getByRole('button', { name: 'Run now CRM import' }));
    await page.getByRole('button', { name: 'Run now CRM import' }).click();
    await eventually(async () => (await d.api.get(`/v1/fetch-jobs/${id}/runs`)).body.runs.length === 2, PATIENCE);
    await page.getByRole('button', { name: 'Show the runs of CRM import' }).click();
    await eventually(async () => (await rowsOf(page, 'Runs of CRM import').count()) === 2, PATIENCE);
  }, 90_000);
});
