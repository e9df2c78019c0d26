/**
 * The explorer in headless Chromium (software WebGL) against a bare sigma page drawing the same graph,
 * in the same run, page loads alternating between the two: time to the first frame, to a settled layout,
 * and frame time while panning, each as JavaScript time and as drawn time (pixels read back); hover →
 * highlight on the product. The graph must be imported and laid out (refreshLayout) in `db` already.
 */
import type { AddressInfo } from 'node:net';

import { pino } from 'pino';
import { chromium, type Browser } from 'playwright-core';

import { metricSize } from '../client/src/graph/appearance.js';
import { countryColors, NO_COUNTRY_COLOR } from '../client/src/graph/palette.js';
import { EDGES_PER_NODE, PAGED_ABOVE } from '../client/src/effects/network.js';
import type { NetworkGraph } from '../contract/graph.js';
import type { NetworkPage } from '../contract/network-page.js';
import { createApp } from '../server/app.js';
import { IMPORTS_CLOSED } from '../server/services/import/index.js';
import type { Database } from '../server/db/database.js';
import { CLIENT_DIR } from '../server/runtime.js';
import { buildClientIfStale } from '../server/tools/build-client.js';
import { startBareServer } from './client/bare-server.js';
import { CONTEXT_OPTIONS, measureBare, measureProduct, openSide, type RunMeasure } from './client/sides.js';

export interface ClientBenchOptions {
  db: Database;
  /** Institutions of the data set, for the report. */
  institutions: number;
  /** Page loads per side (default 3). */
  runs?: number;
  /** Pan frames per load (default 5). */
  panFrames?: number;
  /** Institutions hovered per product load (default 5). */
  hovers?: number;
  /** Per wait in the browser (default 15 minutes: bare sigma draws 100k in about 40 s a frame). */
  timeoutMs?: number;
  log?: (message: string) => void;
  /** Another build of the client (an earlier version, for before/after figures); default dist/client. */
  clientDir?: string;
}

export interface Timings {
  /** Medians over the runs, ms. */
  firstFrame: { js: number; drawn: number };
  settled: number;
  /** Median over every pan frame of every run, ms. */
  pan: { js: number; drawn: number; frames: number };
}

