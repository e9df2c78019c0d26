/**
 * Import benchmarks: the bulk importer on a data set file (first import into an empty store, then the
 * same file again), checked against the exact graph the generator says it makes; the same importer adding
 * a tenth more institutions to the graph it made (the live import the offline path cannot do); and the
 * naive one-record-per-transaction importer on a smaller data set, for the ratio.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

import type { Database } from '../server/db/database.js';
import { importChunks, readNdjsonChunks, type BulkImportSummary } from '../server/import/bulk/index.js';
import type { DataFile } from './data.js';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  syntheticDataset,
  type SyntheticCounts,
} from './generator/index.js';
import { naiveImport } from './naive/importer.js';
import { nodeCpuMs, type BenchDatabase } from './neo4j.js';
import { round, since } from './stats.js';

export interface ImportRun {
  ms: number;
  relationshipsCreated: number;
  nodesCreated: number;
  relationshipsPerSecond: number;
  /** Wall time of each phase, and CPU time of Neo4j's JVM and of this process over the whole import. */
  phasesMs: BulkImportSummary['ms'];
  cpuMs: { neo4j: number; node: number };
  transactions: number;
  /**
   * Largest live heap of this process while importing, measured after a forced garbage collection every
   * few seconds: what the import holds (the streaming keeps it flat), not garbage awaiting collection.
   */
  peakHeapMb: number;
  summary: BulkImportSummary;
}

export interface ImportBenchResult {
  institutions: number;
  agreements: number;
  fileMb: number;
  generateMs: number;
  expected: SyntheticCounts;
  first: ImportRun;
  /** The graph matches the generator's counts, label by label and type by type. */
  mismatches: string[];
  second?: ImportRun;
}

export type Log = (message: string) => void;

export async function benchBulkImport(
  bench: BenchDatabase,
  data: DataFile,
  reimport: boolean,
  log: Log,
): Promise<ImportBenchResult> {
  await warmUp(bench.db, 'bulk');
  const first = await timedImport(bench, data, log);
  const mismatches = compareCounts(data.counts, await graphCounts(bench.db));
  log(
    `  first import: ${fmt(first.relationshipsCreated)} relationships in ${(first.ms / 1000).toFixed(1)} s = ` +
      `${fmt(first.relationshipsPerSecond)}/s; counts ${mismatches.length === 0 ? 'match' : `DIFFER: ${mismatches.join('; ')}`}`,
  );
  let second: ImportRun | undefined;
  if (reimport) {
    second = await timedImport(bench, data, log);
    log(
      `  second import: ${second.summary.nodesCreated} nodes and ${second.summary.relationshipsCreated} relationships ` +
        `created, ${second.summary.relationshipsDeleted} deleted, in ${(second.ms / 1000).toFixed(1)} s`,
    );
  }
  return {
    institutions: data.counts.nodes.Institution,
    agreements: data.counts.nodes.Agreement,
    fileMb: round(data.bytes / 1e6),
    generateMs: Math.round(data.ms),
    expected: data.counts,
    first,
    mismatches,
    second,
  };
}

async function timedImport(bench: BenchDatabase, data: DataFile, log: Log): Promise<ImportRun> {
  const neo4jCpu = bench.cpuMs();
  const nodeCpu = nodeCpuMs();
  let peakHeap = liveHeap();
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, liveHeap())), 5_000);
  let lastLog = 0;
  const started = performance.now();
  try {
    const summary = await importChunks(bench.db, () => readNdjsonChunks(data.file), {
      file: data.file,
      onProgress: ({ phase, done, total, elapsedMs }) => {
        if (elapsedMs - lastLog < 5_000 && done !== total) return;
        lastLog = elapsedMs;
        log(`    ${phase} ${fmt(done)}${total ? `/${fmt(total)}` : ''} (${(elapsedMs / 1000).toFixed(0)} s)`);
      },
    });
    const ms = since(started);
    return {
      ms: Math.round(ms),
      relationshipsCreated: summary.relationshipsCreated,
      nodesCreated: summary.nodesCreated,
      relationshipsPerSecond: Math.round(summary.relationshipsCreated / (ms / 1000)),
      phasesMs: summary.ms,
      cpuMs: { neo4j: Math.round(bench.cpuMs() - neo4jCpu), node: Math.round(nodeCpuMs() - nodeCpu) },
      transactions: summary.transactions,
      peakHeapMb: round(peakHeap / 1e6),
      summary,
    };
  } finally {
    clearInterval(sampler);
  }
}

export interface LiveImportResult {
  /** Institutions in the graph before, and those the import adds. */
  baseInstitutions: number;
  institutions: number;
  run: ImportRun;
  /** What was created differs from what the added data set makes (its shared countries and domains aside). */
  mismatches: string[];
}

/**
 * Imports `data` — a data set of other ids (`more-…`) — into the graph `bench` already holds: every
 * institution, agreement and cooperation edge is new, written beside 100k others into indexes and a
 * store of their size.
 */
