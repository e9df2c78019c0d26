/** What a layout run reports as it goes: its phases and what each counts. */
import type { Logger } from 'pino';

import { progressReporter, type Progress, type ReportProgress } from '../progress.js';

export type LayoutPhase = 'read' | 'layout' | 'write';
export type LayoutProgress = Progress<LayoutPhase>;
export type ReportLayoutProgress = ReportProgress<LayoutPhase>;

const UNITS: Record<LayoutPhase, string> = {
  read: 'cooperation edges read',
  layout: 'ForceAtlas2 iterations',
  write: 'institutions written',
};

export const layoutProgressReporter = (
  logger: Logger | undefined,
  onProgress: ((progress: LayoutProgress) => void) | undefined,
): ReportLayoutProgress => progressReporter(UNITS, logger, onProgress);
