/**
 * Expand: for graphs too big to draw whole, the canvas can hold only some neighbourhoods; a double click
 * (or the panel's button) loads an institution's neighbourhood from the API and merges it into the view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  artifact,
  counts,
  drawnNodes,
  nodePosition,
  openExplorer,
  settle,
  useExplorer,
} from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context, 'focus=kr-pharma-companies');
});
afterAll(async () => {
  await page?.close();
});

describe('expanding neighbourhoods', () => {
  it('a link can open the canvas on one neighbourhood', async () => {
    expect(await drawnNodes(page)).toEqual([
      'kr-government',
      'kr-pharma-companies',
      'us-government',
      'us-pharma-companies',
    ]);
    expect(await page.getByTestId('stats').innerText()).toMatch(/neighbourhood of 1 institution/);
  });

  it('a double click on an institution merges its neighbourhood into the canvas', async () => {
    const before = await counts(page);
    // A click opens the panel; if it covers the node, the camera brings the node back into view.
    const first = await nodePosition(page, 'kr-government');
    await page.mouse.click(first.x, first.y);
    await page.getByTestId('institution-panel').waitFor({ state: 'visible' });
    await page.waitForTimeout(1_000);
    const { x, y } = await nodePosition(page, 'kr-government');
    expect(x).toBeLessThan((await page.getByTestId('institution-panel').boundingBox())!.x);
    await page.mouse.dblclick(x, y);
    await expect
      .poll(async () => (await counts(page)).institutions, { timeout: 30_000 })
      .toBeGreaterThan(before.institutions);
    await settle(page);
    const drawn = await drawnNodes(page);
    expect(drawn).toEqual(
      expect.arrayContaining(['in-government', 'us-arpa-h', 'semiconductor-technology-center']),
    );
    // The nodes already there stay; the panel says what the expansion added.
    expect(drawn).toEqual(expect.arrayContaining(['kr-pharma-companies', 'us-pharma-companies']));
    await expect.poll(() => page.getByTestId('expand-status').innerText()).toMatch(/Added \d+ institutions/);
    expect(new URL(page.url()).searchParams.get('focus')).toBe('kr-pharma-companies,kr-government');
    await page.screenshot({ path: artifact('explorer-expand.png') });
  });

  it('the panel’s button expands too, and says when everything is already drawn', async () => {
    await page.getByTestId('expand').click();
    await expect
      .poll(() => page.getByTestId('expand-status').innerText(), { timeout: 30_000 })
      .toMatch(/already drawn/);
  });

  it('the whole network comes back in one click', async () => {
    await page.getByTestId('show-whole').first().click();
    await expect.poll(async () => (await counts(page)).institutions, { timeout: 30_000 }).toBe(26);
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
  });

  it('“show only its neighbourhood” narrows the canvas to one institution again', async () => {
    await page.getByTestId('search-input').fill('NSF');
    await page
      .locator('[data-testid="search-options"] [data-id="us-nsf"]')
      .first()
      .waitFor({ timeout: 15_000 });
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('focus-here').click();
    await expect.poll(() => drawnNodes(page), { timeout: 30_000 }).toEqual(['kr-msit', 'us-nsf']);
  });
});
