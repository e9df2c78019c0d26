/**
 * bench/results/stress.json (everything measured) and stress.md (what a person reads), written after
 * every scenario. A run of some scenarios (`--only`) replaces theirs and keeps the others' from earlier
 * runs: each section says when it ran and how loaded the machine was then. Markdown is formatted with the
 * project's Prettier settings, so `npm run lint` accepts it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

import { SCENARIOS, type ScenarioName, type StressOptions } from './args.js';
import type { Base, DataFileInfo } from './base.js';
import type { ImportFigures } from './interrupted-import.js';
import type { LoadFigures } from './load.js';
import type { OutageFigures } from './outage.js';
import {
  appLogTable,
  checksTable,
  importSection,
  loadSection,
  machineLine,
  outageSection,
  shutdownSection,
  slowClientsSection,
  table,
} from './report-sections.js';
import type { ScenarioResult } from './scenario.js';
import type { ShutdownFigures } from './shutdown.js';
import type { SlowClientsFigures } from './slow-clients.js';

interface StressResults {
  /** The shape of this file: results of another shape (an older script's) are not kept. */
  version: number;
  updatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  base: (Base & { institutionsGenerated: number; agreementsGenerated: number }) | null;
  scenarios: Partial<Record<ScenarioName, ScenarioResult & { options: StressOptions }>>;
}

const VERSION = 2;
const RESULTS_DIR = path.join(import.meta.dirname, '..', 'results');
const JSON_FILE = path.join(RESULTS_DIR, 'stress.json');
const MARKDOWN_FILE = path.join(RESULTS_DIR, 'stress.md');

const TITLES: Record<ScenarioName, string> = {
  load: 'Load',
  outage: 'Outage: Neo4j killed',
  shutdown: 'Shutdown: SIGTERM with requests in flight',
  'slow-clients': 'Slow clients',
  import: 'Interrupted import',
};

export async function writeStressResults(run: {
  options: StressOptions;
  base: Base | undefined;
  data: DataFileInfo;
  result: ScenarioResult;
}): Promise<string[]> {
  const results = readResults();
  results.updatedAt = new Date().toISOString();
  results.machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  if (run.base) {
    results.base = {
      ...run.base,
      institutionsGenerated: run.data.counts.nodes.Institution,
      agreementsGenerated: run.data.counts.nodes.Agreement,
    };
  }
  results.scenarios[run.result.scenario] = { ...run.result, options: run.options };
  for (const [file, text] of [
    [JSON_FILE, JSON.stringify(results, null, 2)],
    [MARKDOWN_FILE, markdown(results)],
  ] as const) {
    const config = (await resolveConfig(file)) ?? {};
    writeFileSync(file, await format(text, { ...config, filepath: file }));
  }
  return [JSON_FILE, MARKDOWN_FILE].map((file) => path.relative(process.cwd(), file));
}

function readResults(): StressResults {
  if (existsSync(JSON_FILE)) {
    const earlier = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as StressResults;
    if (earlier.version === VERSION) return earlier;
  }
  return {
    version: VERSION,
    updatedAt: '',
    machine: { cpus: 0, cpuModel: '', memoryGb: 0, node: '' },
    base: null,
    scenarios: {},
  };
}

function markdown(results: StressResults): string {
  const ran = SCENARIOS.filter((name) => results.scenarios[name]);
  const { machine, base } = results;
  const lines = [
    '# Stress: the product under operational scenarios',
    '',
    '`npm run stress` starts the app as a user does (`node --import tsx server/main.ts`, with a Neo4j of its ' +
      'own under `.neo4j/stress`), on loopback, and drives it through the scenarios below; method and options ' +
      'in [`../README.md`](../README.md#npm-run-stress). Written by the script; each scenario says when it ran ' +
      'and how busy the machine was, since other work shares its cores.',
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}.` +
      (base
        ? ` Graph: the seed and \`${base.file}\` (${base.institutionsGenerated.toLocaleString('en')} institutions, ` +
          `${base.agreementsGenerated.toLocaleString('en')} agreements generated): ` +
          `${Object.entries(base.counts)
            .map(([key, value]) => `${value.toLocaleString('en')} ${key}`)
            .join(', ')}.`
        : ''),
    '',
    table(
      ['scenario', 'ran', 'load average (1 min) before → after', 'result', 'failed checks'],
      ran.map((name) => {
        const r = results.scenarios[name]!;
        const failed = r.checks.filter((c) => !c.pass).map((c) => c.name);
        return [
          `[${TITLES[name]}](#${anchor(TITLES[name])})`,
          r.startedAt.slice(0, 16).replace('T', ' '),
          `${r.machine.loadBefore[0]} → ${r.machine.loadAfter[0]}`,
          r.pass ? 'pass' : '**FAIL**',
          r.error ? 'did not finish (error below)' : failed.join('; ') || '–',
        ];
      }),
    ),
  ];
  for (const name of ran) lines.push('', ...section(name, results.scenarios[name]!));
  return `${lines.join('\n')}\n`;
}

function section(name: ScenarioName, result: ScenarioResult & { options: StressOptions }): string[] {
  const lines = [
    `## ${TITLES[name]}`,
    '',
    `Ran ${result.startedAt} – ${result.finishedAt}. ${machineLine(result.machine)}`,
  ];
  if (result.checks.length > 0) lines.push('', checksTable(result.checks));
  if (result.figures) lines.push('', figures(name, result.figures));
  if (result.error)
    lines.push(
      '',
      'The scenario stopped with an error:',
      '',
      '```',
      result.error.split('\n').slice(0, 8).join('\n'),
      '```',
    );
  lines.push('', appLogTable(result.appLog));
  return lines;
}

function figures(name: ScenarioName, data: unknown): string {
  switch (name) {
    case 'load':
      return loadSection(data as LoadFigures);
    case 'outage':
      return outageSection(data as OutageFigures);
    case 'shutdown':
      return shutdownSection(data as ShutdownFigures);
    case 'slow-clients':
      return slowClientsSection(data as SlowClientsFigures);
    case 'import':
      return importSection(data as ImportFigures);
  }
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replaceAll(' ', '-');
}
