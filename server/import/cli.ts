/**
 * `npm run seed [file…]`: imports each dataset file (the seed, and the reference gazetteer, when none is
 * given), then lays the network out again (server/maintenance/upkeep.ts), holding the graph's write lease
 * throughout. YAML and JSON files are validated whole before anything is written, listing every error
 * with its path; `.ndjson` files (one dataset chunk per line, as the benchmark's generator writes them)
 * go through the bulk importer, which validates the whole stream before it writes.
 *
 * `npm run seed -- FILE.ndjson --offline` loads an empty store through Neo4j's offline importer
 * (offline/index.ts), many times faster; where it cannot (a Neo4j this process does not run, a store that
 * already holds a network), it says why and stops, or falls back to the bulk importer.
 */
import path from 'node:path';

import type { Logger } from 'pino';

import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { withWriteLease } from '../db/write-lease.js';
import { createLogger } from '../logger.js';
import { tendGraph } from '../maintenance/upkeep.js';
import type { LocalNeo4j } from '../neo4j/local-server.js';
import { openDatabase, PROJECT_DIR } from '../runtime.js';
import { importChunks, readNdjsonChunks } from './bulk/index.js';
import { importDataset } from './importer.js';
import { describeLayout } from '../layout/index.js';
import { importOffline, OfflineImportRefused } from './offline/index.js';
import { refreshReference } from './seed.js';
import { DatasetError, readDatasetFile, type CheckedDataset } from './validate-dataset.js';

type Input = { file: string; dataset: CheckedDataset } | { file: string; ndjson: true };

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const args = process.argv.slice(2);
  const offline = args.includes('--offline');
  const files = args.filter((arg) => arg !== '--offline');
  if (offline && (files.length !== 1 || !files[0]!.endsWith('.ndjson'))) {
    throw new UsageError(
      '--offline loads one .ndjson file into an empty store: npm run seed -- FILE.ndjson --offline',
    );
  }
  const inputs: Input[] = (files.length > 0 ? files : [path.resolve(PROJECT_DIR, config.SEED_FILE)]).map(
    (file) => (file.endsWith('.ndjson') ? { file, ndjson: true } : { file, dataset: readDatasetFile(file) }),
  );

  const { db, close, local } = await openDatabase(config, logger);
  try {
    if (offline) {
      if (local) return await loadOffline(local, db, files[0]!, logger);
      logger.warn(
        config.NEO4J_URI
          ? `The offline importer writes the store's files, which it cannot for the Neo4j at ${config.NEO4J_URI}; importing through transactions instead.`
          : "The project's Neo4j is run by another process (the app): its store cannot be replaced while it runs; importing through transactions instead. Stop the app to use --offline.",
      );
    }
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

/** The offline first load, which stores the layout too; then the upkeep any import ends with. */
async function loadOffline(local: LocalNeo4j, db: Database, file: string, logger: Logger): Promise<void> {
  logger.info(`Loading ${file} through the offline importer…`);
  const summary = await importOffline(local, db, () => readNdjsonChunks(file), { logger, file });
  logger.info(
    `Loaded ${file}: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships ` +
      `(files ${seconds(summary.ms.files)}, import ${seconds(summary.ms.import)}, restart ${seconds(summary.ms.swap)}, ` +
      `schema ${seconds(summary.ms.schema)}, layout ${seconds(summary.ms.layout)} after the schema).`,
  );
  logger.info(describeLayout(summary.layout));
  await tendGraph(db, { logger });
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The command line is wrong: the message says how to write it. */
class UsageError extends Error {
  override name = 'UsageError';
}

main().catch((error: unknown) => {
  const known =
    error instanceof DatasetError || error instanceof UsageError || error instanceof OfflineImportRefused;
  console.error(known ? error.message : error);
  process.exit(1);
});
