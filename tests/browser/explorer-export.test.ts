/**
 * Export and failures: the view downloads as a PNG, the (filtered) network as GEXF, GraphML and CSV; when
 * the API cannot be reached or a request fails, the page says so in words and can try again.
 */
import { readFile } from 'node:fs/promises';

import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { artifact, openExplorer, settle, useExplorer, viewSettled } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context, 'domain=quantum');
  await viewSettled(page);
});
afterAll(async () => {
  await page?.close();
});

async function download(testid: string): Promise<{ name: string; body: Buffer }> {
  await page.getByTestId('tool-export').click();
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testid).click(),
  ]);
  const target = artifact(`explorer-download-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return { name: file.suggestedFilename(), body: await readFile(target) };
}

describe('export', () => {
  it('the view as a PNG image', async () => {
    const { name, body } = await download('export-png');
    expect(name).toBe('cooperation-graph.png');
    expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(body.length).toBeGreaterThan(10_000);
  });

  it('the filtered network for Gephi (GEXF) and as GraphML, with the filter in the file name', async () => {
    const gexf = await download('export-gexf');
    expect(gexf.name).toBe('cooperation-graph-domain-quantum.gexf');
    const text = gexf.body.toString('utf8');
    expect(text).toMatch(/<gexf/);
    expect(text).toContain('us-nist');
    expect(text).not.toContain('kr-keit');

    const graphml = await download('export-graphml');
    expect(graphml.name).toMatch(/\.graphml$/);
    expect(graphml.body.toString('utf8')).toMatch(/<graphml/);
  });

  it('the network as CSV for a spreadsheet, names in the interface language', async () => {
    await page.getByTestId('language-switch').click();
    const csv = await download('export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const text = csv.body.toString('utf8').replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toMatch(/^source,target,sourceName,targetName/);
    expect(text).toContain('국립표준기술연구소');
    await page.getByTestId('language-switch').click();
  });
});

describe('failures', () => {
  it('says the server is unreachable, and the retry draws the network once it is back', async () => {
    const offline = await context.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await offline.route('**/api/graph*', (route) => route.abort('connectionrefused'));
    await offline.goto(context.seeded.app.url);
    await offline.waitForFunction(() => document.body.dataset.state === 'error', undefined, {
      timeout: 60_000,
    });
    const message = offline.getByTestId('error-message');
    expect(await message.innerText()).toMatch(/reach/i);
    await offline.screenshot({ path: artifact('explorer-unreachable.png') });
    await offline.unroute('**/api/graph*');
    await offline.getByTestId('retry').click();
    await settle(offline);
    expect(await offline.getByTestId('error-message').count()).toBe(0);
    await offline.close();
  });

  it('a failed filter request is reported in the filters, and the canvas keeps the last good view', async () => {
    await page.route('**/api/graph?*status=*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: 'Neo4j is not answering',
        }),
      }),
    );
    await page.getByTestId('tool-filters').click();
    await page.getByTestId('filter-status').selectOption('signed');
    const error = page.getByTestId('filters-error');
    await expect
      .poll(() => error.innerText(), { timeout: 30_000 })
      .toMatch(/could not be loaded[\s\S]*Service Unavailable/);
    expect(Number(await page.getByTestId('stats').getAttribute('data-institutions'))).toBe(10);
    await page.unroute('**/api/graph?*status=*');
  });

  it('a failed search says so in the list', async () => {
    await page.route('**/api/search*', (route) => route.abort('connectionrefused'));
    await page.getByTestId('search-input').fill('quantum');
    await expect
      .poll(() => page.getByTestId('search-options').innerText(), { timeout: 15_000 })
      .toMatch(/search failed/);
    await page.unroute('**/api/search*');
  });
});
