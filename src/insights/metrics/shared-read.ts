/**
 * One read shared by everyone who asks while it runs. A scrape asks for the figures once per
 * metric, all in the same turn: they then share one round of queries and agree with each other
 * (a latency histogram's count is the delivered counter of the same moment). The next scrape,
 * once this read is over, reads again.
 */
export function sharedWhileRunning<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () =>
    (running ??= read().finally(() => {
      running = null;
    }));
}
