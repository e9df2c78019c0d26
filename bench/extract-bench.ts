/**
 * `npm run bench:extract`: extraction measured on the labelled texts of bench/extract/labelled/ (Korean
 * and English, none of them used to write the rules): institution and agreement recall and precision,
 * how often a found agreement has the labelled kind, status, date and amount, and the time per 1,000
 * characters. Writes bench/results/extract.md and extract.json. The catalogue is what `npm start` gives
 * extraction on a fresh clone: the seed data set as the graph and seed/reference/ as the gazetteer.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

import { catalogueFromDatasets, extractDraft } from '../server/extract/index.js';
import { readProjectReference } from '../server/import/reference.js';
import { readDatasetFile } from '../server/import/validate-dataset.js';
import { score, type Labels, type Score } from './extract/score.js';
import { table } from './report-sections.js';
import { median, round } from './stats.js';

const ROOT = path.join(import.meta.dirname, '..');
const LABELLED = path.join(import.meta.dirname, 'extract/labelled');
const RESULTS = path.join(import.meta.dirname, 'results');
const RUNS = 20;

interface TextResult {
  name: string;
  language: string;
  characters: number;
  msMedian: number;
  msPer1000: number;
  score: Score;
}

function catalogue(): { catalogue: ReturnType<typeof catalogueFromDatasets>; reference: string } {
  const seedFile = path.join(ROOT, 'seed/korea-us-cet-dialogue-2023.yaml');
  const reference = readProjectReference(path.join(ROOT, 'seed/reference'), seedFile);
  return {
    catalogue: catalogueFromDatasets([readDatasetFile(seedFile).dataset], reference),
    reference: 'seed/reference/*.yaml',
  };
}

function measure(): { texts: TextResult[]; reference: string; institutions: number } {
  const { catalogue: known, reference } = catalogue();
  const names = readdirSync(LABELLED)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  const texts = names.map((name): TextResult => {
    const text = readFileSync(path.join(LABELLED, `${name}.txt`), 'utf8');
    const labels = JSON.parse(readFileSync(path.join(LABELLED, `${name}.labels.json`), 'utf8')) as Labels;
    const request = { text, published: labels.published };
    const result = extractDraft(request, known);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      extractDraft(request, known);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    return {
      name,
      language: result.language,
      characters: text.length,
      msMedian: round(ms, 2),
      msPer1000: round((ms / text.length) * 1000, 2),
      score: score(result, labels),
    };
  });
  return { texts, reference, institutions: known.institutions.length };
}

interface Totals {
  institutions: { recall: number; precision: number };
  agreements: {
    recall: number;
    precision: number;
    kind: string;
    status: string;
    date: string;
    amount: string;
  };
  msPer1000: number;
}

function totals(texts: TextResult[]): Totals {
  const sum = (pick: (t: TextResult) => number): number => texts.reduce((total, t) => total + pick(t), 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : round(a / b, 3));
  const pair = (pick: (t: TextResult) => [number, number]): string =>
    `${sum((t) => pick(t)[0])}/${sum((t) => pick(t)[1])}`;
  const i = (t: TextResult): Score['institutions'] => t.score.institutions;
  const a = (t: TextResult): Score['agreements'] => t.score.agreements;
  return {
    institutions: {
      recall: ratio(
        sum((t) => i(t).found),
        sum((t) => i(t).gold),
      ),
      precision: ratio(
        sum((t) => i(t).found),
        sum((t) => i(t).proposed),
      ),
    },
    agreements: {
      recall: ratio(
        sum((t) => a(t).found),
        sum((t) => a(t).gold),
      ),
      precision: ratio(
        sum((t) => a(t).found),
        sum((t) => a(t).proposed),
      ),
      kind: pair((t) => a(t).kind),
      status: pair((t) => a(t).status),
      date: pair((t) => a(t).date),
      amount: pair((t) => a(t).amount),
    },
    msPer1000: round((sum((t) => t.msMedian) / sum((t) => t.characters)) * 1000, 2),
  };
}

function markdown(run: ReturnType<typeof measure>, startedAt: string): string {
  const groups: [string, TextResult[]][] = [
    ['all', run.texts],
    ['Korean', run.texts.filter((t) => t.language === 'ko')],
    ['English', run.texts.filter((t) => t.language === 'en')],
  ];
  const pct = (value: number): string => `${Math.round(value * 100)} %`;
  return [
    '# Extraction benchmark',
    '',
    `Written by \`npm run bench:extract\` (${startedAt}) on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`,
    `${run.texts.length} labelled texts (bench/extract/labelled/), catalogue of ${run.institutions} institutions: seed/*.yaml as the graph, ${run.reference} as the gazetteer.`,
    'An institution counts as found when a proposal has its id (or, for one the catalogue lacks, is written as labelled);',
    'an agreement when its party set matches. Kind, status, date and amount: right / compared, over found agreements.',
    `Time: median of ${RUNS} runs per text, per 1,000 characters.`,
    '',
    table(
      [
        'Texts',
        'Institutions recall',
        'Institutions precision',
        'Agreements recall',
        'Agreements precision',
        'Kind',
        'Status',
        'Date',
        'Amount',
        'ms / 1,000 chars',
      ],
      groups.map(([label, texts]) => {
        const t = totals(texts);
        return [
          `${label} (${texts.length})`,
          pct(t.institutions.recall),
          pct(t.institutions.precision),
          pct(t.agreements.recall),
          pct(t.agreements.precision),
          t.agreements.kind,
          t.agreements.status,
          t.agreements.date,
          t.agreements.amount,
          String(t.msPer1000),
        ];
      }),
    ),
    '',
    '## Per text',
    '',
    table(
      [
        'Text',
        'Characters',
        'Institutions found / labelled / proposed',
        'Agreements found / labelled / proposed',
        'ms',
        'Missed',
        'Extra',
      ],
      run.texts.map((t) => [
        t.name,
        String(t.characters),
        `${t.score.institutions.found} / ${t.score.institutions.gold} / ${t.score.institutions.proposed}`,
        `${t.score.agreements.found} / ${t.score.agreements.gold} / ${t.score.agreements.proposed}`,
        String(t.msMedian),
        [...t.score.institutions.missed, ...t.score.agreements.missed].join('; ') || '–',
        [...t.score.institutions.extra, ...t.score.agreements.extra].join('; ') || '–',
      ]),
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const run = measure();
  const written: [string, string][] = [
    [
      path.join(RESULTS, 'extract.json'),
      JSON.stringify({ startedAt, ...run, totals: totals(run.texts) }, null, 2),
    ],
    [path.join(RESULTS, 'extract.md'), markdown(run, startedAt)],
  ];
  for (const [file, text] of written) {
    const config = (await resolveConfig(file)) ?? {};
    writeFileSync(file, await format(text, { ...config, filepath: file }));
  }
  const all = totals(run.texts);
  console.log(
    `institutions recall ${all.institutions.recall}, precision ${all.institutions.precision}; ` +
      `agreements recall ${all.agreements.recall}, precision ${all.agreements.precision}; ${all.msPer1000} ms / 1,000 characters`,
  );
  console.log(written.map(([file]) => path.relative(ROOT, file)).join('\n'));
}

await main();
