/**
 * The table view: the seed's agreements as rows, as the API lists them for the map's filters and month;
 * sorting from the header (by mouse and keyboard), its own text filter, a row or a party selecting on the
 * map, the page as a CSV, a shared link, and Korean.
 */
import { readFile } from 'node:fs/promises';

import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AgreementList } from '../../contract/explore.js';
import { parseCsv } from '../support/csv.js';
import { artifact, nodePosition, nodeView, openExplorer, useExplorer } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context);
});
afterAll(async () => {
  await page?.close();
});

/** What `/api/agreements` answers, in the table's page size. */
async function api(query: string): Promise<AgreementList> {
  const response = await context.seeded.app.get(`/api/agreements?limit=100&${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as AgreementList;
}

const ids = (list: AgreementList): string[] => list.agreements.map((agreement) => agreement.id);

/** The rows have been answered and drawn. */
async function tableSettled(on: Page = page): Promise<void> {
  await on.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="table-tool"]')?.dataset.status === 'ready',
    undefined,
    { timeout: 30_000 },
  );
}

/** The agreements of the rows shown, top to bottom. */
async function shownIds(on: Page = page): Promise<string[]> {
  return on
    .locator('[data-testid="agreement-table"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-agreement') ?? ''));
}

/** One column's cells as the user reads them. */
async function column(name: string, on: Page = page): Promise<string[]> {
  return on.locator(`[data-testid="agreement-table"] tbody td[data-column="${name}"]`).allInnerTexts();
}

/** The columns' names, without the sorted column's arrow. */
async function headers(on: Page = page): Promise<string[]> {
  return on
    .locator('[data-testid="agreement-table"] thead th button')
    .evaluateAll((buttons) => buttons.map((button) => button.firstChild?.textContent ?? ''));
}

const param = (name: string): string | null => new URL(page.url()).searchParams.get(name);

describe('the table', () => {
  it("opens from the tool bar and lists the seed's agreements, newest first, as many as the API has", async () => {
    await page.getByTestId('tool-table').click();
    await tableSettled();
    const all = await api('');
    expect(all.total).toBe(21);
    expect(await shownIds()).toEqual(ids(all));
    expect(await page.getByTestId('table-tool').getAttribute('data-total')).toBe('21');
    expect(await page.getByTestId('table-summary').innerText()).toContain('Rows 1–21 of 21');
    expect(await headers()).toEqual([
      'Agreement',
      'Parties',
      'Kind',
      'Status',
      'Date',
      'Amount',
      'Currency',
      'Domains',
      'Quote',
    ]);
    expect(await page.locator('th[data-column="date"]').getAttribute('aria-sort')).toBe('descending');
    expect(param('tool')).toBe('table');
    await page.screenshot({ path: artifact('explorer-table.png') });
  });

  it('sorts by date from the keyboard, and by amount with the mouse, both ways', async () => {
    await page.getByTestId('table-sort-date').focus();
    await page.keyboard.press('Enter');
    await tableSettled();
    expect(await page.locator('th[data-column="date"]').getAttribute('aria-sort')).toBe('ascending');
    const dates = await column('date');
    expect(dates).toEqual([...dates].sort());
    expect(await shownIds()).toEqual(ids(await api('sort=date&order=asc')));

    await page.getByTestId('table-sort-amount').click();
    await tableSettled();
    expect(await page.locator('th[data-column="amount"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('th[data-column="date"]').getAttribute('aria-sort')).toBeNull();
    // The seed states one amount: the pledge comes first either way, the agreements without one after it.
    for (const order of ['desc', 'asc']) {
      if (order === 'asc') {
        await page.getByTestId('table-sort-amount').click();
        await tableSettled();
      }
      expect(await shownIds()).toEqual(ids(await api(`sort=amount&order=${order}`)));
      const amounts = await column('amount');
      expect(amounts[0]).toBe('10,000,000');
      expect(amounts.slice(1).every((amount) => amount === '')).toBe(true);
      expect((await column('currency'))[0]).toBe('USD');
    }
    expect([param('tableSort'), param('tableOrder')]).toEqual(['amount', 'asc']);
  });

  it('follows a filter set for the map', async () => {
    await page.getByTestId('tool-filters').click();
    await page.getByTestId('domain-chip-quantum').click();
    await page.getByTestId('tool-table').click();
    await tableSettled();
    const quantum = await api('domain=quantum&sort=amount&order=asc');
    expect(quantum.total).toBe(4);
    expect(await shownIds()).toEqual(ids(quantum));
    expect(await page.getByTestId('table-scope').innerText()).toContain('1 filter');
    await page.getByTestId('tool-filters').click();
    await page.getByTestId('domain-chip-all').click();
    await page.getByTestId('tool-table').click();
    await tableSettled();
    expect(await shownIds()).toHaveLength(21);
  });

  it('narrows the rows to those whose words match its own text filter', async () => {
    await page.getByTestId('table-text').fill('KRISS');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tableText') === 'KRISS');
    await tableSettled();
    const kriss = await api('q=KRISS&sort=amount&order=asc');
    expect(kriss.total).toBeGreaterThan(0);
    expect(kriss.total).toBeLessThan(21);
    expect(await shownIds()).toEqual(ids(kriss));
    // KRISS is party to most of them: its name is in their rows.
    expect((await column('parties')).filter((names) => names.includes('KRISS')).length).toBeGreaterThan(0);
    await page.getByTestId('table-text').fill('');
    await page.getByTestId('table-text').press('Enter');
    await tableSettled();
    expect(await shownIds()).toHaveLength(21);
  });

  it('selects the agreement of a clicked row on the map and opens its panel; a party selects the institution', async () => {
    const id = 'kriss-nist-quantum-computer-cooperation';
    const row = page.locator(`[data-testid="agreement-table"] tr[data-agreement="${id}"]`);
    await row.locator('td[data-column="kind"]').click();
    await expect.poll(() => param('agreement')).toBe(id);
    await page.locator(`[data-testid="institution-panel"] article[data-agreement="${id}"]`).waitFor();
    expect(await row.getAttribute('aria-current')).toBe('true');
    await expect.poll(async () => (await nodeView(page, 'kr-kriss')).highlighted).toBe(true);
    expect((await nodeView(page, 'us-nist')).highlighted).toBe(true);
    // The camera brings both parties into view above the table and beside the panel.
    const table = (await page.getByTestId('tools').boundingBox())!;
    const panel = (await page.getByTestId('institution-panel').boundingBox())!;
    const inSight = async (id: string) => {
      const { x, y } = await nodePosition(page, id);
      return y > 0 && y < table.y && x > 0 && x < panel.x;
    };
    await expect.poll(async () => (await inSight('kr-kriss')) && (await inSight('us-nist'))).toBe(true);
    await page.screenshot({ path: artifact('explorer-table-selected.png') });

    await row.locator('button[data-institution="us-nist"]').click();
    await expect.poll(() => param('institution')).toBe('us-nist');
    await expect
      .poll(() => page.getByTestId('panel-title').innerText())
      .toMatch(/National Institute of Standards/);
  });

  it('downloads exactly the rows shown, in their order and columns, as UTF-8 with a byte order mark', async () => {
    await page.getByTestId('table-sort-parties').click();
    await tableSettled();
    const [file]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('table-download').click(),
    ]);
    expect(file.suggestedFilename()).toBe('agreements-1.csv');
    const target = artifact(`explorer-table-${file.suggestedFilename()}`);
    await file.saveAs(target);
    const bytes = await readFile(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(await headers());
    expect(records.map((record) => record[0])).toEqual(await column('title'));
    expect(records).toHaveLength((await shownIds()).length);
    for (const [index, name] of (await headers()).entries()) {
      const key = ['title', 'parties', 'kind', 'status', 'date', 'amount', 'currency', 'domains', 'quote'][
        index
      ]!;
      const cells = await column(key);
      const values = records.map((record) => record[index]!);
      if (key === 'amount') expect(values, name).toEqual(cells.map((cell) => cell.replaceAll(',', '')));
      // The table shows a quote's first words; the file holds it whole.
      else if (key === 'quote')
        values.forEach((value, i) => expect(value.startsWith(cells[i]!.split('…')[0]!), name).toBe(true));
      else expect(values, name).toEqual(cells);
    }
  });
});

describe('a shared link', () => {
  it('opens the table with its sort, its words and the map’s month', async () => {
    const shared = await openExplorer(context, 'tool=table&tableSort=amount&tableOrder=desc&asOf=2023-12');
    try {
      await tableSettled(shared);
      const december = await api('sort=amount&order=desc&asOf=2023-12-31');
      expect(await shownIds(shared)).toEqual(ids(december));
      expect(await shared.locator('th[data-column="amount"]').getAttribute('aria-sort')).toBe('descending');
      expect(await shared.getByTestId('table-scope').innerText()).toContain('December 2023');
    } finally {
      await shared.close();
    }
  });

  it('speaks Korean', async () => {
    const korean = await openExplorer(context, `lang=ko&tool=table&tableText=${encodeURIComponent('양자')}`);
    try {
      await tableSettled(korean);
      expect(await headers(korean)).toEqual([
        '협정',
        '당사자',
        '유형',
        '상태',
        '날짜',
        '금액',
        '통화',
        '분야',
        '인용문',
      ]);
      expect(await korean.getByTestId('tool-table').innerText()).toBe('표');
      expect(await korean.getByTestId('table-text').inputValue()).toBe('양자');
      const quantum = await api(`q=${encodeURIComponent('양자')}&lang=ko`);
      expect(await shownIds(korean)).toEqual(ids(quantum));
      expect(await korean.getByTestId('table-summary').innerText()).toContain(
        `총 ${quantum.total}건 중 1–${quantum.total}번째`,
      );
      expect(await korean.getByTestId('table-download').innerText()).toBe('CSV 내려받기');
      expect((await column('kind', korean)).every((kind) => /[가-힣]/.test(kind))).toBe(true);
      await korean.screenshot({ path: artifact('explorer-table-ko.png') });
    } finally {
      await korean.close();
    }
  });
});
