/**
 * The admission queue in front of the driver's pool, as a read sees it: admitted while a slot is free,
 * queued while the wait fits the deadline, refused at once (503 with Retry-After upstream) when the
 * reads ahead of it could not be served within the deadline anyway.
 */
import { describe, expect, it } from 'vitest';

import { Admission, OverloadedError } from '../server/db/admission.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('the admission queue', () => {
  it('runs at most `running` reads at once and the rest in their order', async () => {
    const admission = new Admission({ running: 2, queued: 10, waitMs: 5_000 });
    const order: number[] = [];
    let peak = 0;
    await Promise.all(
      [0, 1, 2, 3, 4].map((n) =>
        admission.run(async () => {
          peak = Math.max(peak, admission.running);
          await sleep(20);
          order.push(n);
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses at once a read that would only wait out its deadline', async () => {
    const admission = new Admission({ running: 1, queued: 100, waitMs: 300 });
    // Reads of about 200 ms, one at a time: the third queued read would wait at least 400 ms behind two.
    // (Those queued meanwhile may run or meet their deadline; only the refusal's timing is asserted.)
    await admission.run(() => sleep(200));
    const queued = [0, 1, 2].map(() => admission.run(() => sleep(200)).catch(() => undefined));
    const started = performance.now();
    const third = await admission.run(() => sleep(200)).catch((error: unknown) => error);
    expect(performance.now() - started).toBeLessThan(50);
    expect(third).toBeInstanceOf(OverloadedError);
    expect((third as OverloadedError).limit).toBe('NEO4J_READ_QUEUE_TIMEOUT_MS');
    expect((third as OverloadedError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await Promise.all(queued);
  });

  it('refuses at its deadline a read that waited for a slot that never came free', async () => {
    const admission = new Admission({ running: 1, queued: 10, waitMs: 100 });
    const blocking = admission.run(() => sleep(400));
    const started = performance.now();
    const waited = await admission.run(() => sleep(1)).catch((error: unknown) => error);
    expect(waited).toBeInstanceOf(OverloadedError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    await blocking;
  });
});
