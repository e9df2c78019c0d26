/**
 * A large network in the explorer: a few thousand generated institutions, bulk-imported and laid out by
 * the server, arrive in pages (the first drawn before the rest), sit where the stored layout put them
 * with no layout worker, and hover and search still highlight an institution and its partners.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { syntheticDataset } from '../../bench/generator/index.js';
import { FIRST_PAGE, PAGED_ABOVE } from '../../client/src/effects/network.js';
import type { NetworkPage } from '../../contract/network-page.js';
import type { Database } from '../../server/db/database.js';
import { importChunks } from '../../server/import/bulk/index.js';
import { refreshLayout } from '../../server/layout/index.js';
import { launchChromium } from '../support/browser.js';
import { connectTestDatabase, resetDatabase } from '../support/database.js';
import { startApp, type RunningApp } from '../support/http.js';
import { artifact } from './explorer-page.js';

const INSTITUTIONS = 3_000;

let db: Database;
let app: RunningApp;
let browser: Browser;
let page: Page;
/** Errors the page threw, which a user would see as a map that stops drawing. */
const pageErrors: string[] = [];

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  const dataset = syntheticDataset({ institutions: INSTITUTIONS, seed: 'explorer-scale' });
  await importChunks(db, () => dataset.chunks());
  await refreshLayout(db);
  app = await startApp(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Every count the progress bar showed, in order.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { pagesSeen: string[] }).pagesSeen = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const loaded = (record.target as HTMLElement).dataset.loaded;
        if (loaded !== undefined && seen.at(-1) !== loaded) seen.push(loaded);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-loaded'] });
  });
  await page.goto(app.url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 60_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  // The next files seed their own data; leave the store empty rather than large.
  if (db !== undefined) await resetDatabase(db);
  await db?.close();
});

async function loaded(): Promise<void> {
  await page.waitForFunction((total) => window.cooperationGraph?.graph.order === total, INSTITUTIONS, {
    timeout: 60_000,
  });
  await page.getByTestId('load-progress').waitFor({ state: 'hidden', timeout: 30_000 });
}

