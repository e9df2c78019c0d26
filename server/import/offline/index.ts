/**
 * The first load of a large data set into an empty store, through Neo4j's offline importer instead of
 * transactions:
 *
 * 1. validate and write files, in one pass: each chunk gets the bulk importer's checks (StreamValidator,
 *    the same zod schemas), and a valid chunk is written at once to the importer's CSV files (files.ts),
 *    derived properties and COOPERATES_WITH edges included. Any error stops the import with every issue
 *    listed, before the store is touched.
 * 2. import: `neo4j-admin database import full` builds a new store in a folder of its own. Meanwhile the
 *    network gathered from the files is laid out (ForceAtlas2 in a worker thread, layout/): the same
 *    positions the layout would compute from the imported store, without reading it back.
 * 3. swap: the server stops, the new database takes the old one's place (kept until the server has
 *    started on the new one, and put back if it does not), the server starts.
 * 4. finish: what the files cannot say is written (empty alias lists), constraints and full-text indexes
 *    are created and awaited online, the graph's version bumped, so caches keyed on it miss, and the layout
 *    stored: the graph is then what the transactional importer and the layout after it leave.
 *
 * Only for the project's own Neo4j, run by this process (the importer writes the store's files), and only
 * into a store that holds no network yet: anything else goes through the transactional importer.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import type { Logger } from 'pino';

import type { Database } from '../../db/database.js';
import { bumpGraphVersion } from '../../db/graph-version.js';
import { applySchema } from '../../db/schema.js';
import { placeLayout, storeLayout, type LayoutSummary } from '../../layout/index.js';
import type { LayoutNetwork } from '../../layout/network-builder.js';
import type { LocalNeo4j } from '../../neo4j/local-server.js';
import { checkExternalReferences } from '../importer.js';
import type { ChunkSource } from '../bulk/index.js';
import { StreamValidator } from '../bulk/validate.js';
import { runAdminImport } from './admin-import.js';
import { OfflineFiles, type ImportInput } from './files.js';

export interface OfflineImportOptions {
  logger?: Logger;
  /** Named in error messages. */
  file?: string;
}

export interface OfflineImportSummary {
  chunks: number;
  records: number;
  nodesCreated: number;
  relationshipsCreated: number;
  layout: LayoutSummary;
  /**
   * Wall time of each step; `layout` is what the layout added after the schema was online (waiting for
   * ForceAtlas2 to finish, and writing the positions), not the time it ran beside the importer.
   */
  ms: { files: number; import: number; swap: number; schema: number; layout: number };
}

/** The store is not empty, or not one this process may replace: say why, and what to do instead. */
export class OfflineImportRefused extends Error {
  override name = 'OfflineImportRefused';
}

