/**
 * NDJSON datasets: one chunk of the dataset format per line (`{"institutions": […]}`), read a line at a
 * time so that a file of any size streams through in bounded memory. Chunk `n` is line `n + 1`.
 *
 * Lines are split here rather than by `readline`, whose async iterator reads on while its consumer is
 * busy: with Neo4j writing slower than the file reads, it held most of a 600 MB file at once. Pulling
 * the stream's chunks one at a time keeps at most a read buffer and one line ahead of the consumer.
 */
import { createReadStream } from 'node:fs';

import { DatasetError } from '../validate-dataset.js';

export async function* readNdjsonChunks(file: string): AsyncGenerator<unknown> {
  let number = 0;
  const parse = (line: string): unknown => {
    number += 1;
    try {
      return JSON.parse(line.endsWith('\r') ? line.slice(0, -1) : line) as unknown;
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
  };
  let pending = '';
  for await (const text of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    pending += text as string;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      yield parse(line);
      end = pending.indexOf('\n');
    }
  }
  if (pending.length > 0) yield parse(pending);
}
