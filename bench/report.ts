/**
 * The benchmark's results as JSON (everything measured) and Markdown (the tables people read), written to
 * bench/results/ and formatted with the project's Prettier settings so `npm run lint` accepts them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

import type { ApiBenchResult } from './api-bench.js';
import type { ClientBenchResult } from './client-bench.js';
import { clientMarkdown, clientTargets } from './client-report.js';
import type { LayoutSummary } from '../server/layout/index.js';
import type { ImportBenchResult, NaiveBenchResult } from './import-bench.js';
import type { QueryPlan } from './plans.js';

export const RESULTS_DIR = path.join(import.meta.dirname, 'results');

export interface SweepRow {
  agreements: number;
  concurrency: { write: number; derive: number };
  ms: number;
  phasesMs: { validate: number; write: number; derive: number };
  retries: number;
  relationshipsPerSecond: number;
  neo4jCpuMs: number;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    neo4j: string;
    /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
    loadStart: number;
    loadEnd: number;
  };
  options: Record<string, unknown>;
  naive?: NaiveBenchResult;
  imports: ImportBenchResult[];
  sweep?: SweepRow[];
  api?: ApiBenchResult;
  plans?: QueryPlan[];
  client?: ClientBenchResult[];
  /** The stored layout computed after each import, with the wall time of the whole refresh. */
  layouts?: (LayoutSummary & { wallMs: number })[];
}

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
  const json = path.join(RESULTS_DIR, 'latest.json');
  const markdown = path.join(RESULTS_DIR, 'latest.md');
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
    ...layoutSection(results.layouts),
    ...naiveSection(results),
    ...sweepSection(results.sweep),
    ...apiSection(results.api),
    clientMarkdown(results.client ?? []),
  ];
  return lines.join('\n');
}

function secondImports(imports: ImportBenchResult[]): string[] {
  const again = imports.filter((r) => r.second);
  if (again.length === 0) return [];
  return [
    'The same file imported a second time (every record takes the MERGE path; nothing may change):',
    '',
    table(
      [
        'Institutions',
        'Wall',
        'Nodes created',
        'Relationships created',
        'Relationships deleted',
        'Re-derived',
      ],
      again.map((r) => [
        n(r.institutions),
        seconds(r.second!.ms),
        n(r.second!.summary.nodesCreated),
        n(r.second!.summary.relationshipsCreated),
        n(r.second!.summary.relationshipsDeleted),
        n(r.second!.summary.rederived),
      ]),
    ),
    '',
  ];
}

function layoutSection(layouts: BenchResults['layouts']): string[] {
  if (!layouts?.length) return [];
  return [
    '## Stored layout',
    '',
    'What every import ends with (server/layout/): the network read from Neo4j, placed with ForceAtlas2 ' +
      '(the 5,000 institutions with most partners first, the others from their partners, then all together) ' +
      'and written back with each institution’s rank and page links, so the explorer draws at once.',
    '',
    table(
      ['Institutions', 'Cooperation edges', 'Iterations', 'Read / layout / write', 'Wall'],
      layouts.map((l) => [
        n(l.institutions),
        n(l.edges),
        l.iterations < l.planned ? `${l.iterations} of ${l.planned} (time limit)` : String(l.iterations),
        `${seconds(l.ms.read)} / ${seconds(l.ms.layout)} / ${seconds(l.ms.write)}`,
        seconds(l.wallMs),
      ]),
    ),
    '',
  ];
}

function naiveSection(results: BenchResults): string[] {
  const naive = results.naive;
  if (!naive) return [];
  const largest = results.imports.at(-1);
  return [
    '## Naive importer',
    '',
    `One transaction per record with the seed importer's MERGE statements, COOPERATES_WITH merged pair by pair, on ` +
      `the ${size(naive.institutions)} data set (${n(naive.records)} records, ${n(naive.transactions)} transactions, ` +
      `${n(naive.relationshipsCreated)} relationships in ${seconds(naive.ms)}): **${n(naive.relationshipsPerSecond)} ` +
      `relationships/s**${naive.mismatches.length ? ` (counts differ: ${naive.mismatches.join('; ')})` : ''}.`,
    '',
    `- Same data, bulk importer, same run: ${n(naive.bulkSameData.relationshipsPerSecond)} relationships/s = ` +
      `**${(naive.bulkSameData.relationshipsPerSecond / naive.relationshipsPerSecond).toFixed(0)}×**.`,
    ...(largest
      ? [
          `- Scaled to ${size(largest.institutions)} (${n(largest.first.relationshipsCreated)} relationships): the naive ` +
            `importer would take about ${seconds((largest.first.relationshipsCreated / naive.relationshipsPerSecond) * 1000)} ` +
            `against ${seconds(largest.first.ms)}, **${(largest.first.relationshipsPerSecond / naive.relationshipsPerSecond).toFixed(0)}×**` +
            ' (its rate measured on a small graph, where each MERGE is cheaper, so the ratio is a lower bound).',
        ]
      : []),
    '',
  ];
}

