/**
 * What tells the workers there is work, the one way to wake them: new changes were queued,
 * deliveries were queued or resubmitted, a replay, a bulk resubmit or a fetch job's run was asked for, a postback accepted. The runtime
 * wakes this process's workers and signals those of other processes sharing the database.
 */
export interface Wake {
  changes(): void;
  deliveries(): void;
  replays(): void;
  bulkResubmits(): void;
  /** A postback was accepted. */
  postbacks(): void;
  /** Registrations were written (their changes perhaps evaluated at once, so `changes` was not told): one may be what a held postback waits for. */
  registrationsWritten(): void;
  fetches(): void;
}

export const NOBODY: Wake = { changes() {}, deliveries() {}, replays() {}, bulkResubmits() {}, postbacks() {}, registrationsWritten() {}, fetches() {} };
