/**
 * At start: fills an empty database with the seed data set (a database with institutions is left alone),
 * then brings what the graph derives up to date (server/maintenance/upkeep.ts): a layout that is missing
 * or does not fit the graph (a database imported by other means, an import stopped before its layout),
 * the edges of an interrupted import. While another process writes the graph (the import tool), both
 * are left to it and to the app's maintainer, so the app does not wait for it to start.
 */
import { existsSync } from 'node:fs';

import type { Logger } from 'pino';

import type { Database } from '../db/database.js';
import { describeHolder, LeaseHeldError, withWriteLease } from '../db/write-lease.js';
import { tendGraph } from '../maintenance/upkeep.js';
import { importDataset } from './importer.js';
import { readProjectReference, referenceRecords, storeReference } from './reference.js';
import { readDatasetFile } from './validate-dataset.js';

export async function seedIfEmpty(db: Database, seedFile: string, logger: Logger): Promise<void> {
  try {
    await withWriteLease(
      db,
      'seed',
      async () => {
        const [counts] = await db.read('api/health-counts');
        if (counts && counts.institutions === 0) {
          logger.info(`The database is empty: importing ${seedFile}…`);
          const summary = await importDataset(db, readDatasetFile(seedFile), { logger });
          logger.info(
            `Seeded: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created.`,
          );
        }
        await tendGraph(db, { logger });
      },
      { logger },
    );
  } catch (error) {
    if (!(error instanceof LeaseHeldError)) throw error;
    logger.info(`Not seeding or laying out now: ${describeHolder(error.holder)} is writing the graph.`);
  }
}

/**
 * Stores the reference gazetteer as its files hold it (server/import/reference.ts), checked against the
 * seed's institutions, which its entries may name as parents. A missing folder leaves it as it is.
 */
export async function refreshReference(
  db: Database,
  folder: string,
  seedFile: string,
  logger: Logger,
): Promise<void> {
  if (!existsSync(folder)) {
    logger.info(
      `No reference gazetteer at ${folder}: search and extraction know the graph's institutions only.`,
    );
    return;
  }
  await storeReference(db, referenceRecords(readProjectReference(folder, seedFile)), logger);
}
