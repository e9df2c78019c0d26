/**
 * Imports a large dataset that arrives as a stream of chunks (NDJSON lines, a generator), in bounded
 * memory and in many transactions:
 *
 * 1. validate: every chunk gets the checks of `checkDataset`, ids are checked across the whole input,
 *    and ids no chunk defines are looked up in the database. Any error stops the import before it writes.
 * 2. write: records are regrouped into batches per collection, each batch one write transaction
 *    (writers.ts), so a batch lands whole or not at all; the next chunks are read and parsed meanwhile.
 * 3. derive: the COOPERATES_WITH edges of new agreements are written from the pairs of parties gathered
 *    while writing (pairs.ts, write-pairs.ts), without reading the graph again; the edges around
 *    institutions whose existing agreements changed are rebuilt from the graph (cooperation.ts).
 *
 * New agreements carry a :CooperationPending mark until their edges are written, so the edges of an
 * import interrupted between 2 and 3 are derived by the next import or the app (heal.ts). The import holds
 * the graph's write lease throughout (db/write-lease.ts), which tells the app it is still running.
 *
 * The source is read twice, once per pass, so it is a function that starts a fresh pass.
 */
import type { Logger } from 'pino';

import { recordToRow, type Database } from '../../db/database.js';
import { bumpGraphVersion } from '../../db/graph-version.js';
import { withWriteLease } from '../../db/write-lease.js';
import { datasetSchema, type Agreement, type Dataset } from '../../../contract/dataset.js';
import { addCounters, checkExternalReferences, type ImportCounters } from '../importer.js';
import type { ReferenceKind } from '../validate-dataset.js';
import { rebuildStaleCooperation } from './cooperation.js';
import { healInterruptedImport } from './heal.js';
import { CooperationPairs } from './pairs.js';
import { TaskPool } from './pool.js';
import { prefetch } from './prefetch.js';
import { progressReporter, type BulkPhase, type BulkProgress } from './progress.js';
import { DEFAULT_BATCH_SIZES, DEFAULT_CONCURRENCY, type BatchSizes, type Concurrency } from './settings.js';
import { MemoryLimitError, writeTransaction } from './transaction.js';
import { StreamValidator } from './validate.js';
import { writeCooperationPairs } from './write-pairs.js';
import { WRITERS, type BatchWriter, type Collection } from './writers.js';

export type { BulkPhase, BulkProgress } from './progress.js';
export { rebuildStaleCooperation } from './cooperation.js';
export { healInterruptedImport } from './heal.js';
export { readNdjsonChunks } from './ndjson.js';

export type ChunkSource = () => AsyncIterable<unknown> | Iterable<unknown>;

export interface BulkImportOptions {
  logger?: Logger;
  batchSizes?: Partial<BatchSizes>;
  /**
   * Transactions at once (default 2 and 2, the machine's cores). Agreement batches all touch the hubs,
   * but creating relationships takes its locks in order at commit, so they do not deadlock; only
   * statements that lock nodes as they go (a label set on a hub) would.
   */
  concurrency?: Partial<Concurrency>;
  onProgress?: (progress: BulkProgress) => void;
  /** Named in error messages. */
  file?: string;
}

export interface BulkImportSummary extends ImportCounters {
  chunks: number;
  records: number;
  transactions: number;
  /** Transactions retried after a transient error (a deadlock between concurrent batches, mostly). */
  retries: number;
  /** COOPERATES_WITH edges written from the parties of new agreements. */
  derived: number;
  /** Institutions whose COOPERATES_WITH edges were rebuilt from the graph. */
  rederived: number;
  ms: Record<BulkPhase, number>;
}

export function importChunks(
  db: Database,
  source: ChunkSource,
  options: BulkImportOptions = {},
): Promise<BulkImportSummary> {
  return withWriteLease(db, 'import', () => importHoldingLease(db, source, options), {
    logger: options.logger,
    wait: true,
  });
}

async function importHoldingLease(
  db: Database,
  source: ChunkSource,
  options: BulkImportOptions,
): Promise<BulkImportSummary> {
  const concurrency = { ...DEFAULT_CONCURRENCY, ...options.concurrency };
  const report = progressReporter(options.logger, options.onProgress);
  const summary: BulkImportSummary = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    chunks: 0,
    records: 0,
    transactions: 0,
    retries: 0,
    derived: 0,
    rederived: 0,
    ms: { validate: 0, write: 0, derive: 0 },
  };

  let started = Date.now();
  const validated = await validateAll(db, source, options, (chunks) => report('validate', chunks));
  Object.assign(summary, validated);
  summary.ms.validate = Date.now() - started;

  await healInterruptedImport(db, options.logger);
  started = Date.now();
  const onRetry = (): void => {
    summary.retries += 1;
  };
  const pairs = new CooperationPairs();
  await writeAll(
    db,
    source,
    { ...options, concurrency: concurrency.write, onRetry, pairs },
    (counters, records) => {
      addCounters(summary, counters);
      summary.transactions += 1;
      report('write', records, summary.records);
    },
  );
  summary.ms.write = Date.now() - started;

  started = Date.now();
  const written = await writeCooperationPairs(db, pairs, {
    batchSize: options.batchSizes?.edges ?? DEFAULT_BATCH_SIZES.edges,
    concurrency: concurrency.derive,
    onRetry,
    onBatch: (done, total) => report('derive', done, total),
  });
  addCounters(summary, written);
  // Every new agreement's edges are written: none is left for healing.
  await db.runInTransactions('import/bulk/clear-pending');
  summary.derived = written.edges;
  summary.transactions += written.transactions;
  const derived = await rebuildStaleCooperation(db, {
    batchSize: options.batchSizes?.cooperation ?? DEFAULT_BATCH_SIZES.cooperation,
    concurrency: concurrency.derive,
    onRetry,
    onBatch: (done, total) => report('derive', done, total),
  });
  addCounters(summary, derived);
  summary.rederived = derived.institutions;
  summary.transactions += derived.transactions;
  summary.ms.derive = Date.now() - started;
  // Caches keyed on the graph's version miss from now on (also when only names were corrected).
  await bumpGraphVersion(db);
  return summary;
}

