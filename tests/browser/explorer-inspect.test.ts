/**
 * Find and inspect: the search box finds institutions by English acronym and Korean name, choosing one
 * moves the camera and opens its panel (names, kind, country, parent, agreements by domain with their
 * quotes and source); an agreement lights its parties; hovering dims all but the neighbours; and all of it
 * works from the keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  artifact,
  nodePosition,
  nodeView,
  openExplorer,
  paintedNodePixels,
  pick,
  useExplorer,
} from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context);
});
afterAll(async () => {
  await page?.close();
});

const DIMMED = '#e3e7ee';

describe('search', () => {
  it('suggests institutions for a Korean word, and an acronym finds NIST', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('표준');
    const options = page.getByTestId('search-options');
    await expect
      .poll(() => options.innerText(), { timeout: 15_000 })
      .toMatch(/Korea Research Institute of Standards/);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: artifact('explorer-search.png') });

    await input.fill('NIST');
    await expect
      .poll(() => options.locator('[role=option]').first().getAttribute('data-id'), { timeout: 15_000 })
      .toBe('us-nist');
  });

  it('choosing a result opens its panel and brings it to the middle of the free canvas', async () => {
    const before = await page.evaluate(() => window.cooperationGraph!.renderer.getCamera().getState());
    await page.getByTestId('search-input').press('Enter');
    const panel = page.getByTestId('institution-panel');
    await panel.waitFor({ state: 'visible' });
    await expect
      .poll(() => page.getByTestId('panel-title').innerText())
      .toMatch(/National Institute of Standards/);
    // Keyboard focus follows into the panel.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await page.waitForTimeout(600); // the camera glides
    const after = await page.evaluate(() => window.cooperationGraph!.renderer.getCamera().getState());
    expect(after).not.toEqual(before);
    const { x } = await nodePosition(page, 'us-nist');
    const panelLeft = (await panel.boundingBox())!.x;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(panelLeft);
    expect(new URL(page.url()).searchParams.get('institution')).toBe('us-nist');
  });
});

describe('the institution panel', () => {
  it('shows names, kind, country, parent, and agreements grouped by domain with quotes and source', async () => {
    const panel = page.getByTestId('institution-panel');
    await expect.poll(() => panel.getAttribute('data-status')).toBe('ready');
    const text = await panel.innerText();
    expect(text).toMatch(/국립표준기술연구소/);
    expect(text).toMatch(/Research institute/);
    expect(text).toMatch(/United States/);
    expect(text).toMatch(/Part of\s+DOC/);
    const groups = await panel
      .locator('.agreement-group')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-domain')));
    expect(groups).toContain('quantum');
    expect(groups).toContain('standards');
    const card = panel.locator('article[data-agreement="kriss-nist-quantum-supercomputing-consultation"]');
    const cardText = await card.innerText();
    expect(cardText).toMatch(/In consultation/);
    expect(cardText).toMatch(/December 9, 2023/);
    expect(cardText).toMatch(/KRISS/);
    expect(await card.locator('blockquote[lang=ko]').innerText()).toContain(
      '차세대 양자 슈퍼컴퓨팅 공동 연구',
    );
    expect(await card.locator('blockquote[lang=en]').innerText()).toMatch(/quantum supercomputing/);
    expect(await card.locator('.quote-source').first().innerText()).toMatch(/Source/);
    // The canvas marks NIST and its partners, dims the rest.
    expect((await nodeView(page, 'us-nist')).highlighted).toBe(true);
    expect((await nodeView(page, 'kr-kriss')).color).not.toBe(DIMMED);
    expect((await nodeView(page, 'kr-keit')).color).toBe(DIMMED);
    await page.screenshot({ path: artifact('explorer-panel.png') });
  });

  it('an amount is shown where the source gives one', async () => {
    await page.getByTestId('search-input').fill('MSIT');
    await page
      .locator('[data-testid="search-options"] [data-id="kr-msit"]')
      .first()
      .waitFor({ timeout: 15_000 });
    await page.getByTestId('search-input').press('Enter');
    const card = page.locator('article[data-agreement="msit-nsf-bioeconomy-funding"]');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.innerText()).toMatch(/\$10M/);
  });

  it('clicking an agreement highlights all its parties on the canvas', async () => {
    await pick(page, 'search', '대한민국 정부', 'kr-government');
    const card = page.locator('article[data-agreement="pharma-supply-chain-track-1-5-meeting-2024"]');
    await card.waitFor({ timeout: 15_000 });
    await card.getByTestId('show-parties').click();
    await expect.poll(() => card.getByTestId('show-parties').getAttribute('aria-pressed')).toBe('true');
    for (const party of ['kr-government', 'us-government', 'kr-pharma-companies', 'us-pharma-companies']) {
      expect((await nodeView(page, party)).color, party).not.toBe(DIMMED);
      expect((await nodeView(page, party)).highlighted, party).toBe(true);
    }
    expect((await nodeView(page, 'in-government')).color).toBe(DIMMED);
    expect(new URL(page.url()).searchParams.get('agreement')).toBe(
      'pharma-supply-chain-track-1-5-meeting-2024',
    );
    await page.screenshot({ path: artifact('explorer-agreement.png') });
  });

  it('closes with Escape, and the keyboard goes back to the search', async () => {
    await page.getByTestId('panel-title').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('institution-panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });
});

describe('hover and click on the canvas', () => {
  it('hovering shows the neighbours and dims the rest; a click opens the panel', async () => {
    // Show everything again (earlier tests moved the camera), then hover KRISS.
    await page.getByTestId('zoom-fit').click();
    await page.waitForTimeout(600);
    const { x, y } = await nodePosition(page, 'kr-kriss');
    await page.mouse.move(x - 20, y - 20);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(async () => (await nodeView(page, 'kr-msit')).color).toBe(DIMMED);
    expect((await nodeView(page, 'us-nist')).color).not.toBe(DIMMED);
    await page.mouse.click(x, y);
    await expect.poll(() => page.getByTestId('panel-title').innerText()).toMatch(/Korea Research Institute/);
    await page.mouse.move(5, 300);
    expect(await paintedNodePixels(page)).toBeGreaterThan(500);
  });
});

describe('keyboard alone', () => {
  it('/ goes to the search, arrows and Enter open a result, Tab moves through the panel, Escape closes', async () => {
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('KEIT');
    await page
      .locator('[data-testid="search-options"] [data-id="kr-keit"]')
      .first()
      .waitFor({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('panel-title').innerText())
      .toMatch(/Korea Evaluation Institute/);
    // The keyboard follows into the panel (on the next frame).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('#panel') !== null);
    expect(focused).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('institution-panel').isVisible()).toBe(false);
  });
});
