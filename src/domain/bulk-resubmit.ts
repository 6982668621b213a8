/**
 * A bulk resubmit: "Submit to Retry Queue" for every delivery a filter matched, as a job that
 * works through them in the background, a batch at a time (Hookdeck's bulk retry). The deliveries
 * are those the filter matched when the job was created, no others: one failing later is not swept
 * in. Each is resubmitted if it still is failed or retrying when its batch comes (one delivered in
 * the meantime counts as processed, not resubmitted).
 *
 * queued -> running -> done | cancelled | failed; a queued job can be cancelled before it starts.
 */
export const BULK_RESUBMIT_STATUSES = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;
export type BulkResubmitStatus = (typeof BULK_RESUBMIT_STATUSES)[number];

/** Still to do: the runner takes these. */
export const UNFINISHED: readonly BulkResubmitStatus[] = ['queued', 'running'];

/** Batches failing one after another before a job is given up as failed. */
export const MAX_BATCH_FAILURES = 3;

interface BulkResubmitOf<S extends BulkResubmitStatus> {
  id: number;
  accountId: number;
  status: S;
  /** The filter as asked, for people to read; the deliveries it matched were fixed at creation. */
  filter: Record<string, unknown>;
  /** How many deliveries the filter matched at creation. */
  total: number;
  /** How many of them the job has been through... */
  processed: number;
  /** ...and how many of those it put back in the queue (the others had been delivered meanwhile). */
  resubmitted: number;
  createdAt: string;
  updatedAt: string;
}

export type QueuedBulkResubmit = BulkResubmitOf<'queued'>;
export type RunningBulkResubmit = BulkResubmitOf<'running'> & { startedAt: string };
export type DoneBulkResubmit = BulkResubmitOf<'done'> & { startedAt: string; finishedAt: string };
/** Stopped by a person; `startedAt` is null when it never ran a batch. */
export type CancelledBulkResubmit = BulkResubmitOf<'cancelled'> & { startedAt: string | null; finishedAt: string };
/** Given up after its batches failed `MAX_BATCH_FAILURES` times in a row; `error` says why the last one did. */
export type FailedBulkResubmit = BulkResubmitOf<'failed'> & { startedAt: string | null; finishedAt: string; error: string };

export type BulkResubmit = QueuedBulkResubmit | RunningBulkResubmit | DoneBulkResubmit | CancelledBulkResubmit | FailedBulkResubmit;
