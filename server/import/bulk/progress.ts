/** Progress of a bulk import: to the caller's callback on every step, and to the log every two seconds. */
import type { Logger } from 'pino';

export type BulkPhase = 'validate' | 'write' | 'derive';

export interface BulkProgress {
  phase: BulkPhase;
  /** Chunks read (validate), records written (write) or institutions re-derived (derive). */
  done: number;
  /** What `done` counts towards, when known. */
  total?: number;
  elapsedMs: number;
}

const UNITS: Record<BulkPhase, string> = {
  validate: 'chunks checked',
  write: 'records written',
  derive: 'institutions re-derived',
};

export type ReportProgress = (phase: BulkPhase, done: number, total?: number) => void;

export function progressReporter(
  logger: Logger | undefined,
  onProgress: ((progress: BulkProgress) => void) | undefined,
): ReportProgress {
  const started = Date.now();
  let logged = -Infinity;
  return (phase, done, total) => {
    const elapsedMs = Date.now() - started;
    onProgress?.({ phase, done, total, elapsedMs });
    if (!logger || (elapsedMs - logged < 2_000 && done !== total)) return;
    logged = elapsedMs;
    const of = total === undefined ? '' : ` / ${total.toLocaleString('en')}`;
    logger.info(
      `  ${phase}: ${done.toLocaleString('en')}${of} ${UNITS[phase]} (${(elapsedMs / 1000).toFixed(1)} s)`,
    );
  };
}
