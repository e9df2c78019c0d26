/**
 * Refusals are the expected answer while the database is busy or away, thousands a second under a
 * retry storm. Logged one by one, with a stack each, they wrote 25 MB in 30 s and took event-loop time
 * the admitted requests needed. So the first refusal of a kind is logged at once, with its cause, and the
 * ones that follow within the interval are counted and logged as one line when it ends (the same message
 * with " (repeated)", so that log searches group them, and the count as a field).
 */
import type { Logger } from 'pino';

interface Pending {
  logger: Logger;
  count: number;
  /** The newest refusal's reason: the state the summary ends in. */
  reason: string;
  timer: NodeJS.Timeout;
}

export class RefusalLog {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly intervalMs = 5_000) {}

  /** A request refused with `message` (the log line's text) because of `error`. */
  refused(logger: Logger, message: string, error: Error): void {
    const current = this.pending.get(message);
    if (current) {
      current.count += 1;
      current.reason = error.message;
      return;
    }
    logger.warn({ err: error }, message);
    const timer = setTimeout(() => this.flush(message), this.intervalMs);
    // A summary due is no reason to keep the process alive at shutdown.
    timer.unref();
    this.pending.set(message, { logger, count: 0, reason: error.message, timer });
  }

  private flush(message: string): void {
    const current = this.pending.get(message);
    this.pending.delete(message);
    if (!current || current.count === 0) return;
    current.logger.warn(
      { refused: current.count, seconds: this.intervalMs / 1000, lastReason: current.reason },
      `${message} (repeated)`,
    );
  }
}
