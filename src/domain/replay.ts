/** A replay runs until it has evaluated every change in its scope (done), unless cancelled or failed. */
export type ReplayStatus = 'running' | 'done' | 'cancelled' | 'failed';
