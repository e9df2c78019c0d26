/**
 * The NDJSON reader of the bulk importer: one chunk per line whatever the line endings, bad lines named
 * by number, and no reading ahead of a slow consumer (a file larger than memory must stream through).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

import { afterAll, describe, expect, it } from 'vitest';

import { readNdjsonChunks } from '../server/import/bulk/index.js';
import { DatasetError } from '../server/import/validate-dataset.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ndjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const written = path.join(dir, name);
  writeFileSync(written, text);
  return written;
}

async function readAll(name: string): Promise<unknown[]> {
  const chunks: unknown[] = [];
  for await (const chunk of readNdjsonChunks(name)) chunks.push(chunk);
  return chunks;
}

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

describe('NDJSON chunks', () => {
  it('reads one chunk per line, with LF or CRLF endings and without a final newline', async () => {
    expect(await readAll(file('lf.ndjson', '{"a":1}\n{"b":2}\n'))).toEqual([{ a: 1 }, { b: 2 }]);
    expect(await readAll(file('crlf.ndjson', '{"a":1}\r\n{"b":2}'))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('names the line that is not JSON', async () => {
    const error = await readAll(file('bad.ndjson', '{"a":1}\n{"b":\n')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues[0]).toMatchObject({ path: 'chunks[1]' });
    expect((error as DatasetError).issues[0]!.message).toMatch(/^line 2 is not valid JSON/);
  });

  it('does not read ahead of a consumer that is busy', async () => {
    // 40 lines of 1 MB: a reader that buffers ahead holds most of them while the consumer waits.
    const line = `${JSON.stringify({ text: 'x'.repeat(1 << 20) })}\n`;
    const big = file('big.ndjson', line.repeat(40));
    const chunks = readNdjsonChunks(big);
    await chunks.next();
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    // Time enough for a greedy reader to read the whole file.
    await new Promise((resolve) => setTimeout(resolve, 500));
    collectGarbage();
    const growth = process.memoryUsage().heapUsed - before;
    expect(growth).toBeLessThan(8 << 20);
    let count = 1;
    for await (const chunk of chunks) count += chunk ? 1 : 0;
    expect(count).toBe(40);
  });
});
