/**
 * Filter: each filter (domain chip, country, institution kind, agreement kind, status, date range) asks the
 * API for the filtered network; the canvas and the counts change together; reset brings everything back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { artifact, counts, drawnNodes, openExplorer, useExplorer, viewSettled } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context, 'tool=filters');
});
afterAll(async () => {
  await page?.close();
});

/** The canvas and the counts agree, and the counts line says the same in words. */
async function expectView(institutions: string[], links: number, agreements: number): Promise<void> {
  await viewSettled(page);
  expect(await drawnNodes(page)).toEqual([...institutions].sort());
  expect(await counts(page)).toEqual({ institutions: institutions.length, links, agreements });
  const words = await page.getByTestId('counts').innerText();
  if (institutions.length < 26) expect(words).toContain(`${institutions.length} of 26 institutions`);
  expect(words).toContain(`${links} link`);
  expect(words).toContain(`${agreements} agreement`);
}

describe('filters', () => {
  it('start from the whole network', async () => {
    expect(await counts(page)).toEqual({ institutions: 26, links: 31, agreements: 21 });
    expect(await page.getByTestId('filter-reset').isDisabled()).toBe(true);
  });

  it('a domain chip keeps the quantum agreements and their institutions', async () => {
    await page.getByTestId('domain-chip-quantum').click();
    await expectView(
      [
        'kr-government',
        'kr-industry',
        'kr-kriss',
        'kr-national-security-office',
        'kr-universities',
        'us-government',
        'us-industry',
        'us-national-security-council',
        'us-nist',
        'us-universities',
      ],
      13,
      4,
    );
    expect(await page.getByTestId('domain-chip-quantum').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('domain')).toBe('quantum');
    await page.screenshot({ path: artifact('explorer-filters.png') });
    await page.getByTestId('domain-chip-all').click();
    await expectView(await page.evaluate(() => window.cooperationGraph!.graph.nodes()), 31, 21);
  });

  it('country', async () => {
    await page.getByTestId('filter-country').selectOption('IN');
    await expectView(['in-government', 'kr-government', 'us-government'], 2, 1);
    await page.getByTestId('filter-country').selectOption('');
  });

  it('institution kind', async () => {
    await page.getByTestId('filter-institution-kind').selectOption('institute');
    await expectView(
      ['kr-kriss', 'kr-national-research-institutes', 'us-national-laboratories', 'us-nist'],
      2,
      4,
    );
    await page.getByTestId('filter-institution-kind').selectOption('');
  });

  it('agreement kind', async () => {
    await page.getByTestId('filter-kind').selectOption('mou');
    await expectView(['kr-keit', 'kr-kriss', 'us-evsts', 'us-nist'], 2, 2);
    await page.getByTestId('filter-kind').selectOption('');
  });

  it('status', async () => {
    await page.getByTestId('filter-status').selectOption('planned');
    await expectView(
      ['in-government', 'kr-government', 'kr-pharma-companies', 'us-government', 'us-pharma-companies'],
      8,
      4,
    );
    await page.getByTestId('filter-status').selectOption('');
    await viewSettled(page);
  });

  it('date range: the slider’s start moved to January 2024 keeps the agreements planned for 2024', async () => {
    const from = page.getByTestId('filter-date-from');
    const min = Number(await from.getAttribute('min'));
    const max = Number(await from.getAttribute('max'));
    expect(max).toBeGreaterThan(min);
    await from.focus();
    // Keyboard steps a month at a time, as a user without a mouse would do.
    const january2024 = 2024 * 12;
    for (let month = min; month < january2024; month += 1) await from.press('ArrowRight');
    await from.dispatchEvent('change');
    await expect.poll(() => page.getByTestId('filter-dates-value').innerText()).toMatch(/January 2024/);
    await expectView(
      ['in-government', 'kr-government', 'kr-pharma-companies', 'us-government', 'us-pharma-companies'],
      8,
      4,
    );
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-01');
  });

  it('filters combine, and reset brings the whole network back', async () => {
    await page.getByTestId('filter-country').selectOption('IN');
    await expectView(['in-government', 'kr-government', 'us-government'], 2, 1);
    expect(await page.getByTestId('filters-summary').innerText()).toMatch(/2 filters on/);
    await page.getByTestId('filter-reset').click();
    await viewSettled(page);
    expect(await counts(page)).toEqual({ institutions: 26, links: 31, agreements: 21 });
    expect(await page.getByTestId('filters-summary').innerText()).toMatch(/No filter/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('country')]).toEqual([null, null]);
  });

  it('says so when no agreement passes', async () => {
    await page.getByTestId('filter-kind').selectOption('funding');
    await page.getByTestId('filter-country').selectOption('IN');
    await viewSettled(page);
    expect(await counts(page)).toEqual({ institutions: 0, links: 0, agreements: 0 });
    expect(await page.getByTestId('filters-error').innerText()).toMatch(/No agreement passes/);
    await page.getByTestId('filter-reset').click();
    await viewSettled(page);
  });
});
