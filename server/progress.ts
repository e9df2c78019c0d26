/**
 * Progress of long work (imports, layouts): to the caller's callback on every step, and to the log every
 * two seconds and at the end of each phase, counted in that phase's own unit.
 */
import type { Logger } from 'pino';

export interface Progress<Phase extends string> {
  phase: Phase;
  /** Units of the phase done so far. */
  done: number;
  /** What `done` counts towards, when known. */
  total?: number;
  elapsedMs: number;
}

export type ReportProgress<Phase extends string> = (phase: Phase, done: number, total?: number) => void;

const LOG_EVERY_MS = 2_000;

/** `units` names what each phase counts ("records written"), for the log. */
export function progressReporter<Phase extends string>(
  units: Record<Phase, string>,
  logger: Logger | undefined,
  onProgress: ((progress: Progress<Phase>) => void) | undefined,
): ReportProgress<Phase> {
  const started = Date.now();
  let logged = -Infinity;
  return (phase, done, total) => {
    const elapsedMs = Date.now() - started;
    onProgress?.({ phase, done, total, elapsedMs });
    if (!logger || (elapsedMs - logged < LOG_EVERY_MS && done !== total)) return;
    logged = elapsedMs;
    const of = total === undefined ? '' : ` / ${total.toLocaleString('en')}`;
    logger.info(
      `  ${phase}: ${done.toLocaleString('en')}${of} ${units[phase]} (${(elapsedMs / 1000).toFixed(1)} s)`,
    );
  };
}
