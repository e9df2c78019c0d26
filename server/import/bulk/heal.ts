/**
 * Finishes what an interrupted bulk import left undone, from marks its committed batches left behind:
 * new agreements whose COOPERATES_WITH edges were not written yet (:CooperationPending, set as they are
 * created) and institutions whose edges wait to be rebuilt (:CooperationStale). The pending agreements'
 * parties are marked stale, and every stale institution's edges rebuilt from the graph (cooperation.ts),
 * which gives the same edges the import would have written. Every bulk import does this before it
 * writes, and the app does it by itself when an import's process is gone (server/maintenance/).
 *
 * The caller holds the graph's write lease, so no import is still writing what this reads as left over.
 */
import type { Logger } from 'pino';

import type { Database } from '../../db/database.js';
import { bumpGraphVersion } from '../../db/graph-version.js';
import { rebuildStaleCooperation } from './cooperation.js';
import { DEFAULT_BATCH_SIZES, DEFAULT_CONCURRENCY } from './settings.js';

export interface HealOutcome {
  /** Agreements whose edges had not been written. */
  pending: number;
  /** Institutions whose edges were rebuilt. */
  rebuilt: number;
}

export async function healInterruptedImport(db: Database, logger?: Logger): Promise<HealOutcome> {
  const [marks] = await db.read('import/bulk/left-over-marks');
  const pending = (marks?.pending as number | undefined) ?? 0;
  const stale = (marks?.stale as number | undefined) ?? 0;
  if (pending === 0 && stale === 0) return { pending: 0, rebuilt: 0 };
  logger?.warn(
    `An import was interrupted: ${pending.toLocaleString('en')} agreements lack their cooperation edges ` +
      `and ${stale.toLocaleString('en')} institutions wait for theirs; deriving them now…`,
  );
  if (pending > 0) await db.runInTransactions('import/bulk/pending-to-stale');
  const rebuilt = await rebuildStaleCooperation(db, {
    batchSize: DEFAULT_BATCH_SIZES.cooperation,
    concurrency: DEFAULT_CONCURRENCY.derive,
    onBatch: (done, total) => {
      if (done === total) logger?.info(`  rebuilt the edges of ${total.toLocaleString('en')} institutions`);
    },
  });
  await bumpGraphVersion(db);
  return { pending, rebuilt: rebuilt.institutions };
}
