/**
 * The catalogue the extraction tests read: the seed data set as the graph and, as the reference
 * gazetteer, the fixture of the institutions the texts name (their labels use its ids; the benchmark
 * reads the project's gazetteer, seed/reference/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Dataset } from '../../contract/dataset.js';
import type { ExtractResponse } from '../../contract/extract.js';
import { readDatasetFile } from '../../server/import/validate-dataset.js';
import { catalogueFromDatasets } from '../../server/extract/index.js';
import type { Catalogue } from '../../server/extract/catalogue.js';
import type { Labels } from '../../bench/extract/score.js';

export const ROOT = path.join(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/extract');
export const SEED_FILE = path.join(ROOT, 'seed/korea-us-cet-dialogue-2023.yaml');

export function seedDataset(): Dataset {
  return readDatasetFile(SEED_FILE).dataset;
}

/** The fixture, always: the tests' texts are labelled with its ids. */
export function testCatalogue(): Catalogue {
  return catalogueFromDatasets(
    [seedDataset()],
    [readDatasetFile(path.join(FIXTURES, 'reference.yaml')).dataset],
  );
}

export function readFixture(folder: string, name: string): { text: string; labels: Labels } {
  return {
    text: readFileSync(path.join(folder, `${name}.txt`), 'utf8'),
    labels: JSON.parse(readFileSync(path.join(folder, `${name}.labels.json`), 'utf8')) as Labels,
  };
}

export type Extraction = Omit<ExtractResponse, 'elapsedMs'>;

export const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));
