/**
 * The benchmark's results as JSON (everything measured) and Markdown (the tables people read), written to
 * bench/results/ and formatted with the project's Prettier settings so `npm run lint` accepts them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

import { clientMarkdown, clientTargets } from './client-report.js';
import {
  apiSection,
  layoutSection,
  liveSection,
  offlineSection,
  n,
  naiveSection,
  plansMarkdown,
  secondImports,
  seconds,
  size,
  sweepSection,
  table,
} from './report-sections.js';
import type { BenchResults } from './results.js';

export const RESULTS_DIR = path.join(import.meta.dirname, 'results');

interface Target {
  metric: string;
  target: string;
  measured: string;
  met: boolean | null;
}

export function targets(results: BenchResults): Target[] {
  const largest = results.imports.at(-1);
  const rows: Target[] = [];
  if (largest) {
    const rate = largest.first.relationshipsPerSecond;
    rows.push({
      metric: `bulk import, ${size(largest.institutions)} institutions`,
      target: '≥ 50,000 relationships/s',
      measured: `${n(rate)} relationships/s`,
      met: rate >= 50_000,
    });
    if (results.naive) {
      const ratio = rate / results.naive.relationshipsPerSecond;
      rows.push({
        metric: `bulk (${size(largest.institutions)}) vs naive (${size(results.naive.institutions)}, scaled)`,
        target: '≥ 50×',
        measured: `${ratio.toFixed(0)}×`,
        met: ratio >= 50,
      });
    }
  }
  if (results.live) {
    const { live } = results;
    const rate = live.run.relationshipsPerSecond;
    rows.push({
      metric: `bulk import into a live graph of ${size(live.baseInstitutions)}, ${size(live.institutions)} more institutions`,
      target: '≥ 25,000 relationships/s',
      measured: `${n(rate)} relationships/s${live.mismatches.length ? ', graph DIFFERENT from the data set' : ''}`,
      met: rate >= 25_000 && live.mismatches.length === 0,
    });
  }
  const offline = results.offline?.at(-1);
  if (offline) {
    rows.push({
      metric: `first load into an empty store, ${size(offline.institutions)} institutions (validate + import + schema online + layout)`,
      target: '≥ 150,000 relationships/s',
      measured: `${n(offline.relationshipsPerSecond)} relationships/s${offline.sameGraph ? '' : ', graph DIFFERENT from the bulk importer’s'}`,
      met: offline.relationshipsPerSecond >= 150_000 && offline.sameGraph,
    });
    rows.push({
      metric: `first load vs the live importer, same file, same run (${size(offline.institutions)})`,
      target: '≥ 10×',
      measured: `${offline.speedUp.toFixed(1)}×`,
      met: offline.speedUp >= 10,
    });
  }
  for (const endpoint of results.api?.endpoints ?? []) {
    rows.push({
      metric: `${endpoint.endpoint}: HTTP p50 / driver p50`,
      target: '≤ 1.3×',
      measured: `${endpoint.ratioP50.toFixed(2)}×`,
      met: endpoint.ratioP50 <= 1.3,
    });
  }
  if (results.api) {
    const { paths } = results.api;
    rows.push({
      metric: `shortest path, random pairs, ${size(results.api.institutions)} institutions`,
      target: 'p95 < 50 ms',
      measured: `p95 ${paths.statement.p95} ms, ${paths.failures.statement} of ${paths.pairs} failed`,
      met: paths.statement.p95 < 50 && paths.failures.statement === 0,
    });
  }
  rows.push(...clientTargets(results.client ?? []));
  return rows;
}

export async function writeResults(results: BenchResults): Promise<string[]> {
  const name = typeof results.options.results === 'string' ? results.options.results : 'latest';
  const json = path.join(RESULTS_DIR, `${name}.json`);
  const markdown = path.join(RESULTS_DIR, `${name}.md`);
  const plans = path.join(RESULTS_DIR, 'plans.md');
  const written: [string, string][] = [
    [json, JSON.stringify({ ...results, targets: targets(results) }, null, 2)],
    [markdown, resultsMarkdown(results)],
  ];
  if (results.plans) written.push([plans, plansMarkdown(results.plans)]);
  for (const [file, text] of written) {
    const config = (await resolveConfig(file)) ?? {};
    writeFileSync(file, await format(text, { ...config, filepath: file }));
  }
  return written.map(([file]) => file);
}

function resultsMarkdown(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (${results.startedAt} → ${results.finishedAt}). Options: \`${JSON.stringify(results.options)}\`.`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB; Node ${machine.node}; Neo4j ${machine.neo4j} ` +
      `Community. Load average (1 min) ${machine.loadStart} at the start, ${machine.loadEnd} at the end: other work on the ` +
      'machine takes CPU from both Neo4j and the benchmark.',
    '',
    '## Targets',
    '',
    table(
      ['Metric', 'Target', 'Measured', 'Met'],
      targets(results).map((t) => [
        t.metric,
        t.target,
        t.measured,
        t.met === null ? '–' : t.met ? 'yes' : 'no',
      ]),
    ),
    '',
    '## Bulk import',
    '',
    'First import into an empty store from an NDJSON file; relationships/s counts every relationship created,',
    'derived COOPERATES_WITH included, over the whole wall time (validation, writing, derivation).',
    '',
    table(
      [
        'Institutions',
        'Agreements',
        'File',
        'Relationships',
        'Wall',
        'Relationships/s',
        'Validate / write / derive',
        'CPU Neo4j / Node',
        'Transactions (retried)',
        'Live heap (max)',
        'Counts',
      ],
      results.imports.map((r) => [
        n(r.institutions),
        n(r.agreements),
        `${r.fileMb} MB`,
        n(r.first.relationshipsCreated),
        seconds(r.first.ms),
        n(r.first.relationshipsPerSecond),
        `${seconds(r.first.phasesMs.validate)} / ${seconds(r.first.phasesMs.write)} / ${seconds(r.first.phasesMs.derive)}`,
        `${seconds(r.first.cpuMs.neo4j)} / ${seconds(r.first.cpuMs.node)}`,
        `${n(r.first.transactions)} (${r.first.summary.retries})`,
        `${r.first.peakHeapMb} MB`,
        r.mismatches.length === 0 ? 'exact' : r.mismatches.join('; '),
      ]),
    ),
    '',
    ...secondImports(results.imports),
    ...liveSection(results.live),
    ...layoutSection(results.layouts),
    ...offlineSection(results.offline),
    ...naiveSection(results),
    ...sweepSection(results.sweep),
    ...apiSection(results.api),
    clientMarkdown(results.client ?? []),
  ];
  return lines.join('\n');
}