/** The first pass: throws a `DatasetError` listing what is wrong, or counts what there is. */
async function validateAll(
  db: Database,
  source: ChunkSource,
  options: BulkImportOptions,
  onChunk: (chunks: number) => void,
): Promise<{ chunks: number; records: number }> {
  const validator = new StreamValidator();
  for await (const raw of source()) {
    validator.check(raw);
    onChunk(validator.chunks);
    if (validator.saturated) break;
  }
  const { external, chunks, records } = validator.finish(options.file);
  await checkExternalReferences(
    external,
    async (wanted) => (await db.read('import/existing-ids', wanted))[0] as Record<ReferenceKind, string[]>,
    options.file,
  );
  return { chunks, records };
}

/** The second pass: batches per collection, earlier collections always written before later ones. */
async function writeAll(
  db: Database,
  source: ChunkSource,
  options: BulkImportOptions & { concurrency: number; onRetry: () => void; pairs: CooperationPairs },
  onBatch: (counters: ImportCounters, records: number) => void,
): Promise<void> {
  // Batch sizes shrink when a batch turns out too large for one transaction's memory.
  const sizes = { ...DEFAULT_BATCH_SIZES, ...options.batchSizes };
  const buffers = new Map<Collection, object[]>(WRITERS.map(([collection]) => [collection, []]));
  const agreements = new TaskPool(options.concurrency);
  let written = 0;

  /** One transaction, or halves of it when it needs more memory than a transaction may take. */
  const writeRows = async (collection: Collection, write: BatchWriter, rows: object[]): Promise<void> => {
    let counters: ImportCounters;
    // Agreements whose edges are left to derive, kept only once their batch has committed.
    let derive: Agreement[] = [];
    try {
      counters = await writeTransaction(
        db,
        async (tx) => {
          // Counters restart with each attempt, as a retried transaction replays everything.
          derive = [];
          const attempt = {
            nodesCreated: 0,
            nodesDeleted: 0,
            relationshipsCreated: 0,
            relationshipsDeleted: 0,
          };
          await write(
            async (statement, parameters) => {
              const result = await tx.run(db.cypher.get(statement), parameters);
              addCounters(attempt, result.summary.counters.updates());
              return result.records.map(recordToRow);
            },
            rows,
            (agreement) => derive.push(agreement),
          );
          return attempt;
        },
        options.onRetry,
      );
    } catch (error) {
      if (!(error instanceof MemoryLimitError) || rows.length === 1) throw error;
      sizes[collection] = Math.max(1, Math.floor(rows.length / 2));
      options.logger?.warn(
        `  ${collection}: ${rows.length} records are too many for one transaction; halving`,
      );
      await writeRows(collection, write, rows.slice(0, sizes[collection]));
      await writeRows(collection, write, rows.slice(sizes[collection]));
      return;
    }
    for (const agreement of derive) options.pairs.add(agreement);
    written += rows.length;
    onBatch(counters, written);
  };

  /** Writes what `upTo` may refer to (all of every earlier collection), then full batches of `upTo`. */
  const flush = async (upTo: Collection | null): Promise<void> => {
    for (const [collection, write] of WRITERS) {
      const buffer = buffers.get(collection)!;
      const last = collection === upTo;
      while (buffer.length > 0 && buffer.length >= (last ? sizes[collection] : 1)) {
        const rows = buffer.splice(0, sizes[collection]);
        // Agreements refer to nothing but earlier collections, so their batches may overlap.
        if (collection === 'agreements') await agreements.run(() => writeRows(collection, write, rows));
        else await writeRows(collection, write, rows);
      }
      if (last) return;
    }
  };

  try {
    for await (const chunk of prefetch(parsed(source), 2)) {
      for (const [collection] of WRITERS) {
        const items = chunk[collection];
        if (items.length === 0) continue;
        const buffer = buffers.get(collection)!;
        buffer.push(...items);
        if (buffer.length >= sizes[collection]) await flush(collection);
      }
    }
    await flush(null);
  } finally {
    await agreements.drain();
  }
}

/** The second pass reads chunks known to be valid, parsed again for the schema's defaults and trimming. */
async function* parsed(source: ChunkSource): AsyncGenerator<Dataset> {
  for await (const raw of source()) yield datasetSchema.parse(raw);
}
