/**
 * Refusals under load are logged as the operator needs them: the first at once with its cause, the
 * rest of the interval as one line with their count, not one line (and stack) each.
 */
import { Writable } from 'node:stream';

import { pino } from 'pino';
import { describe, expect, it } from 'vitest';

import { RefusalLog } from '../server/http/refusal-log.js';

interface Line {
  msg: string;
  refused?: number;
  lastReason?: string;
  err?: { message: string };
}

function capturingLogger() {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Line);
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, sink), lines };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('the refusal log', () => {
  it('logs the first refusal at once and the next ones as one summary', async () => {
    const { logger, lines } = capturingLogger();
    const log = new RefusalLog(50);
    for (let n = 1; n <= 1_000; n += 1)
      log.refused(logger, 'request refused: busy', new Error(`reason ${n}`));
    await sleep(10);
    expect(lines.map((l) => l.msg)).toEqual(['request refused: busy']);
    expect(lines[0]!.err?.message).toBe('reason 1');

    await sleep(100);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({
      msg: 'request refused: busy (repeated)',
      refused: 999,
      lastReason: 'reason 1000',
    });
  });

  it('keeps kinds apart and logs nothing more after a lone refusal', async () => {
    const { logger, lines } = capturingLogger();
    const log = new RefusalLog(30);
    log.refused(logger, 'busy', new Error('a'));
    log.refused(logger, 'away', new Error('b'));
    await sleep(80);
    expect(lines.map((l) => l.msg)).toEqual(['busy', 'away']);
    log.refused(logger, 'busy', new Error('c'));
    await sleep(10);
    expect(lines.map((l) => l.msg)).toEqual(['busy', 'away', 'busy']);
  });
});
