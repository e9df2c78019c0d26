/**
 * Admission control in front of the driver's connection pool: at most `running` reads hold a connection
 * at once, at most `queued` wait for one, and none waits longer than `waitMs`. A read that cannot be
 * admitted fails with `OverloadedError` at once (queue full) or at its deadline, which the API answers as
 * 503 with Retry-After — never the driver's own acquisition timeout, which used to surface as a 500.
 * First come, first served.
 *
 * A read is also refused at once when the reads queued before it would take the running ones longer than
 * `waitMs` to serve (from the mean time of recent reads): under sustained overload it would only wait out
 * its deadline and then be refused, holding its client for nothing, so the refusal comes first.
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

/** Weight of the newest read in the mean service time. */
const MEAN_WEIGHT = 0.1;

export class Admission {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  /** Mean time of recent reads, in ms; null before the first. */
  private meanMs: number | null = null;

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
    const started = performance.now();
    try {
      return await work();
    } finally {
      const took = performance.now() - started;
      this.meanMs = this.meanMs === null ? took : this.meanMs + MEAN_WEIGHT * (took - this.meanMs);
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
    const expectedMs = this.expectedWaitMs();
    if (expectedMs > this.limits.waitMs) {
      return Promise.reject(
        new OverloadedError(
          `${this.waiting.length} reads are waiting, which the running ones take about ` +
            `${Math.round(expectedMs)} ms to serve, more than ${this.names.waitMs}; try again shortly.`,
          Math.max(1, Math.ceil(expectedMs / 1000)),
          this.names.waitMs,
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

  /**
   * How long a read queued now would wait at the least, were the reads ahead of it as long as recent
   * ones: the rounds of `running` reads that must pass before its turn, counting the running ones as
   * about to finish (one of them may be), so a short queue is never refused early.
   */
  private expectedWaitMs(): number {
    if (this.meanMs === null) return 0;
    return Math.floor(this.waiting.length / this.limits.running) * this.meanMs;
  }

  private release(): void {
    this.active -= 1;
    const next = this.waiting.shift();
    if (next !== undefined) next.admit();
  }
}
