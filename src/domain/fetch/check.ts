import type { FetchJobInput } from './job.js';
import { cronProblem } from './schedule.js';
import { type TemplateValues, fillTemplate, unknownPlaceholders } from './template.js';

/** Values that stand in for a run's when a URL template is checked. */
const SAMPLE: TemplateValues = { checkpoint: '2026-01-01T00:00:00Z', page: '1', offset: '0', limit: '100', cursor: 'c' };

/**
 * Pure: what the schema cannot say of a job, every problem at once, each naming its field
 * (`body/pagination/limit is required for offset pagination`). The shapes were checked before.
 */
export function jobProblems(j: FetchJobInput): string[] {
  const problems: string[] = [];
  const url = (() => {
    try {
      return new URL(fillTemplate(j.url, SAMPLE, 'url'));
    } catch {
      return null;
    }
  })();
  if (!url || !['http:', 'https:'].includes(url.protocol)) problems.push('body/url must be an http or https URL');
  const templates: [string, string][] = [['body/url', j.url], ...Object.entries(j.headers).map(([k, v]): [string, string] => [`body/headers/${k}`, v]), ...(j.body !== null ? [['body/body', j.body] as [string, string]] : [])];
  for (const [field, template] of templates) {
    const unknown = unknownPlaceholders(template);
    if (unknown.length) problems.push(`${field}: {{${unknown.join('}}, {{')}}} is not a placeholder (checkpoint, page, offset, limit, cursor)`);
  }
  if (j.body !== null && j.method !== 'POST') problems.push('body/body: only a POST sends a body');
  const s = j.schedule as { every?: number; cron?: string };
  if ((s.every === undefined) === (s.cron === undefined)) problems.push('body/schedule must have exactly one of every, cron');
  const cron = s.cron === undefined ? null : cronProblem(s.cron);
  if (cron) problems.push(`body/schedule/cron: ${cron}`);
  const p = j.pagination as { type: string; first?: number; limit?: number; path?: string };
  const needs: Record<string, 'limit' | 'path' | null> = { page: null, offset: 'limit', cursor: 'path', next_link: 'path', link_header: null };
  const needed = needs[p.type];
  if (needed && p[needed] === undefined) problems.push(`body/pagination/${needed} is required for ${p.type} pagination`);
  const allowed = ['type', needed, p.type === 'page' ? 'first' : null];
  for (const k of Object.keys(p)) if (!allowed.includes(k)) problems.push(`body/pagination/${k} is not a field of ${p.type} pagination`);
  return problems;
}