export interface ClientBenchResult {
  institutions: number;
  /** What both pages drew. */
  nodes: number;
  edges: number;
  /** The product loaded it in pages (stored positions, level of detail). */
  paged: boolean;
  edgesPerNode: number | null;
  browser: string;
  runs: number;
  product: Timings;
  bare: Timings;
  /** Product on a large network: ms from mousemove to the neighbourhood highlighted (median, max). */
  hover: { median: number; max: number; samples: number } | null;
  /** Product ÷ bare (first frame, settled); bare ÷ product (pan: how many times faster). */
  ratios: { firstFrameDrawn: number; firstFrameJs: number; settled: number; panDrawn: number; panJs: number };
  raw: { product: RunMeasure[]; bare: RunMeasure[] };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function benchClient(options: ClientBenchOptions): Promise<ClientBenchResult> {
  const log = options.log ?? (() => undefined);
  const runs = options.runs ?? 3;
  const panFrames = options.panFrames ?? 5;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  // The product as users get it: the built bundle (rebuilt here when its sources are newer).
  if (options.clientDir === undefined) await buildClientIfStale();
  const clientDir = options.clientDir ?? CLIENT_DIR;
  const app = createApp({
    db: options.db,
    logger: pino({ level: 'error' }),
    clientDir,
    imports: IMPORTS_CLOSED,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bare = await startBareServer();
  let browser: Browser | null = null;
  try {
    const drawn = await sameGraph(appUrl);
    bare.setGraph(JSON.stringify(drawn.graph));
    log(
      `  client: ${drawn.graph.nodes.length} nodes, ${drawn.graph.edges.length} edges ` +
        `(${drawn.paged ? `pages, ${EDGES_PER_NODE} edges per node` : 'whole'})`,
    );
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const raw: ClientBenchResult['raw'] = { product: [], bare: [] };
    for (let run = 0; run < runs; run += 1) {
      // Alternate which side goes first, so a warmer machine favours neither.
      const order = run % 2 === 0 ? (['product', 'bare'] as const) : (['bare', 'product'] as const);
      for (const side of order) {
        const context = await browser.newContext(CONTEXT_OPTIONS);
        try {
          const page = await openSide(context);
          const measure =
            side === 'product'
              ? await measureProduct(page, appUrl, { panFrames, hovers: options.hovers ?? 5, timeoutMs })
              : await measureBare(page, bare.url, { panFrames, timeoutMs });
          raw[side].push(measure);
          log(
            `  client ${side} run ${run + 1}: first frame ${ms(measure.firstFrame.drawn)}, settled ` +
              `${ms(measure.settled)}, pan ${ms(median(measure.pan.map((f) => f.drawn)))}/frame` +
              (measure.hover.length > 0 ? `, hover ${ms(median(measure.hover))}` : ''),
          );
        } finally {
          await context.close();
        }
      }
    }
    const product = summarise(raw.product);
    const bareSide = summarise(raw.bare);
    const hoverSamples = raw.product.flatMap((run) => run.hover);
    return {
      institutions: options.institutions,
      nodes: drawn.graph.nodes.length,
      edges: drawn.graph.edges.length,
      paged: drawn.paged,
      edgesPerNode: drawn.paged ? EDGES_PER_NODE : null,
      browser: browser.version(),
      runs,
      product,
      bare: bareSide,
      hover:
        hoverSamples.length === 0
          ? null
          : { median: median(hoverSamples), max: Math.max(...hoverSamples), samples: hoverSamples.length },
      ratios: {
        firstFrameDrawn: product.firstFrame.drawn / bareSide.firstFrame.drawn,
        firstFrameJs: product.firstFrame.js / bareSide.firstFrame.js,
        settled: product.settled / bareSide.settled,
        panDrawn: bareSide.pan.drawn / product.pan.drawn,
        panJs: bareSide.pan.js / product.pan.js,
      },
      raw,
    };
  } finally {
    await browser?.close();
    await bare.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * The graph the product draws once loaded, for the bare page: every page with the product's edges per
 * node when it loads in pages; otherwise `/api/graph` whole (the product lays that out itself: the bare
 * page gets the stored positions, the same drawing work).
 */
async function sameGraph(appUrl: string): Promise<{ graph: BareGraph; paged: boolean }> {
  const pages: NetworkPage[] = [];
  for (let offset: number | null = 0; offset !== null; offset = pages.at(-1)!.next) {
    pages.push(
      await getJson<NetworkPage>(
        `${appUrl}/api/graph/page?offset=${offset}&size=50000&edgesPerNode=${EDGES_PER_NODE}`,
      ),
    );
  }
  const total = pages[0]!.total;
  const paged = total > PAGED_ABOVE;
  const order = pages.flatMap((page) => page.institutions.id);
  const colours = countryColors(pages[0]!.countries.map((country) => country.code));
  const max = Math.max(1, pages[0]!.institutions.partners[0] ?? 1);
  const nodes = pages.flatMap((page) =>
    page.institutions.id.map((key, i) => {
      const country = page.institutions.country[i] ?? null;
      return {
        key,
        attributes: {
          x: page.institutions.x[i]!,
          y: page.institutions.y[i]!,
          size: metricSize(page.institutions.partners[i] ?? 0, max),
          color: country === null ? NO_COUNTRY_COLOR : (colours.get(country) ?? NO_COUNTRY_COLOR),
          label: page.institutions.acronym[i] ?? page.institutions.nameEn[i]!,
        },
      };
    }),
  );
  let edges: BareGraph['edges'];
  if (paged) {
    edges = pages.flatMap((page) => [
      ...page.edges.source.map((source, j) => ({
        source: order[source]!,
        target: order[page.edges.target[j]!]!,
      })),
      ...page.partOf.source.map((source, j) => ({
        source: order[source]!,
        target: order[page.partOf.target[j]!]!,
      })),
    ]);
  } else {
    // The request the product makes.
    const whole = await getJson<NetworkGraph>(`${appUrl}/api/graph`);
    edges = whole.edges.map(({ source, target }) => ({ source, target }));
  }
  return {
    graph: { options: { type: 'undirected', multi: true, allowSelfLoops: false }, nodes, edges },
    paged,
  };
}

interface BareGraph {
  options: { type: 'undirected'; multi: boolean; allowSelfLoops: boolean };
  nodes: { key: string; attributes: { x: number; y: number; size: number; color: string; label: string } }[];
  edges: { source: string; target: string }[];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function summarise(runs: RunMeasure[]): Timings {
  const frames = runs.flatMap((run) => run.pan);
  return {
    firstFrame: {
      js: median(runs.map((run) => run.firstFrame.js)),
      drawn: median(runs.map((run) => run.firstFrame.drawn)),
    },
    settled: median(runs.map((run) => run.settled)),
    pan: {
      js: median(frames.map((frame) => frame.js)),
      drawn: median(frames.map((frame) => frame.drawn)),
      frames: frames.length,
    },
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
