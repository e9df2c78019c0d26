/**
 * The graph every scenario runs on: the seed and a generated data set (`--institutions`, five agreements
 * each), imported with `npm run seed` as a user imports a large file. The file is generated once into
 * bench/data/ (git-ignored) and imported once: a marker beside the instance (.neo4j/stress/stress-base.json)
 * records which file and the counts /api/health gave after it. Each scenario starts a fresh app on it; an
 * app that finds other counts (the interrupted import leaves new data half written) or no marker gets an
 * empty instance and the import again, so every scenario measures the same graph.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DATA_DIR, writeDataFile } from '../data.js';
import type { SyntheticCounts } from '../generator/index.js';
import { startApp, type App, type StartOptions } from './app.js';
import { getJson } from './http.js';
import { INSTANCE_DIR } from './instance.js';
import type { Log } from './log.js';
import { describeExit, waitUntilGone } from './processes.js';
import { runSeed } from './seed.js';

export interface DataFileInfo {
  file: string;
  bytes: number;
  counts: SyntheticCounts;
}

export interface Base {
  /** The data set file's name, in bench/data/. */
  file: string;
  /** /api/health's counts once it was imported. */
  counts: Record<string, number>;
  importedAt: string;
}

const MARKER = path.join(INSTANCE_DIR, 'stress-base.json');
/** Bounds of the base import (a few thousand institutions take well under a minute). */
const IMPORT_TIMEOUT_MS = 20 * 60_000;

/** A generated data set, written once and reused while its counts file (written last) is there. */
export async function cachedDataFile(
  institutions: number,
  seed: string,
  idPrefix: string,
  log: Log,
): Promise<DataFileInfo> {
  const file = path.join(DATA_DIR, `synthetic-${idPrefix}${institutions}-${seed}.ndjson`);
  const countsFile = `${file}.counts.json`;
  if (existsSync(file) && existsSync(countsFile)) {
    return JSON.parse(readFileSync(countsFile, 'utf8')) as DataFileInfo;
  }
  log(
    `generating ${institutions.toLocaleString('en')} institutions${idPrefix ? `, ids "${idPrefix}…"` : ''}…`,
  );
  const written = await writeDataFile(institutions, seed, idPrefix);
  const info: DataFileInfo = { file: written.file, bytes: written.bytes, counts: written.counts };
  writeFileSync(countsFile, JSON.stringify(info));
  log(
    `  ${path.basename(file)}: ${(written.bytes / 1e6).toFixed(1)} MB in ${(written.ms / 1000).toFixed(1)} s`,
  );
  return info;
}

/** Starts an app on the base graph, building the base first when the instance does not hold it. */
export async function startOnBase(
  start: StartOptions,
  data: DataFileInfo,
): Promise<{ app: App; base: Base }> {
  let app = await startApp(start);
  const marker = readMarker();
  const health = await getJson<{ counts: Record<string, number> }>(app.url, '/api/health');
  if (marker && marker.file === path.basename(data.file) && sameCounts(marker.counts, health.counts)) {
    return { app, base: marker };
  }
  start.log(
    marker
      ? `the instance holds other counts than its base (${describeCounts(health.counts)}): building it again`
      : 'no base graph yet: building it',
  );
  await stopAndWipe(app, start);
  app = await startApp({ ...start, name: `${start.name}-base` });
  const base = await importBase(app, data, start);
  return { app, base };
}

async function stopAndWipe(app: App, start: StartOptions): Promise<void> {
  const jvm = app.javaPid();
  const exit = await start.processes.stop(app.child);
  if (jvm !== null && !(await waitUntilGone(jvm, 30_000))) {
    throw new Error(`Neo4j (pid ${jvm}) still runs after its app stopped (${describeExit(exit)}).`);
  }
  rmSync(INSTANCE_DIR, { recursive: true, force: true });
}

async function importBase(app: App, data: DataFileInfo, start: StartOptions): Promise<Base> {
  start.log(`importing ${path.basename(data.file)} with npm run seed…`);
  const seed = runSeed({
    file: data.file,
    processes: start.processes,
    name: 'base-import',
    onProgress: (progress) => {
      if (progress.phase !== 'other') start.log(`  seed: ${progress.text}`);
    },
  });
  const timer = setTimeout(() => void start.processes.stop(seed.child), IMPORT_TIMEOUT_MS);
  const exit = await seed.exited;
  clearTimeout(timer);
  if (exit.code !== 0) throw new Error(`npm run seed of the base failed (${describeExit(exit)}).`);
  const health = await getJson<{ counts: Record<string, number> }>(app.url, '/api/health');
  const base: Base = {
    file: path.basename(data.file),
    counts: health.counts,
    importedAt: new Date().toISOString(),
  };
  writeFileSync(MARKER, JSON.stringify(base, null, 2));
  start.log(`base graph: ${describeCounts(base.counts)}`);
  return base;
}

function readMarker(): Base | null {
  if (!existsSync(MARKER)) return null;
  return JSON.parse(readFileSync(MARKER, 'utf8')) as Base;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([key, value]) => `${value.toLocaleString('en')} ${key}`)
    .join(', ');
}