export async function importOffline(
  local: LocalNeo4j,
  db: Database,
  source: ChunkSource,
  options: OfflineImportOptions = {},
): Promise<OfflineImportSummary> {
  const { logger } = options;
  const [row] = await db.read('import/offline/network-nodes');
  const held = Number(row?.nodes ?? 0);
  if (held > 0) {
    throw new OfflineImportRefused(
      `The database already holds ${held.toLocaleString('en')} nodes: the offline import only loads an ` +
        'empty store. Import without --offline to add to the graph.',
    );
  }

  const work = local.workDir('offline-import');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'files'), { recursive: true });
  try {
    let started = Date.now();
    const written = await writeFiles(source, path.join(work, 'files'), options);
    const ms = { files: Date.now() - started, import: 0, swap: 0, schema: 0, layout: 0 };

    started = Date.now();
    const staged = path.join(work, 'data');
    logger?.info(
      'Running the offline importer (neo4j-admin database import full), and the layout beside it…',
    );
    const importing = runAdminImport(local, written.inputs, {
      dataDir: staged,
      database: db.name,
      onLine: (line) => {
        if (isProgressLine(line)) logger?.info(`  ${line.trim()}`);
      },
    });
    const placing = placeLayout(written.network, { logger });
    // Whichever fails first is thrown, but only once the other has settled: no layout left running.
    await Promise.allSettled([importing, placing]);
    await importing;
    ms.import = Date.now() - started;

    started = Date.now();
    await replaceStore(local, staged, db.name, logger);
    // The driver's bookmarks name transactions of the replaced store, which the new one, younger, has
    // not reached: a query that waited for them would fail.
    const bookmarks = db.driver.executeQueryBookmarkManager;
    await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
    ms.swap = Date.now() - started;

    started = Date.now();
    await db.runInTransactions('import/offline/empty-aliases');
    logger?.info('Creating the constraints and full-text indexes, and waiting until they are online…');
    await applySchema(db);
    await db.runInTransactions('import/offline/await-indexes');
    await bumpGraphVersion(db);
    ms.schema = Date.now() - started;

    started = Date.now();
    const layout = await storeLayout(db, await placing, { logger });
    ms.layout = Date.now() - started;

    const count = (kind: ImportInput['kind']) =>
      written.inputs.filter((input) => input.kind === kind).reduce((sum, input) => sum + input.rows, 0);
    return {
      chunks: written.chunks,
      records: written.records,
      nodesCreated: count('nodes'),
      relationshipsCreated: count('relationships'),
      layout,
      ms,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Step 1: every chunk validated, the valid ones written; throws a `DatasetError` listing what is wrong. */
async function writeFiles(
  source: ChunkSource,
  directory: string,
  options: OfflineImportOptions,
): Promise<{ inputs: ImportInput[]; network: LayoutNetwork; chunks: number; records: number }> {
  const published = new Map<string, string>();
  const eventDates = new Map<string, string>();
  const files = new OfflineFiles(directory, { published, eventDates });
  const validator = new StreamValidator();
  let valid = true;
  let reported = Date.now();
  for await (const raw of source()) {
    const chunk = validator.check(raw);
    // After the first error the files are lost anyway: only the checks go on, to list every issue.
    valid &&= chunk !== null;
    if (valid && chunk !== null) {
      // The validator makes sure sources and events come before the agreements that cite them.
      for (const s of chunk.sources) if (s.published !== undefined) published.set(s.id, s.published);
      for (const e of chunk.events) eventDates.set(e.id, e.date);
      await files.add(chunk);
    }
    if (Date.now() - reported > 5_000) {
      reported = Date.now();
      options.logger?.info(`  validated and written: ${validator.chunks.toLocaleString('en')} chunks`);
    }
    if (validator.saturated) break;
  }
  const { inputs, network } = await files.finish();
  const { external, chunks, records } = validator.finish(options.file);
  // An empty store holds nothing the input could refer to outside itself.
  await checkExternalReferences(
    external,
    (wanted) =>
      Promise.resolve(
        Object.fromEntries(Object.keys(wanted).map((kind) => [kind, []])) as unknown as typeof wanted,
      ),
    options.file,
  );
  return { inputs, network, chunks, records };
}

/**
 * Step 3: the server stops, the staged database and its transaction logs take the live ones' places, and
 * the server starts on them; if it cannot, the previous store is put back and started again.
 */
async function replaceStore(
  local: LocalNeo4j,
  staged: string,
  database: string,
  logger: Logger | undefined,
): Promise<void> {
  const moves = ['databases', 'transactions'].map((kind) => ({
    live: path.join(local.dataDir, kind, database),
    staged: path.join(staged, kind, database),
    previous: path.join(local.dataDir, kind, `${database}.previous`),
  }));
  logger?.info('Stopping Neo4j to put the new store in place…');
  await local.stop();
  for (const move of moves) {
    rmSync(move.previous, { recursive: true, force: true });
    if (existsSync(move.live)) renameSync(move.live, move.previous);
    renameSync(move.staged, move.live);
  }
  try {
    await local.start();
  } catch (error) {
    logger?.error('Neo4j did not start on the new store; putting the previous one back.');
    for (const move of moves) {
      rmSync(move.live, { recursive: true, force: true });
      if (existsSync(move.previous)) renameSync(move.previous, move.live);
    }
    await local.start();
    throw error;
  }
  for (const move of moves) rmSync(move.previous, { recursive: true, force: true });
}

/** The importer's phase headings and its percentage lines, not its configuration dump. */
function isProgressLine(line: string): boolean {
  return /^\(\d\/\d\)|^IMPORT DONE|^Imported:|\d+%|^Import starting|^Peak memory/.test(line.trim());
}
