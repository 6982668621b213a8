/**
 * A run of a fetch job, in the state its row says. A run that is `running` shows its progress;
 * a process that died mid-run left it `running`, and the next holder of the job's lease resumes it
 * at its `position` (the page after the last one written).
 */
import type { Position } from './pagination.js';

export const FETCH_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type FetchRunStatus = (typeof FETCH_RUN_STATUSES)[number];

/** The first per-record errors a run keeps, so one bad import does not write a page of reasons. */
export const KEPT_RECORD_ERRORS = 20;

export interface RecordError {
  page: number;
  index: number;
  code: string;
  message: string;
}

export interface RunCounts {
  pages: number;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export const NO_COUNTS: RunCounts = { pages: 0, read: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };

interface RunCommon extends RunCounts {
  id: number;
  jobId: number;
  accountId: number;
  startedAt: string;
  checkpointBefore: string | null;
  /** The checkpoint as the pages written so far advance it. */
  checkpointAfter: string | null;
  errors: RecordError[];
}

export type FetchRun =
  | (RunCommon & { status: 'running'; position: Position })
  | (RunCommon & { status: 'succeeded'; finishedAt: string; stop: string })
  | (RunCommon & { status: 'failed'; finishedAt: string; reason: string });

/** A page's outcome added to the run's counts, keeping the first errors only. */
export function addPage(counts: RunCounts & { errors: RecordError[] }, page: RunCounts & { errors: RecordError[] }) {
  const sum = (k: keyof RunCounts) => counts[k] + page[k];
  return {
    pages: sum('pages'),
    read: sum('read'),
    created: sum('created'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    failed: sum('failed'),
    errors: [...counts.errors, ...page.errors].slice(0, KEPT_RECORD_ERRORS),
  };
}
