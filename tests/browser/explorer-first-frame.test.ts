/**
 * Time from navigation start to the first frame sigma draws of the seed graph, in headless Chromium, with a
 * pixel read-back to show the frame really has the network in it. Recorded in
 * tests/artifacts/first-frame.json; no assertion on the time (machines differ), only that it was drawn.
 */
import { writeFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { artifact, paintedNodePixels, useExplorer } from './explorer-page.js';

const context = useExplorer();
const RUNS = 3;

describe('first frame', () => {
  it('draws the seed graph and records how long it took', async () => {
    const runs: { networkLoaded: number; firstFrame: number; pixels: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context each time: nothing cached from the previous run.
      const browserContext = await context.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await browserContext.newPage();
      await page.goto(context.seeded.app.url);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, {
        timeout: 60_000,
      });
      const timing = await page.evaluate(() => window.cooperationGraph!.timing);
      const pixels = await paintedNodePixels(page);
      runs.push({ ...timing, pixels });
      await browserContext.close();
    }
    for (const run of runs) {
      expect(run.firstFrame).toBeGreaterThanOrEqual(run.networkLoaded);
      expect(run.pixels).toBeGreaterThan(500);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const report = {
      measured: new Date().toISOString(),
      browser: context.browser.version(),
      what: 'ms from navigation start: the network answer arrived (networkLoaded), then sigma drew it (firstFrame)',
      medianFirstFrameMs: Math.round(median(runs.map((run) => run.firstFrame))),
      medianNetworkLoadedMs: Math.round(median(runs.map((run) => run.networkLoaded))),
      runs: runs.map((run) => ({
        networkLoadedMs: Math.round(run.networkLoaded),
        firstFrameMs: Math.round(run.firstFrame),
        paintedNodePixels: run.pixels,
      })),
    };
    await writeFile(artifact('first-frame.json'), `${JSON.stringify(report, null, 2)}\n`);
  });
});
