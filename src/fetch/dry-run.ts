import type { Kysely } from 'kysely';
import type { AuthorizingSender } from '../delivery/authorizing-sender.js';
import { advanceCheckpoint } from '../domain/fetch/checkpoint.js';
import type { FetchJob } from '../domain/fetch/job.js';
import { FIRST_POSITION, type Position, nextPosition } from '../domain/fetch/pagination.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { startingCheckpoint } from '../store/fetch-runs.js';
import type { Schema } from '../store/schema.js';
import { jobParts } from './job-parts.js';
import { type PreparedRecord, type RecordCheck, prepareRecords } from './records.js';
import { fetchPage, pageRequest } from './request-page.js';

export interface DryRun {
  request: { method: string; url: string };
  /** Why the page could not be read (the run would fail so), or null. */
  failure: string | null;
  records: PreparedRecord[];
  /** Where the run would go next, or (`stop`) why it would stop after this page. */
  next: Position | null;
  stop: string | null;
  checkpointBefore: string | null;
  checkpointAfter: string | null;
}

/** The job's first page, read and transformed as a run would, its records checked; nothing is written. */
export async function dryRun(d: { db: Kysely<Schema>; box: SecretBox; sender: Pick<AuthorizingSender, 'send'>; check: RecordCheck }, job: FetchJob): Promise<DryRun> {
  const checkpointBefore = startingCheckpoint(job);
  const parts = await jobParts(d.db, d.box, job);
  const empty = { records: [], next: null, stop: null, checkpointBefore, checkpointAfter: checkpointBefore };
  if (!parts.ok) return { request: { method: job.method, url: job.url }, failure: parts.reason, ...empty };
  const request = pageRequest(job, parts.connection, FIRST_POSITION, checkpointBefore);
  const auth = parts.connection.auth;
  // The request as shown keeps the connection's key out of its URL.
  const shown = new URL(request.url);
  if (auth.type === 'api_key' && auth.placement === 'query') shown.searchParams.delete(auth.name);
  const fetched = await fetchPage(d.sender, job, parts.connection, request);
  const base = { request: { method: request.method, url: shown.href } };
  if (!fetched.ok) return { ...base, failure: fetched.reason, ...empty };
  const next = nextPosition(job.pagination, FIRST_POSITION, { records: fetched.records.length, body: fetched.body, link: fetched.link, url: fetched.url }, job.maxPages);
  return {
    ...base,
    failure: null,
    records: prepareRecords(fetched.records, parts.transform, job.target, d.check),
    next: 'next' in next ? next.next : null,
    stop: 'stop' in next ? next.stop : null,
    checkpointBefore,
    checkpointAfter: advanceCheckpoint(job.checkpoint, checkpointBefore, { body: fetched.body, records: fetched.records }),
  };
}
