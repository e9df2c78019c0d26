/**
 * `npm run bench -- --sizes 1k,10k,100k`: benchmarks the bulk importer against a naive one, the API
 * against the bare driver, and shortest paths, each on a fresh Neo4j of its own; writes
 * bench/results/latest.md, latest.json and plans.md. See bench/README.md.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';

import { importChunks, readNdjsonChunks } from '../server/import/bulk/index.js';
import { describeLayout, refreshLayout } from '../server/layout/index.js';
import { benchApi } from './api-bench.js';
import { benchClient } from './client-bench.js';
import { parseBenchArgs, type BenchOptions } from './args.js';
import { writeDataFile, type DataFile } from './data.js';
import { graphDigest } from './graph-digest.js';
import { benchBulkImport, benchLiveImport, benchNaiveImport, fmt } from './import-bench.js';
import { benchOfflineLoad } from './offline-bench.js';
import { startBenchDatabase, type BenchDatabase } from './neo4j.js';
import { capturePlans } from './plans.js';
import { writeResults } from './report.js';
import type { BenchResults, SweepRow } from './results.js';

const started = Date.now();

function log(message: string): void {
  const elapsed = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${elapsed} s] ${message}`);
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const memory = { heap: options.heap, pageCache: options.pageCache };
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      neo4j: '',
      loadStart: round2(os.loadavg()[0] ?? 0),
      loadEnd: 0,
    },
    options: { ...options },
    imports: [],
  };
  log(`Benchmark: sizes ${options.sizes.map(fmt).join(', ')} institutions; ${os.cpus().length} CPUs.`);

  if (!options.skipNaive) {
    log(`Naive importer on ${fmt(options.naiveSize)} institutions (one transaction per record)…`);
    const data = await generate(options.naiveSize, options);
    const naive = await startBenchDatabase('naive', memory);
    const bulk = await startBenchDatabase('naive-bulk', memory);
    try {
      results.naive = await benchNaiveImport(naive, bulk, data, log);
      results.machine.neo4j = await neo4jVersion(naive);
    } finally {
      await naive.dispose();
      await bulk.dispose();
      rmSync(data.file, { force: true });
    }
  }

  for (const [index, size] of options.sizes.entries()) {
    const largest = index === options.sizes.length - 1;
    log(`Bulk import of ${fmt(size)} institutions…`);
    const data = await generate(size, options);
    const bench = await startBenchDatabase(`${size}`, memory);
    try {
      results.machine.neo4j ||= await neo4jVersion(bench);
      const bulk = await benchBulkImport(bench, data, size <= options.reimportUpTo, log);
      results.imports.push(bulk);
      // The layout every import ends with (server/import/cli.ts); pages and the client read it.
      log(`Stored layout of ${fmt(size)} institutions…`);
      const layoutStarted = performance.now();
      const layout = await refreshLayout(bench.db);
      const layoutMs = Math.round(performance.now() - layoutStarted);
      (results.layouts ??= []).push({ ...layout, wallMs: layoutMs });
      log(`  ${describeLayout(layout)}`);
      // Positions included: the offline load, which lays out as it imports, is compared with this graph.
      const digest = options.skipOffline ? '' : await graphDigest(bench.db);
      if (!options.skipOffline) {
        log(`Offline first load of ${fmt(size)} institutions (neo4j-admin database import full)…`);
        (results.offline ??= []).push(
          await benchOfflineLoad(data, memory, { digest, ms: bulk.first.ms + layoutMs }, log),
        );
      }
      if (!options.skipClient) {
        log(`The explorer in Chromium against bare sigma, ${fmt(size)} institutions…`);
        (results.client ??= []).push(
          await benchClient({ db: bench.db, institutions: size, runs: options.clientRuns, log }),
        );
      }
      if (largest && !options.skipApi) {
        log(`Query plans on ${fmt(size)} institutions…`);
        results.plans = await capturePlans(bench.db);
        for (const plan of results.plans) {
          log(
            `  ${plan.name}: ${plan.error ?? `${plan.ms} ms, ${fmt(plan.dbHits)} db hits${plan.scans.length ? `, SCANS ${plan.scans.join('; ')}` : ''}`}`,
          );
        }
        log(`API over HTTP against the driver, ${options.iterations} calls per endpoint and side…`);
        results.api = await benchApi(bench.db, options, log);
      }
      // Last, as it changes the graph the other parts measure.
      if (largest && !options.skipLive) {
        const more = Math.max(10, Math.round(size / 10));
        log(`Live import of ${fmt(more)} more institutions into the graph of ${fmt(size)}…`);
        const moreData = await generate(more, options, 'more-');
        try {
          results.live = await benchLiveImport(bench, moreData, size, log);
        } finally {
          rmSync(moreData.file, { force: true });
        }
      }
    } finally {
      await bench.dispose();
      rmSync(data.file, { force: true });
    }
  }

  if (options.sweep) results.sweep = await sweep(options, memory);

  results.machine.loadEnd = round2(os.loadavg()[0] ?? 0);
  results.finishedAt = new Date().toISOString();
  for (const file of await writeResults(results)) log(`Wrote ${file}`);
}

async function generate(institutions: number, options: BenchOptions, idPrefix = ''): Promise<DataFile> {
  const data = await writeDataFile(institutions, options.seed, idPrefix);
  log(
    `  generated ${fmt(data.counts.nodes.Agreement)} agreements, ${(data.bytes / 1e6).toFixed(0)} MB of NDJSON ` +
      `in ${(data.ms / 1000).toFixed(1)} s (top hub: ${fmt(data.counts.degree.max)} agreements, median ` +
      `${data.counts.degree.median})`,
  );
  return data;
}

/** The 10k data set with other agreement batch sizes and concurrencies: how the defaults were chosen. */
async function sweep(
  options: BenchOptions,
  memory: { heap: string; pageCache: string },
): Promise<SweepRow[]> {
  log('Batch-size sweep on 10k institutions…');
  const data = await generate(10_000, options);
  const rows: SweepRow[] = [];
  const variants: [number, number, number][] = [
    // agreements per transaction, concurrent agreement batches, concurrent edge rebuilds
    [250, 1, 2],
    [500, 1, 2],
    [1_000, 1, 2],
    [2_000, 1, 2],
    [1_000, 2, 2],
    [1_000, 1, 1],
  ];
  for (const [agreements, write, derive] of variants) {
    const bench: BenchDatabase = await startBenchDatabase(`sweep-${agreements}-${write}-${derive}`, memory);
    try {
      const cpu = bench.cpuMs();
      const begun = performance.now();
      const summary = await importChunks(bench.db, () => readNdjsonChunks(data.file), {
        batchSizes: { agreements },
        concurrency: { write, derive },
      });
      const ms = performance.now() - begun;
      rows.push({
        agreements,
        concurrency: { write, derive },
        ms: Math.round(ms),
        phasesMs: summary.ms,
        retries: summary.retries,
        relationshipsPerSecond: Math.round(summary.relationshipsCreated / (ms / 1000)),
        neo4jCpuMs: Math.round(bench.cpuMs() - cpu),
      });
      log(
        `  ${agreements} agreements per transaction, ${write} / ${derive} at once: ` +
          `${fmt(rows.at(-1)!.relationshipsPerSecond)}/s, ${summary.retries} retries`,
      );
    } finally {
      await bench.dispose();
    }
  }
  rmSync(data.file, { force: true });
  return rows;
}

async function neo4jVersion(bench: BenchDatabase): Promise<string> {
  const { records } = await bench.db.driver.executeQuery(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
  );
  return String(records[0]?.get('version') ?? '');
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
