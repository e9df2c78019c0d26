/** What a bulk import reports as it goes: its phases and what each counts. */
import type { Logger } from 'pino';

import {
  progressReporter as reporter,
  type Progress,
  type ReportProgress as Report,
} from '../../progress.js';

export type BulkPhase = 'validate' | 'write' | 'derive';
export type BulkProgress = Progress<BulkPhase>;
export type ReportProgress = Report<BulkPhase>;

const UNITS: Record<BulkPhase, string> = {
  validate: 'chunks checked',
  write: 'records written',
  derive: 'institutions re-derived',
};

export const progressReporter = (
  logger: Logger | undefined,
  onProgress: ((progress: BulkProgress) => void) | undefined,
): ReportProgress => reporter(UNITS, logger, onProgress);
