/**
 * `npx tsx bench/client-cli.ts --sizes 1k,10k [--runs 3] [--offline]`: the client benchmark alone, each
 * size generated, imported and laid out in a fresh Neo4j of its own (by the bulk importer, or with
 * `--offline` by the offline first load, minutes sooner at 100k); prints the Markdown section and writes
 * bench/results/client-latest.json. `npm run bench` runs the same as part of the whole benchmark.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { importChunks, readNdjsonChunks } from '../server/import/bulk/index.js';
import { importOffline } from '../server/import/offline/index.js';
import { refreshLayout } from '../server/layout/index.js';
import { benchClient, type ClientBenchResult } from './client-bench.js';
import { clientMarkdown, clientTargets } from './client-report.js';
import { writeDataFile } from './data.js';
import { parseSize } from './generator/index.js';
import { startBenchDatabase } from './neo4j.js';
import { RESULTS_DIR } from './report.js';

const started = Date.now();
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const sizes = option('--sizes', '1k,10k').split(',').map(parseSize);
const runs = Number(option('--runs', '3'));
const clientDir = process.argv.includes('--client-dir') ? option('--client-dir', '') : undefined;
const offline = process.argv.includes('--offline');
const results: ClientBenchResult[] = [];
for (const institutions of sizes) {
  const data = await writeDataFile(institutions, 'bench');
  const bench = await startBenchDatabase(`client-${institutions}`, { heap: '4g', pageCache: '1g' });
  try {
    log(`Importing ${institutions} institutions${offline ? ' offline' : ''}…`);
    const chunks = () => readNdjsonChunks(data.file);
    const layout = offline
      ? (await importOffline(bench.server, bench.db, chunks, { file: data.file })).layout
      : (await importChunks(bench.db, chunks), await refreshLayout(bench.db));
    log(
      `Layout: ${layout.iterations} iterations in ${Math.round(Object.values(layout.ms).reduce((a, b) => a + b, 0))} ms`,
    );
    results.push(await benchClient({ db: bench.db, institutions, runs, log, clientDir }));
  } finally {
    await bench.dispose();
    rmSync(data.file, { force: true });
  }
}
console.log(`\n${clientMarkdown(results)}`);
for (const target of clientTargets(results))
  console.log(
    `${target.met ? 'met    ' : 'NOT met'} ${target.metric}: ${target.measured} (target ${target.target})`,
  );
writeFileSync(path.join(RESULTS_DIR, 'client-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
