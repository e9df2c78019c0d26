/**
 * `npm run bench:timeline [-- --size 10k]`: the time bar on a generated graph. The graph is
 * generated, bulk-imported and laid out in a Neo4j of its own; the explorer is opened in Chromium and,
 * once every page is in, played from the first month to the last at the fastest speed: per month, the
 * time from the previous month's frame to this one's drawn (pixels read back). Also the timeline's load
 * and a paused month's redraw, and the switch to the agreements view. Writes bench/results/timeline.md and timeline.json.
 */
import type { AddressInfo } from 'node:net';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { pino } from 'pino';
import { chromium } from 'playwright-core';

import type {} from '../client/src/main.js';
import { createApp } from '../server/app.js';
import { importChunks, readNdjsonChunks } from '../server/import/bulk/index.js';
import { refreshLayout } from '../server/layout/index.js';
import { IMPORTS_CLOSED } from '../server/services/import/index.js';
import { CLIENT_DIR } from '../server/runtime.js';
import { buildClientIfStale } from '../server/tools/build-client.js';
import { CHROMIUM_ARGS } from './client-bench.js';
import { CONTEXT_OPTIONS, openSide } from './client/sides.js';
import { writeDataFile } from './data.js';
import { parseSize } from './generator/index.js';
import { startBenchDatabase } from './neo4j.js';
import { RESULTS_DIR } from './report.js';

const at = process.argv.indexOf('--size');
const institutions = parseSize(at === -1 ? '10k' : (process.argv[at + 1] ?? '10k'));
const started = Date.now();
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Months played a second: the time bar's fastest speed. */
const SPEED = 12;

interface MonthFrame {
  month: string;
  /** ms since the previous month was drawn: the interval playback keeps (1000 / SPEED at best). */
  step: number;
  /** ms to read the month's frame back: its pixels really drawn. */
  drawn: number;
  agreements: number;
}

/** `--profile`: a CPU profile of the playback, summed by function (self time). */
const profiling = process.argv.includes('--profile');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

