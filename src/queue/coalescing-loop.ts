import type { Logger } from 'pino';

/**
 * Runs a pass of work when asked, never two at once: asked while a pass runs, it runs one more
 * after it (bursts of wake-ups coalesce into one), and on a timer, for work that nothing
 * announces. A failed pass is logged, and the next ask or tick tries again. Stopping waits for the pass
 * in progress. The change processor, the replay runner and the delivery worker each run one.
 */
export class CoalescingLoop {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly options: { every: number; failed: string; log?: Pick<Logger, 'error'> },
  ) {}

  start() {
    this.stopped = false;
    this.timer = setInterval(() => this.ask(), this.options.every);
    this.ask();
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  get isStopped() {
    return this.stopped;
  }

  /** Whether another pass was asked for during this one. */
  get asked() {
    return this.again;
  }

  /** Asks for a pass; the promise settles once a pass begun after the ask has ended, or one failed (at once when stopped). */
  ask(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop() {
    do {
      this.again = false;
      try {
        await this.pass();
      } catch (error) {
        // Not again at once: a store that is down is tried at the next ask or tick.
        this.options.log?.error({ err: error }, this.options.failed);
        return;
      }
    } while (this.again && !this.stopped);
  }
}

/**
 * Something that does its work in passes of a coalescing loop (the replay runner, bulk resubmits,
 * the alert monitor, the notification sender): started, stopped, asked for a pass now.
 */
export abstract class LoopRunner {
  protected readonly loop: CoalescingLoop;

  constructor(options: { every: number; failed: string; log?: Pick<Logger, 'error'> | undefined }) {
    this.loop = new CoalescingLoop(() => this.pass(), options);
  }

  /** One pass of the work. */
  protected abstract pass(): Promise<void>;

  start() {
    this.loop.start();
  }

  stop() {
    return this.loop.stop();
  }

  /** Work is waiting (or may be): a pass now. Settles once it is done. */
  tick(): Promise<void> {
    return this.loop.ask();
  }
}
