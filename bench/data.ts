/**
 * The benchmark's data sets: the synthetic generator's chunks written as NDJSON (one chunk per line) to
 * `bench/data/`, with the exact graph they make beside them. Written in one streaming pass.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

import { syntheticDataset, type SyntheticCounts } from './generator/index.js';

export const DATA_DIR = path.join(import.meta.dirname, 'data');

export interface DataFile {
  file: string;
  bytes: number;
  counts: SyntheticCounts;
  ms: number;
}

/** `idPrefix` goes before every id the data set defines (see `SyntheticOptions`), and into the file's name. */
export async function writeDataFile(institutions: number, seed: string, idPrefix = ''): Promise<DataFile> {
  const started = performance.now();
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, `synthetic-${idPrefix}${institutions}-${seed}.ndjson`);
  const dataset = syntheticDataset({ institutions, seed, idPrefix });
  const out = createWriteStream(file, { encoding: 'utf8' });
  let bytes = 0;
  for (const chunk of dataset.chunks()) {
    const line = `${JSON.stringify(chunk)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { file, bytes, counts: dataset.counts(), ms: performance.now() - started };
}
