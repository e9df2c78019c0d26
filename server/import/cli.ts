/**
 * `npm run seed [file…]`: imports each dataset file (the seed when none is given), then lays the network
 * out again (server/layout/). YAML and JSON files are validated whole before anything is written, listing
 * every error with its path; `.ndjson` files (one dataset chunk per line, as the benchmark's generator
 * writes them) go through the bulk importer, which validates the whole stream before it writes.
 */
import path from 'node:path';

import { loadConfig } from '../config.js';
import { describeLayout, refreshLayout } from '../layout/index.js';
import { createLogger } from '../logger.js';
import { openDatabase, PROJECT_DIR } from '../runtime.js';
import { importChunks, readNdjsonChunks } from './bulk/index.js';
import { importDataset } from './importer.js';
import { DatasetError, readDatasetFile, type CheckedDataset } from './validate-dataset.js';

type Input = { file: string; dataset: CheckedDataset } | { file: string; ndjson: true };

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const files = process.argv.slice(2);
  const inputs: Input[] = (files.length > 0 ? files : [path.resolve(PROJECT_DIR, config.SEED_FILE)]).map(
    (file) => (file.endsWith('.ndjson') ? { file, ndjson: true } : { file, dataset: readDatasetFile(file) }),
  );

  const { db, close } = await openDatabase(config, logger);
  try {
    for (const input of inputs) {
      logger.info(`Importing ${input.file}…`);
      const summary =
        'dataset' in input
          ? await importDataset(db, input.dataset, logger)
          : await importChunks(db, () => readNdjsonChunks(input.file), { logger, file: input.file });
      logger.info(
        `Imported ${input.file}: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created, ` +
          `${summary.relationshipsDeleted} relationships removed.`,
      );
    }
    logger.info('Laying the network out…');
    logger.info(describeLayout(await refreshLayout(db, { logger })));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
});
