/**
 * `npm run extract -- ARTICLE.txt [--out draft.yaml] [--title T] [--published YYYY-MM-DD] [--language ko|en]`:
 * the draft of POST /api/extract for a text file, matched against the graph and the reference gazetteer
 * of the project's Neo4j (started if need be, as `npm run seed` does). Writes the draft as YAML in the
 * seed format (to --out, or to standard output) and lists the proposals for review on standard error.
 * Reads the database, never writes it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { stringify } from 'yaml';

import { extractRequestSchema, type ExtractResponse } from '../../contract/extract.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { readProjectReference } from '../import/reference.js';
import { readDatasetFile } from '../import/validate-dataset.js';
import { openDatabase, PROJECT_DIR } from '../runtime.js';
import { CatalogueCache, extract } from '../services/extract/index.js';
import { catalogueFromDatasets } from './index.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      title: { type: 'string' },
      published: { type: 'string' },
      language: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    throw new UsageError('Give one text file: npm run extract -- ARTICLE.txt [--out draft.yaml]');
  }
  const parsed = extractRequestSchema.safeParse({
    text: readFileSync(file, 'utf8'),
    title: values.title,
    published: values.published,
    language: values.language,
  });
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
  }
  const config = loadConfig();
  // Progress and Neo4j's start go to standard error: standard output may be the draft itself.
  const logger = createLogger(config.LOG_LEVEL, 2);
  const { db, close } = await openDatabase(config, logger);
  try {
    const catalogues = new CatalogueCache(db);
    let catalogue = await catalogues.get();
    if (catalogue.institutions.length === 0) {
      // A clone that has never run `npm start`: the repo's own files are what the graph would hold.
      logger.warn(
        'The graph is empty (run npm start or npm run seed to fill it): matching against the seed and the gazetteer files.',
      );
      const seedFile = path.resolve(PROJECT_DIR, config.SEED_FILE);
      const reference = readProjectReference(path.resolve(PROJECT_DIR, config.REFERENCE_DIR), seedFile);
      catalogue = catalogueFromDatasets([readDatasetFile(seedFile).dataset], reference);
    }
    const answer = await extract(parsed.data, () => catalogue);
    const yaml = stringify(answer.draft, { lineWidth: 110 });
    if (values.out === undefined) process.stdout.write(yaml);
    else writeFileSync(values.out, yaml);
    process.stderr.write(reviewSummary(answer, values.out));
  } finally {
    await close();
  }
}

class UsageError extends Error {}

function reviewSummary(answer: ExtractResponse, out: string | undefined): string {
  const lines = answer.review.map((item) => {
    const [evidence] = item.evidence;
    const where = evidence ? ` [${evidence.sentence.start}–${evidence.sentence.end}]` : '';
    const what =
      item.type === 'institution'
        ? `institution ${item.id} (${item.match}, "${item.name}")`
        : `agreement ${item.id}`;
    return `  ${what}, confidence ${item.confidence.toFixed(2)}${where}: ${item.reasons.join('; ')}`;
  });
  const untranslated = answer.draft.agreements.some((agreement) =>
    agreement.evidence.some((quote) => quote.quoteEn === ''),
  );
  return [
    `Extracted ${answer.review.length} proposals from ${answer.characters} characters (${answer.language}) in ${answer.elapsedMs} ms:`,
    ...lines,
    ...(untranslated ? ['Fill each empty quoteEn (the English of a Korean quote) before importing.'] : []),
    out === undefined ? '' : `Draft written to ${out}; review it, then: npm run seed -- ${out}`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
