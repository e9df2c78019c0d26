/**
 * One page load of each side of the client benchmark in Chromium, measured the same way: the first frame
 * with the graph in it, the layout settled (nothing more to draw), and frames while the user drags the
 * canvas; for the product, also hover → highlight on a large network. Times are ms since navigation.
 */
import type { BrowserContext, Page } from 'playwright-core';

// The explorer's `window.cooperationGraph` (renderer and graph), for hovering its nodes.
import type {} from '../../client/src/main.js';
import { FRAME_TIMING_SCRIPT, type Frame } from './frames.js';

export interface RunMeasure {
  firstFrame: { js: number; drawn: number };
  settled: number;
  /** Per pan frame: ms of JavaScript, and until its pixels were read back. */
  pan: { js: number; drawn: number }[];
  /** Product only, large networks: ms from the mousemove to the highlight drawn, per hovered node. */
  hover: number[];
}

const VIEWPORT = { width: 1280, height: 800 };
/** Pixels per drag step: a slow, steady pan. */
const PAN_STEP = 30;
/** No frame for this long after the load: the drawing has settled. */
const QUIET_MS = 1_500;

export async function openSide(context: BrowserContext): Promise<Page> {
  await context.addInitScript({ content: FRAME_TIMING_SCRIPT });
  return context.newPage();
}

export const CONTEXT_OPTIONS = { viewport: VIEWPORT };

export async function measureProduct(
  page: Page,
  url: string,
  options: { panFrames: number; hovers: number; timeoutMs: number },
): Promise<RunMeasure> {
  const timeout = options.timeoutMs;
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout });
  const first = await page.evaluate(() => window.benchDraws);
  if (first.length === 0) throw new Error('the product announced its first frame before drawing it');
  // Settled: pages all in, the layout worker stopped, and no frame for a while.
  await page.waitForFunction(
    () =>
      document.body.dataset.layout === 'stopped' &&
      document.querySelector<HTMLElement>('[data-testid="load-progress"]')?.hidden !== false,
    undefined,
    { timeout, polling: 250 },
  );
  const settled = await quiet(page, timeout);
  const pan = await drag(page, options.panFrames, timeout);
  await quiet(page, timeout);
  // A network that came in pages is drawn with its level of detail (and its highlight layer).
  const large = await page.evaluate(
    () => window.cooperationGraph!.renderer.getSetting('defaultNodeType') === 'point',
  );
  const hover = large ? await hovers(page, options.hovers, timeout) : [];
  return {
    firstFrame: { js: first[0]!.js, drawn: first[0]!.drawn },
    settled,
    pan,
    hover,
  };
}

export async function measureBare(
  page: Page,
  url: string,
  options: { panFrames: number; timeoutMs: number },
): Promise<RunMeasure> {
  const timeout = options.timeoutMs;
  await page.goto(url);
  await page.waitForFunction(() => window.bare !== undefined, undefined, { timeout, polling: 250 });
  const first = await page.evaluate(() => window.bare!.firstFrame);
  // Positions are given: the first frame is the settled layout.
  await quiet(page, timeout);
  const pan = await drag(page, options.panFrames, timeout);
  return { firstFrame: { js: first.js, drawn: first.drawn }, settled: first.drawn, pan, hover: [] };
}

async function frames(page: Page): Promise<Frame[]> {
  return page.evaluate(() => window.benchFrames);
}

/** Waits until no frame has come for QUIET_MS; returns when the last one was drawn. */
async function quiet(page: Page, timeout: number): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const last = await page.evaluate(() => ({
      drawn: window.benchDraws.at(-1)?.drawn ?? 0,
      now: performance.now(),
      firstFrame: window.bare?.firstFrame.drawn ?? 0,
    }));
    const drawn = Math.max(last.drawn, last.firstFrame);
    if (last.now - drawn >= QUIET_MS) return drawn;
    if (Date.now() > deadline) throw new Error('the page never stopped drawing');
    await page.waitForTimeout(QUIET_MS / 3);
  }
}

/** Drags the canvas from its middle, one step per frame, and returns the frames drawn while dragging. */
async function drag(page: Page, steps: number, timeout: number): Promise<RunMeasure['pan']> {
  const x = VIEWPORT.width / 2;
  const y = VIEWPORT.height / 2;
  await page.mouse.move(x, y);
  await quietFrames(page);
  const before = (await frames(page)).length;
  await page.mouse.down();
  for (let step = 1; step <= steps; step += 1) {
    const count = (await frames(page)).length;
    await page.mouse.move(x + step * PAN_STEP, y + (step % 2) * 4);
    await page.waitForFunction((n) => window.benchFrames.length > n, count, { timeout, polling: 50 });
  }
  const during = (await frames(page)).slice(before);
  await page.mouse.up();
  return during.map((frame) => ({ js: frame.js - frame.start, drawn: frame.drawn - frame.start }));
}

/** Lets a pending frame (a hover redraw) pass before a drag starts counting. */
async function quietFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

/**
 * Hovers the largest institutions in view, one after the other, each time from an empty spot: the time
 * from the mousemove to the highlight layer naming the institution.
 */
async function hovers(page: Page, count: number, timeout: number): Promise<number[]> {
  const targets = await page.evaluate((wanted) => {
    const { renderer, graph } = window.cooperationGraph!;
    const { width, height } = renderer.getDimensions();
    const box = renderer.getContainer().getBoundingClientRect();
    const found: { id: string; x: number; y: number; size: number }[] = [];
    graph.forEachNode((id) => {
      const data = renderer.getNodeDisplayData(id);
      if (data === undefined || data.hidden) return;
      const point = renderer.framedGraphToViewport(data);
      if (point.x < 40 || point.y < 80 || point.x > width - 320 || point.y > height - 40) return;
      found.push({ id, x: box.left + point.x, y: box.top + point.y, size: data.size });
    });
    return found.sort((a, b) => b.size - a.size).slice(0, wanted);
  }, count);
  // When the layer names a new focus, to the microsecond rather than at the next poll.
  await page.evaluate(() => {
    const layer = document.querySelector<HTMLCanvasElement>('[data-testid="highlight-layer"]')!;
    new MutationObserver(() => {
      if (layer.dataset.focus !== window.benchFocus?.id)
        window.benchFocus = { id: layer.dataset.focus ?? '', at: performance.now() };
    }).observe(layer, { attributes: true, attributeFilter: ['data-focus'] });
  });
  const times: number[] = [];
  for (const target of targets) {
    await page.mouse.move(5, VIEWPORT.height - 5);
    await quietFrames(page);
    await page.evaluate(() => delete window.benchFocus);
    await page.mouse.move(target.x, target.y);
    // Whichever institution is drawn on top at that point (a smaller one may cover the target).
    await page.waitForFunction(() => (window.benchFocus?.id ?? '') !== '', undefined, {
      timeout,
      polling: 50,
    });
    times.push(await page.evaluate(() => window.benchFocus!.at - window.benchLastMove));
  }
  await page.mouse.move(5, VIEWPORT.height - 5);
  return times;
}
