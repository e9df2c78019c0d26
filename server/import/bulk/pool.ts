/**
 * Runs tasks with at most `limit` of them at a time: how the bulk importer keeps both of Neo4j's cores
 * busy without queueing unbounded work (each waiting task holds a batch of rows). The first failure is
 * kept and thrown by the next `run` or by `drain`, once the tasks already started have settled.
 */
export class TaskPool {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error('TaskPool: limit must be a positive integer');
  }

  /** Starts `task` as soon as a slot is free; resolves when it has started, not when it ends. */
  async run(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    this.throwFailure();
    const running: Promise<void> = task()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  /** Waits for every task started so far. */
  async drain(): Promise<void> {
    await Promise.all(this.running);
    this.throwFailure();
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