describe('a large network', () => {
  it('is large enough to come in pages', () => {
    expect(INSTITUTIONS).toBeGreaterThan(PAGED_ABOVE);
    expect(INSTITUTIONS).toBeGreaterThan(FIRST_PAGE);
  });

  it('draws the first page, then grows page by page with a progress bar', async () => {
    await loaded();
    const seen = await page.evaluate(() => (window as unknown as { pagesSeen: string[] }).pagesSeen);
    expect(seen.map(Number)).toEqual([FIRST_PAGE, INSTITUTIONS]);
    // The first frame came with the first page: fewer institutions than the whole network.
    const firstFrameOrder = await page.evaluate(() => window.cooperationGraph!.timing.firstFrame);
    expect(firstFrameOrder).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.dataset.layout)).toBe('stopped');
  });

  it('puts every institution where the server laid it out', async () => {
    await loaded();
    const stored = (await (
      await app.get('/api/graph/page?offset=2500&size=50&edgesPerNode=0')
    ).json()) as NetworkPage;
    const drawn = await page.evaluate(
      (ids) =>
        ids.map((id) => window.cooperationGraph!.graph.getNodeAttributes(id)).map(({ x, y }) => ({ x, y })),
      stored.institutions.id,
    );
    expect(drawn).toEqual(stored.institutions.x.map((x, i) => ({ x, y: stored.institutions.y[i] })));
    // Plain discs and hairlines: the large network's programs.
    const types = await page.evaluate(() => {
      const { renderer, graph } = window.cooperationGraph!;
      const edge = graph.edges()[0]!;
      return {
        node: renderer.getSetting('defaultNodeType'),
        edge: renderer.getEdgeDisplayData(edge)?.type,
        hideEdgesOnMove: renderer.getSetting('hideEdgesOnMove'),
      };
    });
    expect(types).toEqual({ node: 'point', edge: 'hairline', hideEdgesOnMove: true });
  });

  it('highlights the hovered institution and its partners', async () => {
    await loaded();
    const target = await page.evaluate(() => {
      const { renderer, graph } = window.cooperationGraph!;
      const { width, height } = renderer.getDimensions();
      const box = renderer.getContainer().getBoundingClientRect();
      const drawn = graph.mapNodes((id) => {
        const data = renderer.getNodeDisplayData(id)!;
        const { x, y } = renderer.framedGraphToViewport(data);
        return { id, x, y, size: renderer.scaleSize(data.size) };
      });
      const candidates = drawn.filter(({ x, y }) => {
        if (x < 60 || y < 100 || x > width - 60 || y > height - 60) return false;
        // A node under the legend, the counts or the canvas' buttons cannot be hovered.
        const top = document.elementFromPoint(box.left + x, box.top + y);
        return top !== null && renderer.getContainer().contains(top);
      });
      // The largest node that no other one overlaps: the pointer over its centre is over it alone.
      return (
        candidates
          .sort((a, b) => b.size - a.size)
          .find((candidate) =>
            drawn.every(
              (other) =>
                other.id === candidate.id ||
                Math.hypot(other.x - candidate.x, other.y - candidate.y) > candidate.size + other.size,
            ),
          ) ?? null
      );
    });
    expect(target).not.toBeNull();
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(box.x + target!.x, box.y + target!.y);
    const layer = page.getByTestId('highlight-layer');
    await expect.poll(() => layer.getAttribute('data-focus')).toBe(target!.id);
    expect(Number(await layer.getAttribute('data-partners'))).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('explorer-scale-hover.png') });
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await expect.poll(() => layer.getAttribute('data-focus')).toBe('');
  });

  it('finds an institution of the last page by search and highlights it', async () => {
    await loaded();
    const last = await page.evaluate(() => {
      const { graph } = window.cooperationGraph!;
      const id = graph.nodes().at(-1)!;
      return { id, name: graph.getNodeAttribute(id, 'nameEn') };
    });
    const input = page.getByTestId('search-input');
    await input.fill(last.name);
    const option = page.locator(`[data-testid="search-options"] [data-id="${last.id}"]`).first();
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    await expect.poll(() => page.getByTestId('panel-title').innerText()).toContain(last.name);
    await expect.poll(() => page.getByTestId('highlight-layer').getAttribute('data-focus')).toBe(last.id);
    await page.screenshot({ path: artifact('explorer-scale-search.png') });
  });

  it('plays the time bar over its pages: links follow the months, positions stay, nothing breaks', async () => {
    await loaded();
    await page.waitForFunction(() => document.getElementById('timebar')?.dataset.status === 'ready');
    const today = Number(await page.getByTestId('stats').getAttribute('data-links'));
    const months = await page
      .locator('[data-testid="timebar-histogram"] g')
      .evaluateAll((columns) => columns.map((column) => column.getAttribute('data-month')!));
    const position = () =>
      page.evaluate(() => {
        const { graph } = window.cooperationGraph!;
        const { x, y } = graph.getNodeAttributes(graph.nodes()[0]!);
        return { x, y };
      });
    const before = await position();
    const linksAt = async (index: number): Promise<number> => {
      await page.getByTestId('timebar-handle').fill(String(index));
      await page.waitForFunction(
        (month) => document.getElementById('timebar')?.dataset.asOf === month,
        months[index],
      );
      return Number(await page.getByTestId('stats').getAttribute('data-links'));
    };
    const early = await linksAt(Math.floor(months.length / 4));
    const later = await linksAt(Math.floor((months.length * 3) / 4));
    expect(early).toBeLessThan(later);
    expect(later).toBeLessThanOrEqual(today);
    await page.screenshot({ path: artifact('explorer-scale-timeline.png') });
    expect(await position()).toEqual(before);
    await page.getByTestId('timebar-today').click();
    await expect.poll(() => page.getByTestId('stats').getAttribute('data-links')).toBe(String(today));
    expect(pageErrors).toEqual([]);
  });
});
