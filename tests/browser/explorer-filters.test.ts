/**
 * Filter: each filter (domain chip, country, institution kind, agreement kind, status, date range) asks the
 * API for the filtered network; the canvas and the counts change together; reset brings everything back.
 * The country control says what it keeps and can keep one country's institutions only; an empty answer
 * is a note with the way back.
 */
import type { Page } from 'playwright-core';

import type { NetworkGraph } from '../../contract/graph.js';
import type { Stats } from '../../contract/stats.js';
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

  it('chip counts follow the other filters, and stay while a domain is chosen', async () => {
    const chipCounts = (): Promise<Record<string, string | undefined>> =>
      page
        .locator('[data-testid=domain-chips] [data-domain]:not([data-domain=""])')
        .evaluateAll((chips) =>
          Object.fromEntries(
            chips.map((chip) => [
              chip.getAttribute('data-domain') ?? '',
              chip.querySelector('.chip-count')?.textContent ?? undefined,
            ]),
          ),
        );
    const stats = (await (await context.seeded.app.get('/api/stats?country=IN')).json()) as Stats;
    const expected = Object.fromEntries(
      stats.agreementsPerDomain.map((entry) => [entry.id, String(entry.count)]),
    );
    // India's one agreement covers critical and emerging technology only.
    expect(expected).toMatchObject({ 'critical-emerging-tech': '1', ai: '0' });
    await page.getByTestId('filter-country').selectOption('IN');
    await viewSettled(page);
    await expect.poll(chipCounts).toEqual(expected);
    await page.getByTestId('domain-chip-critical-emerging-tech').click();
    await viewSettled(page);
    await expect.poll(chipCounts).toEqual(expected);
    await page.getByTestId('domain-chip-all').click();
    await page.getByTestId('filter-country').selectOption('');
    await viewSettled(page);
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
    // The axis runs from the April 2023 summit to January 2024, the first month "2024" can mean: a year
    // counts in any of its months, so the rest of 2024 would be empty.
    expect([min, max]).toEqual([2023 * 12 + 3, 2024 * 12]);
    expect(await page.getByTestId('filter-dates-value').innerText()).toBe('April 2023 – January 2024');
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

  it('says what the country keeps, and "institutions of this country only" draws what the API answers', async () => {
    const only = page.getByTestId('filter-country-only');
    expect(await page.locator('label[for=filter-country]').innerText()).toBe('Country of a party');
    expect(await only.isDisabled()).toBe(true);
    await page.getByTestId('filter-country').selectOption('KR');
    await viewSettled(page);
    expect(await page.getByTestId('country-hint').innerText()).toBe(
      'Agreements with at least one party based in this country',
    );
    await only.check();
    expect(await page.getByTestId('country-hint').innerText()).toBe(
      'Only links between two institutions based in this country',
    );
    const answer = (await (
      await context.seeded.app.get('/api/graph?country=KR&countryScope=only')
    ).json()) as NetworkGraph;
    const cooperation = answer.edges.filter((edge) => edge.attributes.relation === 'cooperation');
    await expectView(
      answer.nodes.map((node) => node.key),
      cooperation.length,
      new Set(cooperation.flatMap((edge) => edge.attributes.agreementIds)).size,
    );
    expect(await drawnNodes(page)).toEqual([
      'kr-government',
      'kr-industry',
      'kr-national-security-office',
      'kr-pharma-companies',
      'kr-universities',
    ]);
    expect(new URL(page.url()).searchParams.get('countryScope')).toBe('only');
    // One control, one filter.
    expect(await page.getByTestId('filters-summary').innerText()).toMatch(/1 filter on/);
    await page.screenshot({ path: artifact('explorer-filters-country-only.png') });
    // Choosing no country takes "only" with it: the next country starts from any party again.
    await page.getByTestId('filter-country').selectOption('');
    await viewSettled(page);
    expect(await only.isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.get('countryScope')).toBeNull();
  });

  it('explains an institution kind in plain words', async () => {
    await page.getByTestId('filter-institution-kind').selectOption('agency');
    await viewSettled(page);
    expect(await page.getByTestId('institution-kind-hint').innerText()).toMatch(
      /^A public body that funds or runs programmes, such as NSF or KEIT\. Links between two institutions/,
    );
    await page.getByTestId('filter-institution-kind').selectOption('');
    await viewSettled(page);
  });

  it('an empty answer is a calm note over the map whose "Clear filters" brings the map back', async () => {
    await page.getByTestId('filter-country').selectOption('IN');
    await page.getByTestId('filter-country-only').check();
    await viewSettled(page);
    expect(await counts(page)).toEqual({ institutions: 0, links: 0, agreements: 0 });
    const empty = page.getByTestId('empty-view');
    await empty.waitFor({ state: 'visible' });
    expect(await empty.innerText()).toMatch(/No agreement matches these filters\.\s*Clear filters/);
    // A status, not an alarm: no error box is shown.
    expect(await empty.getAttribute('role')).toBe('status');
    expect(await page.getByTestId('filters-error').isHidden()).toBe(true);
    await page.screenshot({ path: artifact('explorer-filters-empty.png') });
    await page.getByTestId('empty-view-clear').click();
    await viewSettled(page);
    expect(await counts(page)).toEqual({ institutions: 26, links: 31, agreements: 21 });
    expect(await empty.isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
  });

  it('speaks Korean too', async () => {
    const korean = await openExplorer(context, 'tool=filters&lang=ko&country=KR&countryScope=only');
    try {
      await viewSettled(korean);
      expect(await korean.locator('label[for=filter-country]').innerText()).toBe('참여 기관의 국가');
      expect(await korean.locator('label[for=filter-country-only]').innerText()).toBe('이 나라 기관끼리만');
      expect(await korean.getByTestId('filter-country-only').isChecked()).toBe(true);
      expect(await korean.getByTestId('country-hint').innerText()).toBe(
        '이 나라에 있는 두 기관 사이의 연결만 보여 줍니다',
      );
      expect((await drawnNodes(korean)).length).toBe(5);
    } finally {
      await korean.close();
    }
  });
});