export async function benchLiveImport(
  bench: BenchDatabase,
  data: DataFile,
  baseInstitutions: number,
  log: Log,
): Promise<LiveImportResult> {
  const run = await timedImport(bench, data, log);
  const { nodes, relationships } = data.counts;
  // Countries and domains are the generator's shared vocabulary: the graph holds them already.
  const expectedNodes = Object.entries(nodes)
    .filter(([label]) => label !== 'Country' && label !== 'Domain')
    .reduce((sum, [, n]) => sum + n, 0);
  const expectedRelationships = Object.values(relationships).reduce((sum, n) => sum + n, 0);
  const mismatches = [
    ...(run.nodesCreated === expectedNodes
      ? []
      : [`${run.nodesCreated} nodes created (expected ${expectedNodes})`]),
    ...(run.relationshipsCreated === expectedRelationships
      ? []
      : [`${run.relationshipsCreated} relationships created (expected ${expectedRelationships})`]),
  ];
  log(
    `  live import of ${fmt(nodes.Institution)} more: ${fmt(run.relationshipsCreated)} relationships in ` +
      `${(run.ms / 1000).toFixed(1)} s = ${fmt(run.relationshipsPerSecond)}/s` +
      (mismatches.length > 0 ? `; DIFFER: ${mismatches.join('; ')}` : ''),
  );
  return { baseInstitutions, institutions: nodes.Institution, run, mismatches };
}

export interface NaiveBenchResult {
  institutions: number;
  records: number;
  transactions: number;
  ms: number;
  relationshipsCreated: number;
  relationshipsPerSecond: number;
  /** The bulk importer on the same data set, in the same run, for a like-for-like ratio. */
  bulkSameData: { ms: number; relationshipsPerSecond: number };
  mismatches: string[];
}

/** The naive importer on `naive` (into an empty store), then the bulk importer on the same file. */
export async function benchNaiveImport(
  naiveBench: BenchDatabase,
  bulkBench: BenchDatabase,
  data: DataFile,
  log: Log,
): Promise<NaiveBenchResult> {
  await Promise.all([warmUp(naiveBench.db, 'naive'), warmUp(bulkBench.db, 'bulk')]);
  const started = performance.now();
  let lastLog = performance.now();
  const outcome = await naiveImport(naiveBench.db, readNdjsonChunks(data.file), (records) => {
    if (performance.now() - lastLog < 5_000) return;
    lastLog = performance.now();
    log(`    naive: ${fmt(records)} records, one transaction each (${(since(started) / 1000).toFixed(0)} s)`);
  });
  const ms = since(started);
  const mismatches = compareCounts(data.counts, await graphCounts(naiveBench.db));
  const bulk = await timedImport(bulkBench, data, log);
  const result: NaiveBenchResult = {
    institutions: data.counts.nodes.Institution,
    records: outcome.records,
    transactions: outcome.transactions,
    ms: Math.round(ms),
    relationshipsCreated: outcome.relationshipsCreated,
    relationshipsPerSecond: Math.round(outcome.relationshipsCreated / (ms / 1000)),
    bulkSameData: { ms: bulk.ms, relationshipsPerSecond: bulk.relationshipsPerSecond },
    mismatches,
  };
  log(
    `  naive: ${fmt(result.relationshipsCreated)} relationships in ${(ms / 1000).toFixed(1)} s = ` +
      `${fmt(result.relationshipsPerSecond)}/s (bulk on the same data: ${fmt(bulk.relationshipsPerSecond)}/s)` +
      (mismatches.length > 0 ? `; counts DIFFER: ${mismatches.join('; ')}` : ''),
  );
  return result;
}

/**
 * Imports a small data set of other ids and deletes it again, so the measured import runs on a warm JVM
 * (compiled code, cached plans), as an import into a running server does, for both importers alike.
 */
async function warmUp(db: Database, importer: 'bulk' | 'naive'): Promise<void> {
  const warm = syntheticDataset({ institutions: 100, seed: 'warm-up' });
  if (importer === 'bulk') await importChunks(db, () => warm.chunks());
  else await naiveImport(db, warm.chunks());
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

export async function graphCounts(
  db: Database,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const count = async (query: string): Promise<Record<string, number>> => {
    const { records } = await db.driver.executeQuery(query, {}, { database: db.name });
    return Object.fromEntries(records.map((r) => [r.get('key') as string, Number(r.get('count'))]));
  };
  // Counts by label and type come from Neo4j's count store: instant at any size.
  const nodes = Object.fromEntries(
    await Promise.all(
      NODE_LABELS.map(async (label) => [
        label,
        (await count(`MATCH (:${label}) RETURN '${label}' AS key, count(*) AS count`))[label] ?? 0,
      ]),
    ),
  ) as Record<string, number>;
  const relationships = Object.fromEntries(
    await Promise.all(
      RELATIONSHIP_TYPES.map(async (type) => [
        type,
        (await count(`MATCH ()-[:${type}]->() RETURN '${type}' AS key, count(*) AS count`))[type] ?? 0,
      ]),
    ),
  ) as Record<string, number>;
  return { nodes, relationships };
}

function compareCounts(
  expected: SyntheticCounts,
  actual: { nodes: Record<string, number>; relationships: Record<string, number> },
): string[] {
  return [
    ...Object.entries(expected.nodes)
      .filter(([label, n]) => actual.nodes[label] !== n)
      .map(([label, n]) => `${label} ${actual.nodes[label]} (expected ${n})`),
    ...Object.entries(expected.relationships)
      .filter(([type, n]) => actual.relationships[type] !== n)
      .map(([type, n]) => `${type} ${actual.relationships[type]} (expected ${n})`),
  ];
}

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Bytes of heap in use once garbage is collected. */
function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en');
}
