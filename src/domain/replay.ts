/** A replay runs until it has evaluated every change in its scope (done), unless cancelled or failed. */
export const REPLAY_STATUSES = ['running', 'done', 'cancelled', 'failed'] as const;
export type ReplayStatus = (typeof REPLAY_STATUSES)[number];