function sweepSection(sweep: SweepRow[] | undefined): string[] {
  if (!sweep) return [];
  return [
    '## Batch sizes',
    '',
    'The 10k data set imported with other agreement batch sizes and numbers of concurrent transactions',
    '(agreement batches / edge rebuilds), each into a fresh Neo4j:',
    '',
    table(
      [
        'Agreements per transaction',
        'At once (write / derive)',
        'Wall',
        'Write',
        'Derive',
        'Relationships/s',
        'CPU Neo4j',
        'Retries',
      ],
      sweep.map((row) => [
        n(row.agreements),
        `${row.concurrency.write} / ${row.concurrency.derive}`,
        seconds(row.ms),
        seconds(row.phasesMs.write),
        seconds(row.phasesMs.derive),
        n(row.relationshipsPerSecond),
        seconds(row.neo4jCpuMs),
        String(row.retries),
      ]),
    ),
    '',
  ];
}

function apiSection(api: ApiBenchResult | undefined): string[] {
  if (!api) return [];
  const ms = (value: number): string => `${value} ms`;
  return [
    `## API over HTTP against the bare driver (${n(api.institutions)} institutions)`,
    '',
    `${api.iterations} calls per endpoint and side, alternating in random order on the same random inputs; ` +
      'the driver side runs the same statements in the same sequence in one read transaction.',
    '',
    table(
      [
        'Endpoint',
        'Example',
        'HTTP p50',
        'HTTP p95',
        'Driver p50',
        'Driver p95',
        'Ratio p50',
        'Ratio p95',
        'HTTP errors',
      ],
      api.endpoints.map((e) => [
        e.endpoint,
        `\`${e.example}\``,
        ms(e.http.p50),
        ms(e.http.p95),
        ms(e.driver.p50),
        ms(e.driver.p95),
        `${e.ratioP50.toFixed(2)}×`,
        `${e.ratioP95.toFixed(2)}×`,
        `${e.errors.http} / ${e.errors.driver}`,
      ]),
    ),
    '',
    '### Shortest paths between random institutions',
    '',
    table(
      ['Measured', 'p50', 'p95', 'max', 'Failed'],
      (
        [
          ['shortest-paths.cypher alone (shortestPath())', api.paths.statement, api.paths.failures.statement],
          ['GET /api/paths over HTTP', api.paths.http, api.paths.failures.http],
          [
            'paths.cypher alone (SHORTEST 1 selector, kept for domain filters)',
            api.paths.selector,
            api.paths.failures.selector,
          ],
        ] as const
      ).map(([label, d, failed]) => [label, ms(d.p50), ms(d.p95), ms(d.max), String(failed)]),
    ),
    '',
    `${api.paths.found} of ${api.paths.pairs} pairs linked within 8 hops; mean length ${api.paths.meanLength} ` +
      'relationships. Failed calls (a memory or time limit) are left out of the latencies.',
    '',
  ];
}

function plansMarkdown(plans: QueryPlan[]): string {
  const lines = [
    '# Query plans on the benchmark graph',
    '',
    'Written by `npm run bench`: each API statement run warm (median of five runs), then under PROFILE. A scan is an',
    'operator that reads every node of a label, every relationship of a type or a whole index; none should appear on',
    'the request path (the 40 countries and 14 domains of the vocabulary excepted).',
    '',
    table(
      ['Query', 'Warm run (median)', 'Rows', 'db hits', 'Scans'],
      plans.map((p) => [
        p.name,
        p.error ? 'error' : `${p.ms} ms`,
        n(p.rows),
        n(p.dbHits),
        p.error ? p.error : p.scans.length ? p.scans.join('; ') : 'none',
      ]),
    ),
    '',
  ];
  for (const plan of plans) {
    lines.push(`## ${plan.name}`, '', `\`cypher/${plan.statement}.cypher\` with \`${plan.parameters}\``, '');
    if (plan.error) {
      lines.push(`Failed: ${plan.error}`, '');
      continue;
    }
    lines.push(
      table(
        ['Operator', 'Rows', 'db hits', 'Details'],
        plan.operators.map((op) => [
          `${'· '.repeat(op.depth)}${op.operator}`,
          n(op.rows),
          n(op.dbHits),
          op.details ? `\`${op.details.replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '',
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell.replace(/\n/g, ' ')).join(' | ')} |`),
  ].join('\n');
}

function n(value: number): string {
  return Math.round(value).toLocaleString('en');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function size(institutions: number): string {
  return institutions >= 1_000 && institutions % 1_000 === 0 ? `${institutions / 1_000}k` : n(institutions);
}
