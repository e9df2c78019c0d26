/**
 * `npm run seed [file…]`: validates each dataset file (the seed when none is given) and imports it.
 * A file with errors is rejected before anything is written, listing every error with its path.
 */
import path from 'node:path';

import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase, PROJECT_DIR } from '../runtime.js';
import { importDataset } from './importer.js';
import { DatasetError, readDatasetFile } from './validate-dataset.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const files = process.argv.slice(2);
  const checked = (files.length > 0 ? files : [path.resolve(PROJECT_DIR, config.SEED_FILE)]).map((file) => ({
    file,
    dataset: readDatasetFile(file),
  }));

  const { db, close } = await openDatabase(config, logger);
  try {
    for (const { file, dataset } of checked) {
      logger.info(`Importing ${file}…`);
      const summary = await importDataset(db, dataset, logger);
      logger.info(
        `Imported ${file}: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created, ` +
          `${summary.relationshipsDeleted} relationships removed.`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
});
