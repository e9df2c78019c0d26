/** Progress of a layout run: to the caller's callback on every step, and to the log every two seconds. */
import type { Logger } from 'pino';

export type LayoutPhase = 'read' | 'layout' | 'write';

export interface LayoutProgress {
  phase: LayoutPhase;
  /** Edges read (read), iterations run (layout) or institutions written (write). */
  done: number;
  /** What `done` counts towards, when known. */
  total?: number;
  elapsedMs: number;
}

const UNITS: Record<LayoutPhase, string> = {
  read: 'cooperation edges read',
  layout: 'ForceAtlas2 iterations',
  write: 'institutions written',
};

export type ReportLayoutProgress = (phase: LayoutPhase, done: number, total?: number) => void;

export function layoutProgressReporter(
  logger: Logger | undefined,
  onProgress: ((progress: LayoutProgress) => void) | undefined,
): ReportLayoutProgress {
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
