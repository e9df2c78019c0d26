/**
 * Admission control in front of the driver's connection pool: at most `running` reads hold a connection
 * at once, at most `queued` wait for one, and none waits longer than `waitMs`. A read that cannot be
 * admitted fails with `OverloadedError` at once (queue full) or at its deadline, which the API answers as
 * 503 with Retry-After — never the driver's own acquisition timeout, which used to surface as a 500.
 * First come, first served; a request that gives up (its client went away) leaves the queue.
 */

export interface AdmissionLimits {
  /** Reads holding a connection at once. */
  running: number;
  /** Reads waiting for one. */
  queued: number;
  /** Longest wait in the queue, in milliseconds. */
  waitMs: number;
}

/** The database is busy: the request was not started, and may simply be sent again later. */
export class OverloadedError extends Error {
  override name = 'OverloadedError';

  constructor(
    message: string,
    /** Seconds after which asking again is likely to be admitted. */
    readonly retryAfterSeconds: number,
    /** The setting whose bound was hit, for the problem's detail. */
    readonly limit: string,
  ) {
    super(message);
  }
}

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

export class Admission {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly limits: AdmissionLimits,
    /** Names the settings in refusals: `NEO4J_MAX_RUNNING_READS` and so on. */
    private readonly names: { running: string; queued: string; waitMs: string } = {
      running: 'NEO4J_MAX_RUNNING_READS',
      queued: 'NEO4J_READ_QUEUE',
      waitMs: 'NEO4J_READ_QUEUE_TIMEOUT_MS',
    },
  ) {}

  /** Runs `work` once admitted; the slot is released when it settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  private acquire(): Promise<void> {
    if (this.active < this.limits.running && this.waiting.length === 0) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queued) {
      return Promise.reject(
        new OverloadedError(
          `${this.active} reads are running and ${this.waiting.length} waiting, the limit ` +
            `(${this.names.running}, ${this.names.queued}); try again shortly.`,
          1,
          this.names.queued,
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          this.active += 1;
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(waiter);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(
            new OverloadedError(
              `No database connection became free within ${this.limits.waitMs} ms ` +
                `(${this.names.waitMs}); try again shortly.`,
              Math.max(1, Math.ceil(this.limits.waitMs / 1000)),
              this.names.waitMs,
            ),
          );
        }, this.limits.waitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.active -= 1;
    const next = this.waiting.shift();
    if (next !== undefined) next.admit();
  }
}
