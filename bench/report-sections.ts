/** The sections of the benchmark's Markdown report, one function each, and the number formats they share. */
import type { ApiBenchResult } from './api-bench.js';
import type { ImportBenchResult } from './import-bench.js';
import type { QueryPlan } from './plans.js';
import type { BenchResults, SweepRow } from './results.js';

export function secondImports(imports: ImportBenchResult[]): string[] {
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

export function liveSection(live: BenchResults['live']): string[] {
  if (!live) return [];
  const { run } = live;
  return [
    '## Live import into a large graph',
    '',
    `${n(live.institutions)} more institutions (a data set of other ids) imported by the same importer into the ` +
      `graph of ${n(live.baseInstitutions)} it has just written and laid out: the import an analyst's new data ` +
      'makes once the store holds data, where the offline importer cannot go. Relationships/s over the whole wall ' +
      'time, as above; the layout that follows is not counted.',
    '',
    table(
      [
        'Into',
        'Added',
        'Relationships',
        'Wall',
        'Relationships/s',
        'Validate / write / derive',
        'CPU Neo4j / Node',
        'Created',
      ],
      [
        [
          n(live.baseInstitutions),
          n(live.institutions),
          n(run.relationshipsCreated),
          seconds(run.ms),
          n(run.relationshipsPerSecond),
          `${seconds(run.phasesMs.validate)} / ${seconds(run.phasesMs.write)} / ${seconds(run.phasesMs.derive)}`,
          `${seconds(run.cpuMs.neo4j)} / ${seconds(run.cpuMs.node)}`,
          live.mismatches.length === 0 ? 'exact' : live.mismatches.join('; '),
        ],
      ],
    ),
    '',
  ];
}

export function layoutSection(layouts: BenchResults['layouts']): string[] {
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

export function offlineSection(offline: BenchResults['offline']): string[] {
  if (!offline?.length) return [];
  return [
    '## Offline first load',
    '',
    'The same file into a fresh store through Neo4j’s offline importer (server/import/offline/): validated ' +
      'and written as CSV files in one pass, `neo4j-admin database import full`, the restart on the new ' +
      'store, constraints and full-text indexes online, and the stored layout, computed from the files’ ' +
      'network while the importer runs (“layout” is what it adds after the schema: the wait for ForceAtlas2 ' +
      'and the write). Relationships/s over all of it; “vs bulk” is the bulk importer’s time with its ' +
      'layout over this one’s; the graph, positions and page links included, is compared with the bulk ' +
      'importer’s after its layout, node by node and relationship by relationship.',
    '',
    table(
      [
        'Institutions',
        'Relationships',
        'Files / importer / restart / schema / layout',
        'Wall',
        'Relationships/s',
        'vs bulk',
        'Graph',
      ],
      offline.map((o) => [
        n(o.institutions),
        n(o.relationshipsCreated),
        [o.ms.files, o.ms.import, o.ms.swap, o.ms.schema, o.ms.layout].map(seconds).join(' / '),
        seconds(o.ms.total),
        n(o.relationshipsPerSecond),
        `${o.speedUp.toFixed(1)}×`,
        o.sameGraph ? 'identical' : 'DIFFERENT',
      ]),
    ),
    '',
  ];
}

export function naiveSection(results: BenchResults): string[] {
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

export function sweepSection(sweep: SweepRow[] | undefined): string[] {
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

export function apiSection(api: ApiBenchResult | undefined): string[] {
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

export function plansMarkdown(plans: QueryPlan[]): string {
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

export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell.replace(/\n/g, ' ')).join(' | ')} |`),
  ].join('\n');
}

export function n(value: number): string {
  return Math.round(value).toLocaleString('en');
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function size(institutions: number): string {
  return institutions >= 1_000 && institutions % 1_000 === 0 ? `${institutions / 1_000}k` : n(institutions);
}
