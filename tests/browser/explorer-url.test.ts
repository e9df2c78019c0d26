/**
 * Keep and share: the whole view (filters, selection, path, camera, colouring, language) is in the URL, a
 * copied link reopens it in a fresh page, and Back undoes a step. Also the KO/EN switch for the interface
 * and labels, the analysis tools, and the layout on a narrow window.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { artifact, counts, nodeView, openExplorer, pick, useExplorer, viewSettled } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context);
});
afterAll(async () => {
  await page?.close();
});

describe('language', () => {
  it('switches the interface and the labels to Korean and back', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.getByTestId('tool-filters').innerText()).toBe('필터');
    expect(await page.getByTestId('counts').innerText()).toMatch(/기관 26곳/);
    expect(await page.getByTestId('legend').innerText()).toMatch(/미국/);
    expect((await nodeView(page, 'kr-kriss')).label).toBe('한국표준과학연구원');
    expect(await page.getByTestId('search-input').getAttribute('placeholder')).toMatch(/검색/);
    await page.screenshot({ path: artifact('explorer-ko.png') });
    await page.getByTestId('language-switch').click();
    expect((await nodeView(page, 'kr-kriss')).label).toBe('KRISS');
  });
});

describe('analysis', () => {
  it('colours by community, sizes by betweenness and ranks brokers and the most connected', async () => {
    await page.getByTestId('tool-analysis').click();
    await page.getByTestId('colour-by-community').check();
    await page.getByTestId('size-by-betweenness').check();
    // The legend folds while a tool is open: read its text, not what is unfolded.
    await expect.poll(() => page.getByTestId('legend').textContent()).toMatch(/Community 1/);
    const brokers = await page.getByTestId('ranking-brokers').locator('tbody tr').allInnerTexts();
    expect(brokers[0]).toMatch(/Government of the Republic of Korea/);
    const connected = await page.getByTestId('ranking-connected').locator('tbody tr').allInnerTexts();
    expect(connected[0]).toMatch(/Government of the Republic of Korea\s+8/);
    // Two institutions of different countries in one community share a colour.
    expect((await nodeView(page, 'kr-kriss')).color).toBe((await nodeView(page, 'us-nist')).color);
    expect(await page.getByTestId('communities-summary').innerText()).toMatch(
      /communities · modularity 0\.\d\d/,
    );
    await page.screenshot({ path: artifact('explorer-analysis.png') });
    // A row of the table opens its institution.
    await page.getByTestId('ranking-brokers').locator('button').first().click();
    await expect
      .poll(() => page.getByTestId('panel-title').innerText())
      .toMatch(/Government of the Republic of Korea/);
  });
});

describe('the URL', () => {
  it('reopens the same view in a fresh page', async () => {
    await page.getByTestId('tool-filters').click();
    await page.getByTestId('domain-chip-quantum').click();
    await viewSettled(page);
    await page.getByTestId('tool-path').click();
    await pick(page, 'path-from', 'KRISS', 'kr-kriss');
    await pick(page, 'path-to', 'NIST', 'us-nist');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-testid=path-results]')?.dataset.status === 'ready',
    );
    await page.getByTestId('language-switch').click();
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(800); // the camera settles, then the URL follows
    const link = page.url();
    const params = new URL(link).searchParams;
    expect(params.get('domain')).toBe('quantum');
    expect(params.get('lang')).toBe('ko');
    expect(params.get('colour')).toBe('community');
    expect(params.get('size')).toBe('betweenness');
    expect(params.get('institution')).toBe('kr-government');
    expect(params.get('camera')).not.toBeNull();

    const before = {
      counts: await counts(page),
      title: await page.getByTestId('panel-title').innerText(),
      summary: await page.getByTestId('path-summary').innerText(),
      camera: await page.evaluate(() => window.cooperationGraph!.renderer.getCamera().getState()),
      colour: (await nodeView(page, 'kr-kriss')).color,
    };
    const copy = await context.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await copy.goto(link);
    await copy.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 60_000 });
    await copy.waitForFunction(() => document.body.dataset.layout === 'stopped', undefined, {
      timeout: 60_000,
    });
    await copy.waitForFunction(() => document.getElementById('stats')?.dataset.status === 'ready');
    await expect
      .poll(() => copy.getByTestId('path-summary').innerText(), { timeout: 30_000 })
      .toBe(before.summary);
    await expect
      .poll(() => copy.getByTestId('panel-title').innerText(), { timeout: 30_000 })
      .toBe(before.title);
    expect(await copy.locator('html').getAttribute('lang')).toBe('ko');
    expect(await copy.getByTestId('domain-chip-quantum').getAttribute('aria-pressed')).toBe('true');
    expect(await copy.getByTestId('tool-path').getAttribute('aria-expanded')).toBe('true');
    const after = await copy.evaluate(() => ({
      counts: {
        institutions: Number(document.getElementById('stats')!.dataset.institutions),
        links: Number(document.getElementById('stats')!.dataset.links),
        agreements: Number(document.getElementById('stats')!.dataset.agreements),
      },
      camera: window.cooperationGraph!.renderer.getCamera().getState(),
      colour: window.cooperationGraph!.renderer.getNodeDisplayData('kr-kriss')?.color,
    }));
    expect(after.counts).toEqual(before.counts);
    expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
    expect(after.camera.x).toBeCloseTo(before.camera.x, 3);
    expect(after.camera.y).toBeCloseTo(before.camera.y, 3);
    expect(after.colour).toBe(before.colour);
    await copy.screenshot({ path: artifact('explorer-url-reopened.png') });
    await copy.close();
  });

  it('Back undoes the last step', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.goBack();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ko');
  });
});

describe('a narrow window', () => {
  it('keeps search, counts and the panel readable', async () => {
    const narrow = await openExplorer(context, 'institution=us-nist&lang=en', { width: 420, height: 800 });
    await narrow.getByTestId('institution-panel').waitFor({ state: 'visible' });
    const panel = (await narrow.getByTestId('institution-panel').boundingBox())!;
    expect(panel.width).toBeGreaterThan(400);
    expect((await narrow.getByTestId('search-input').boundingBox())!.width).toBeGreaterThan(300);
    await narrow.screenshot({ path: artifact('explorer-narrow-panel.png') });
    await narrow.getByTestId('panel-close').click();
    await narrow.getByTestId('tool-filters').click();
    await narrow.screenshot({ path: artifact('explorer-narrow-filters.png') });
    await narrow.close();
  });
});
