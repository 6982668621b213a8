/**
 * A fetch job (the guide's "API Fetch"): Hookflow pulls records from a REST endpoint on a schedule,
 * a page at a time, and upserts them as if they had been written through the API.
 *
 * Glossary:
 * - page: one request and its answer; its records are written in one transaction with the run's progress.
 * - position: where the next request of a run points (page number, offset, cursor, or a next link).
 * - checkpoint: the value an incremental pull starts from (`{{checkpoint}}`), advanced by a successful run.
 * - run: one pass over the pages, from the first request to a stop rule (see `pagination.ts`).
 * - lease: a process's hold on a job while it runs it; past it another process may take the job over.
 *
 * Pure: no I/O.
 */
export const FETCH_TARGETS = ['registrations', 'profiles', 'events'] as const;
export type FetchTarget = (typeof FETCH_TARGETS)[number];

export const FETCH_STATES = ['active', 'paused'] as const;
export type FetchState = (typeof FETCH_STATES)[number];

export const FETCH_METHODS = ['GET', 'POST'] as const;

/** An interval in seconds, or a cron expression (five or six fields, UTC). */
export type Schedule = { every: number } | { cron: string };

/**
 * How a run goes from one page to the next; each ends where its source says there is no more:
 * - page: `{{page}}` counts from `first`;
 * - offset: `{{offset}}` steps by `limit` (`{{limit}}`);
 * - cursor: `{{cursor}}` is the value at `path` in the previous page's body;
 * - next_link: the next request is the URL at `path` in the previous page's body;
 * - link_header: the next request is the `Link` header's `rel="next"` (RFC 8288).
 */
export type Pagination =
  | { type: 'page'; first: number }
  | { type: 'offset'; limit: number }
  | { type: 'cursor'; path: string }
  | { type: 'next_link'; path: string }
  | { type: 'link_header' };
export const PAGINATION_TYPES = ['page', 'offset', 'cursor', 'next_link', 'link_header'] as const;

/**
 * An incremental pull: the first run starts from `initial`; a successful run moves the checkpoint
 * to the greatest value at `path` among its records (`records`), or to the value at `path` in its
 * last page's body that has one (`body`).
 */
export interface CheckpointRule {
  initial: string;
  from: 'records' | 'body';
  path: string;
}

/** What a job says to do, as created or replaced through the API. */
export interface FetchJobInput {
  name: string;
  /** The connection whose authentication (and redirect rule) the requests use. */
  connection: string;
  url: string;
  method: (typeof FETCH_METHODS)[number];
  headers: Record<string, string>;
  /** A POST's body template; null for none. */
  body: string | null;
  schedule: Schedule;
  timeoutMs: number;
  maxPages: number;
  /** Requests per minute at most; null for no limit. */
  rateLimit: number | null;
  pagination: Pagination;
  /** Where the page's records (a list) are in its body: a dotted path, '' for the body itself. */
  recordsPath: string;
  /** A Jolt spec applied to each record before it is written; null to write records as they come. */
  transform: unknown;
  target: FetchTarget;
  checkpoint: CheckpointRule | null;
  state: FetchState;
}

export interface FetchJob extends FetchJobInput {
  id: number;
  accountId: number;
  /** The checkpoint the next run starts from (the rule's initial value until a run succeeds). */
  checkpointValue: string | null;
  nextRunAt: string;
  /** Failed runs in a row (reset by a success): they set the backoff and open the alert. */
  failures: number;
  lastRunId: number | null;
  createdAt: string;
  updatedAt: string;
}
