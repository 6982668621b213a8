interface Pending<In, Out> {
  item: In;
  resolve(out: Out): void;
  reject(error: unknown): void;
}

/**
 * Group commit: writes that arrive while a batch is written are made together in the next one,
 * each answered with its own result, and only once committed. One transaction per batch instead
 * of one per write is what lets many small writes approach the rate of one bulk write. When a
 * batch fails, its writes are made again one by one, so only the culprit fails.
 */
export class GroupCommit<In, Out> {
  private queue: Pending<In, Out>[] = [];
  private running: Promise<void> | null = null;

  constructor(
    /** Writes the batch atomically (one transaction, or one statement); answers one result per item, in order. */
    private readonly writeBatch: (items: In[]) => Promise<Out[]>,
  ) {}

  write(item: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves once everything queued so far is written. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain() {
    await new Promise<void>((r) => setImmediate(r)); // let the writes of this tick join
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      await this.commit(batch);
    }
    this.running = null;
  }

  private async commit(batch: Pending<In, Out>[]) {
    try {
      const outs = await this.writeBatch(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(outs[i] as Out));
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      for (const one of batch) await this.commit([one]);
    }
  }
}
