/**
 * The offline first load (server/import/offline) on the data set the bulk importer just loaded: into a
 * fresh store of its own, timed from the file to a graph the explorer can use (validated, imported,
 * schema online, layout stored), and checked to be the very graph the bulk importer wrote.
 */
import { readNdjsonChunks } from '../server/import/bulk/index.js';
import { importOffline, type OfflineImportSummary } from '../server/import/offline/index.js';
import type { DataFile } from './data.js';
import { graphDigest } from './graph-digest.js';
import { fmt, type Log } from './import-bench.js';
import { startBenchDatabase } from './neo4j.js';
import { since } from './stats.js';

export interface OfflineBenchResult {
  institutions: number;
  relationshipsCreated: number;
  /** Files (validation included), the importer, the restart, the schema, the layout, and all of them. */
  ms: OfflineImportSummary['ms'] & { total: number };
  relationshipsPerSecond: number;
  /** The graph's digest equals the bulk importer's on the same file. */
  sameGraph: boolean;
  /** The bulk importer's time on the same file, its layout included, over this one's. */
  speedUp: number;
}

export async function benchOfflineLoad(
  data: DataFile,
  memory: { heap: string; pageCache: string },
  live: { digest: string; ms: number },
  log: Log,
): Promise<OfflineBenchResult> {
  const bench = await startBenchDatabase(`${data.counts.nodes.Institution}-offline`, memory);
  try {
    const started = performance.now();
    const summary = await importOffline(bench.server, bench.db, () => readNdjsonChunks(data.file), {
      file: data.file,
    });
    const total = since(started);
    // Positions and page links included: the layout beside the importer must be the one the bulk
    // importer's layout stored.
    const sameGraph = (await graphDigest(bench.db)) === live.digest;
    const result: OfflineBenchResult = {
      institutions: data.counts.nodes.Institution,
      relationshipsCreated: summary.relationshipsCreated,
      ms: { ...summary.ms, total: Math.round(total) },
      relationshipsPerSecond: Math.round(summary.relationshipsCreated / (total / 1000)),
      sameGraph,
      speedUp: Math.round((live.ms / total) * 10) / 10,
    };
    log(
      `  offline first load: ${fmt(result.relationshipsCreated)} relationships in ${(total / 1000).toFixed(1)} s ` +
        `(files ${s(summary.ms.files)}, importer ${s(summary.ms.import)}, restart ${s(summary.ms.swap)}, ` +
        `schema ${s(summary.ms.schema)}, layout after it ${s(summary.ms.layout)}) = ${fmt(result.relationshipsPerSecond)}/s, ` +
        `${result.speedUp}× the bulk importer; graph ${sameGraph ? 'identical' : 'DIFFERENT'}`,
    );
    return result;
  } finally {
    await bench.dispose();
  }
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
