/**
 * The network page in Chromium against the real API and Neo4j: the sigma canvas draws the seed graph,
 * clicking a node opens its panel with the agreements and their quotes, and the KO/EN switch relabels.
 */
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../server/db/database.js';
import { ARTIFACTS_DIR, launchChromium } from '../support/browser.js';
import { paintedNodePixels } from './explorer-page.js';
import { connectTestDatabase, seedDatabase } from '../support/database.js';
import { startApp, type RunningApp } from '../support/http.js';

let db: Database;
let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
  app = await startApp(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 60_000 });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

/** Where sigma drew a node, in page pixels. */
async function nodePosition(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const { renderer, graph } = window.cooperationGraph!;
    const position = renderer.graphToViewport(graph.getNodeAttributes(key));
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
}

describe('the network page', () => {
  it('draws every institution of the seed graph on the sigma canvas', async () => {
    const drawn = await page.evaluate(() => {
      const { renderer, graph } = window.cooperationGraph!;
      return { nodes: graph.order, displayed: renderer.getNodeDisplayData('us-nist') !== undefined };
    });
    expect(drawn).toEqual({ nodes: 26, displayed: true });

    // The node layer has really been painted, not only computed.
    const painted = await paintedNodePixels(page);
    expect(painted).toBeGreaterThan(500);

    const legend = await page.getByTestId('legend').innerText();
    expect(legend).toMatch(/United States/);
    expect(legend).toMatch(/Republic of Korea|Korea/);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'network.png') });
  });

  it("opens NIST's panel with its agreements and the quotes behind them when its node is clicked", async () => {
    const { x, y } = await nodePosition('us-nist');
    await page.mouse.click(x, y);
    const panel = page.getByTestId('institution-panel');
    await panel.waitFor({ state: 'visible' });
    await expect
      .poll(() => page.getByTestId('panel-title').innerText())
      .toMatch(/National Institute of Standards and Technology/);
    await expect.poll(() => panel.innerText()).toMatch(/quantum/i);
    const text = await panel.innerText();
    expect(text).toMatch(/Department of Commerce/);
    expect(text).toContain('차세대 양자 슈퍼컴퓨팅 공동 연구');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'network-nist-panel.png') });

    await page.getByTestId('panel-close').click();
    await expect.poll(() => panel.isVisible()).toBe(false);
  });

  it('switches labels and the interface to Korean', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('legend').innerText()).toMatch(/미국/);
    const label = await page.evaluate(() => {
      const { renderer } = window.cooperationGraph!;
      return renderer.getNodeDisplayData('kr-kriss')?.label;
    });
    expect(label).toMatch(/한국표준과학연구원|KRISS/);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'network-ko.png') });
  });
});