function selfTimes(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)}  ${name}`)
    .join('\n');
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

await buildClientIfStale();
const data = await writeDataFile(institutions, 'bench');
const bench = await startBenchDatabase(`timeline-${institutions}`, { heap: '4g', pageCache: '1g' });
const server = createApp({
  db: bench.db,
  logger: pino({ level: 'error' }),
  clientDir: CLIENT_DIR,
  imports: IMPORTS_CLOSED,
}).listen(0, '127.0.0.1');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  log(`Importing ${institutions} institutions…`);
  await importChunks(bench.db, () => readNdjsonChunks(data.file));
  await refreshLayout(bench.db);
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const timelineStart = performance.now();
  const response = await fetch(`${url}/api/timeline?limit=100000`);
  if (!response.ok) throw new Error(`GET /api/timeline: ${response.status} ${await response.text()}`);
  const timeline = (await response.json()) as { entries: unknown[]; months: unknown[] };
  const timelineMs = performance.now() - timelineStart;
  const timelineBytes = JSON.stringify(timeline).length;
  log(
    `Timeline: ${timeline.entries.length} entries over ${timeline.months.length} months in ${Math.round(timelineMs)} ms`,
  );

  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await openSide(context);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`page console: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      document.body.dataset.state === 'ready' &&
      document.getElementById('timebar')?.dataset.status === 'ready' &&
      document.querySelector<HTMLElement>('[data-testid="load-progress"]')?.hidden !== false,
    undefined,
    { timeout: 15 * 60_000, polling: 250 },
  );
  log('Explorer settled; playing every month…');
  await page.getByTestId('timebar-speed').selectOption(String(SPEED));
  // Every month the time bar reaches, seen when its step's work is done (a mutation observer runs after
  // the task that set it, the canvas' refresh included), and its frame read back then.
  await page.evaluate(() => {
    const bar = document.getElementById('timebar')!;
    const seen: MonthFrame[] = [];
    (window as unknown as { monthsSeen: MonthFrame[] }).monthsSeen = seen;
    let last = performance.now();
    new MutationObserver(() => {
      const month = bar.dataset.asOf ?? '';
      if (month === '' || seen.at(-1)?.month === month) return;
      const js = performance.now();
      window.benchReadBack();
      const drawn = performance.now();
      seen.push({
        month,
        step: js - last,
        drawn: drawn - js,
        agreements: Number(document.getElementById('stats')?.dataset.agreements),
      });
      last = drawn;
    }).observe(bar, { attributes: true, attributeFilter: ['data-as-of'] });
  });
  const profiler = profiling ? await page.context().newCDPSession(page) : null;
  if (profiler !== null) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.start');
  }
  await page.getByTestId('timebar-play').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="timebar-play"]')?.getAttribute('aria-pressed') === 'false',
    undefined,
    { timeout: 30 * 60_000, polling: 500 },
  );
  if (profiler !== null) {
    const { profile } = await profiler.send('Profiler.stop');
    log(`Where playback's time went (self time, ms):\n${selfTimes(profile)}`);
  }
  // The first month is set by the click itself, before any tick.
  const frames = (
    await page.evaluate(() => (window as unknown as { monthsSeen: MonthFrame[] }).monthsSeen)
  ).slice(1);
  // With its links back, at rest: what a pause draws.
  const pause = await page.evaluate(() => {
    const start = performance.now();
    window.cooperationGraph!.renderer.refresh();
    window.benchReadBack();
    return performance.now() - start;
  });
  // The agreements view, from the click to its graph drawn: fetched, placed around the map, drawn.
  await page.getByTestId('timebar-today').click();
  const switched = performance.now();
  await page.getByTestId('shape-agreements').click();
  await page.waitForFunction(
    () =>
      document.getElementById('stats')?.dataset.status === 'error' ||
      (document.getElementById('stats')?.dataset.status === 'ready' &&
        window.cooperationGraph?.agreements.renderer() != null),
    undefined,
    { timeout: 10 * 60_000, polling: 100 },
  );
  const agreementsView = {
    ms: performance.now() - switched,
    status: (await page.getByTestId('stats').getAttribute('data-status')) ?? '',
    institutions: Number(await page.getByTestId('stats').getAttribute('data-institutions')),
    agreements: Number(await page.getByTestId('stats').getAttribute('data-agreements')),
  };
  log(
    `Agreements view: ${agreementsView.status}, ${agreementsView.agreements} agreements in ${Math.round(agreementsView.ms)} ms`,
  );
  const steps = frames.map((frame) => frame.step + frame.drawn);
  const result = {
    institutions,
    nodes: await page.evaluate(() => window.cooperationGraph!.graph.order),
    edges: await page.evaluate(() => window.cooperationGraph!.graph.size),
    browser: browser.version(),
    timeline: {
      entries: timeline.entries.length,
      months: timeline.months.length,
      ms: timelineMs,
      bytes: timelineBytes,
    },
    speed: SPEED,
    month: { median: quantile(steps, 0.5), p95: quantile(steps, 0.95), max: Math.max(...steps) },
    pause,
    agreementsView,
    frames,
  };
  await context.close();
  const markdown = [
    `# Time bar: a month played on the ${institutions.toLocaleString('en')}-institution graph`,
    '',
    `${result.nodes.toLocaleString('en')} institutions and ${result.edges.toLocaleString('en')} links drawn ` +
      `(Chromium ${result.browser}, software WebGL, 2 cores). \`npm run bench:timeline -- --size ${process.argv[at + 1] ?? '10k'}\`.`,
    '',
    '| measure | value |',
    '|---|---|',
    `| \`/api/timeline\` (every entry, with parties) | ${result.timeline.entries.toLocaleString('en')} entries, ${result.timeline.months} months, ${(result.timeline.bytes / 1e6).toFixed(1)} MB, ${Math.round(result.timeline.ms)} ms |`,
    `| playing at ${SPEED} months a second (a tick every ${Math.round(1000 / SPEED)} ms): month to month, drawn, median | ${result.month.median.toFixed(0)} ms |`,
    `| p95 | ${result.month.p95.toFixed(0)} ms |`,
    `| max | ${result.month.max.toFixed(0)} ms |`,
    `| paused: the month redrawn with its links | ${result.pause.toFixed(0)} ms |`,
    `| switch to the agreements view (${result.agreementsView.agreements.toLocaleString('en')} agreements, ${result.agreementsView.institutions.toLocaleString('en')} institutions: fetched, placed, drawn) | ${result.agreementsView.status === 'ready' ? `${Math.round(result.agreementsView.ms).toLocaleString('en')} ms` : `failed (${result.agreementsView.status})`} |`,
    '',
    `Agreements shown at the first month: ${frames[0]?.agreements ?? 0}; at the last: ${frames.at(-1)?.agreements ?? 0}.`,
    '',
  ].join('\n');
  // A profiled run is slower than a real one: its figures are not the results.
  if (!profiling) {
    writeFileSync(path.join(RESULTS_DIR, 'timeline.md'), markdown);
    writeFileSync(path.join(RESULTS_DIR, 'timeline.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
  console.log(`\n${markdown}`);
} finally {
  await browser.close();
  server.close();
  await bench.dispose();
  rmSync(data.file, { force: true });
}
