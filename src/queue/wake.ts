/**
 * What tells the workers there is work, the one way to wake them: new changes were queued,
 * deliveries were queued or resubmitted, a replay, a bulk resubmit or a fetch job's run was asked for. The runtime
 * wakes this process's workers and signals those of other processes sharing the database.
 */
export interface Wake {
  changes(): void;
  deliveries(): void;
  replays(): void;
  bulkResubmits(): void;
  fetches(): void;
}

export const NOBODY: Wake = { changes() {}, deliveries() {}, replays() {}, bulkResubmits() {}, fetches() {} };
