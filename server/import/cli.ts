/**
 * `npm run seed [file…]`: imports each dataset file (the seed, and the reference gazetteer, when none is
 * given), then lays the network out again (server/maintenance/upkeep.ts), holding the graph's write lease
 * throughout. YAML and JSON files are validated whole before anything is written, listing every error
 * with its path; `.ndjson` files (one dataset chunk per line, as the benchmark's generator writes them)
 * go through the bulk importer, which validates the whole stream before it writes.
 */
import path from 'node:path';

import type { Logger } from 'pino';

import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { withWriteLease } from '../db/write-lease.js';
import { createLogger } from '../logger.js';
import { tendGraph } from '../maintenance/upkeep.js';
import { openDatabase, PROJECT_DIR } from '../runtime.js';
import { importChunks, readNdjsonChunks } from './bulk/index.js';
import { importDataset } from './importer.js';
import { refreshReference } from './seed.js';
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
    // Held across the imports and the layout, so the app's upkeep leaves the graph to this process.
    await withWriteLease(db, 'import', () => importAll(db, inputs, logger), { logger, wait: true });
    if (files.length === 0) {
      const seedFile = path.resolve(PROJECT_DIR, config.SEED_FILE);
      await refreshReference(db, path.resolve(PROJECT_DIR, config.REFERENCE_DIR), seedFile, logger);
    }
  } finally {
    await close();
  }
}

async function importAll(db: Database, inputs: Input[], logger: Logger): Promise<void> {
  for (const input of inputs) {
    logger.info(`Importing ${input.file}…`);
    const summary =
      'dataset' in input
        ? await importDataset(db, input.dataset, { logger })
        : await importChunks(db, () => readNdjsonChunks(input.file), { logger, file: input.file });
    logger.info(
      `Imported ${input.file}: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created, ` +
        `${summary.relationshipsDeleted} relationships removed.`,
    );
  }
  // Lays the network out again (every import changed the graph's version), and heals what an earlier
  // interrupted import left when these inputs were seed files.
  await tendGraph(db, { logger });
}

main().catch((error: unknown) => {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
});
