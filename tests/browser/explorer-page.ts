/**
 * The explorer in Chromium for browser tests: a seeded app, a page opened on it and settled (network
 * drawn, layout stopped), and what a user would see of the canvas read from sigma's display data.
 */
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { ARTIFACTS_DIR, launchChromium } from '../support/browser.js';
import { type SeededApp, useSeededApp } from '../support/seeded-app.js';

export interface ExplorerContext {
  seeded: SeededApp;
  browser: Browser;
}

/** One seeded app and one Chromium for a test file. */
export function useExplorer(): ExplorerContext {
  const seeded = useSeededApp();
  const context = { seeded } as ExplorerContext;
  beforeAll(async () => {
    context.browser = await launchChromium();
  });
  afterAll(async () => {
    await context.browser?.close();
  });
  return context;
}

export async function openExplorer(
  context: ExplorerContext,
  query = '',
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const page = await context.browser.newPage({ viewport, acceptDownloads: true });
  await page.goto(`${context.seeded.app.url}/${query === '' ? '' : `?${query.replace(/^\?/, '')}`}`);
  await settle(page);
  return page;
}

/** The network is drawn and the layout has stopped moving nodes. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 60_000 });
  await page.waitForFunction(() => document.body.dataset.layout === 'stopped', undefined, {
    timeout: 60_000,
  });
}

export interface NodeView {
  hidden: boolean;
  color: string | undefined;
  highlighted: boolean;
  label: string | null | undefined;
}

/** How sigma draws a node now (the reducers' output). */
export async function nodeView(page: Page, id: string): Promise<NodeView> {
  return page.evaluate((key) => {
    const data = window.cooperationGraph!.renderer.getNodeDisplayData(key);
    return {
      hidden: data?.hidden ?? true,
      color: data?.color,
      highlighted: data?.highlighted ?? false,
      label: data?.label,
    };
  }, id);
}

/** Institutions drawn (not hidden) on the canvas. */
export async function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { renderer, graph } = window.cooperationGraph!;
    return graph.filterNodes((node) => renderer.getNodeDisplayData(node)?.hidden !== true).sort();
  });
}

/** The counts over the canvas, as numbers. */
export async function counts(
  page: Page,
): Promise<{ institutions: number; links: number; agreements: number }> {
  const stats = page.getByTestId('stats');
  return {
    institutions: Number(await stats.getAttribute('data-institutions')),
    links: Number(await stats.getAttribute('data-links')),
    agreements: Number(await stats.getAttribute('data-agreements')),
  };
}

/** Waits until the filtered view has been answered and drawn. */
export async function viewSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('stats')?.dataset.status === 'ready', undefined, {
    timeout: 30_000,
  });
}

/** Where sigma drew a node, in page pixels. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const { renderer } = window.cooperationGraph!;
    const data = renderer.getNodeDisplayData(key)!;
    const position = renderer.framedGraphToViewport(data);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
}

/** Coloured pixels of the node layer, drawn and read back in one task (WebGL keeps no frame). */
export async function paintedNodePixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { renderer } = window.cooperationGraph!;
    renderer.refresh();
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-nodes')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const pixels = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
    gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    let coloured = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) coloured += 1;
    return coloured;
  });
}

export function artifact(name: string): string {
  return path.join(ARTIFACTS_DIR, name);
}

/** Picks an institution in a search box by typing and choosing the first suggestion with the keyboard. */
export async function pick(page: Page, testid: string, text: string, expectedId: string): Promise<void> {
  const input = page.getByTestId(`${testid}-input`);
  await input.fill(text);
  await page
    .locator(`[data-testid="${testid}-options"] [data-id="${expectedId}"]`)
    .first()
    .waitFor({ timeout: 15_000 });
  const index = await page
    .locator(`[data-testid="${testid}-options"] [role=option]`)
    .evaluateAll(
      (options, id) => options.findIndex((option) => option.getAttribute('data-id') === id),
      expectedId,
    );
  for (let i = 0; i < index; i += 1) await input.press('ArrowDown');
  await input.press('Enter');
}
