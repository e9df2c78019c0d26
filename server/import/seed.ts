/**
 * At start: fills an empty database with the seed data set (a database with institutions is left alone),
 * and lays the network out when the stored layout is missing or does not place every institution (a
 * database imported by other means, or an import stopped before its layout).
 */
import type { Logger } from 'pino';

import type { Database } from '../db/database.js';
import { describeLayout, layoutIsCurrent, refreshLayout } from '../layout/index.js';
import { importDataset } from './importer.js';
import { readDatasetFile } from './validate-dataset.js';

export async function seedIfEmpty(db: Database, seedFile: string, logger: Logger): Promise<void> {
  const [counts] = await db.read('api/health-counts');
  if (counts && counts.institutions === 0) {
    logger.info(`The database is empty: importing ${seedFile}…`);
    const summary = await importDataset(db, readDatasetFile(seedFile), logger);
    logger.info(
      `Seeded: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created.`,
    );
  }
  if (await layoutIsCurrent(db)) return;
  logger.info('Laying the network out…');
  logger.info(describeLayout(await refreshLayout(db, { logger })));
}
