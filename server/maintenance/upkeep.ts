/**
 * Brings what the graph derives from its records up to date: the COOPERATES_WITH edges an interrupted
 * import left unwritten (import/bulk/heal.ts), then the stored layout when it does not place every
 * institution or was being rewritten when its writer stopped (layout/). Runs at the app's start, after
 * the import tool, and whenever the app's maintainer sees work left (maintainer.ts).
 */
import type { Logger } from 'pino';

import type { Database } from '../db/database.js';
import { withWriteLease } from '../db/write-lease.js';
import { healInterruptedImport } from '../import/bulk/index.js';
import { describeLayout, layoutIsCurrent, refreshLayout } from '../layout/index.js';

export interface UpkeepOutcome {
  /** Agreements whose edges were derived after an interrupted import. */
  healed: number;
  /** Whether the layout was computed again. */
  laidOut: boolean;
}

export interface UpkeepOptions {
  logger?: Logger;
  /** Wait for another writer of the graph (the import tool) rather than throw `LeaseHeldError`. */
  wait?: boolean;
  /** How long without a heartbeat makes another writer dead (db/write-lease.ts). */
  leaseTtlMs?: number;
}

export function tendGraph(db: Database, options: UpkeepOptions = {}): Promise<UpkeepOutcome> {
  const { logger } = options;
  return withWriteLease(
    db,
    'healing',
    async () => {
      const { pending } = await healInterruptedImport(db, logger);
      if (await layoutIsCurrent(db)) return { healed: pending, laidOut: false };
      logger?.info('Laying the network out…');
      // Not inside `logger?.info(…)`: without a logger, optional chaining would skip the layout itself.
      const summary = await refreshLayout(db, { logger });
      logger?.info(describeLayout(summary));
      return { healed: pending, laidOut: true };
    },
    { logger, wait: options.wait, ttlMs: options.leaseTtlMs },
  );
}
