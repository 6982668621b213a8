/** A replay runs until it has evaluated every change in its scope (done), unless cancelled or failed. */
export const REPLAY_STATUSES = ['running', 'done', 'cancelled', 'failed'] as const;
export type ReplayStatus = (typeof REPLAY_STATUSES)[number];

/**
 * What a replay goes over: the past changes of its window (`changes`), or every session of its
 * event, each once, as its latest change left it (`sessions`: the guide's "mass action on
 * sessions", for a tag added after the sync began).
 */
export const REPLAY_SUBJECTS = ['changes', 'sessions'] as const;
export type ReplaySubjects = (typeof REPLAY_SUBJECTS)[number];
