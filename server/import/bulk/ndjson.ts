/**
 * NDJSON datasets: one chunk of the dataset format per line (`{"institutions": […]}`), read a line at a
 * time so that a file of any size streams through in bounded memory. Chunk `n` is line `n + 1`.
 */
import { createReadStream } from 'node:fs';
import readline from 'node:readline';

import { DatasetError } from '../validate-dataset.js';

export async function* readNdjsonChunks(file: string): AsyncGenerator<unknown> {
  const lines = readline.createInterface({
    input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    try {
      yield JSON.parse(line) as unknown;
    } catch (error) {
      throw new DatasetError(
        [
          {
            path: `chunks[${number - 1}]`,
            message: `line ${number} is not valid JSON: ${(error as Error).message}`,
          },
        ],
        file,
      );
    }
  }
}
