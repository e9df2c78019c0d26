/**
 * The time bar: a histogram of the seed's status statements per month, a handle that shows the network as
 * of a month (the same network the API answers for that day, positions kept), played month by month, in
 * the URL, and told to screen readers as a month in the interface's language.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { artifact, counts, drawnNodes, nodePosition, openExplorer, useExplorer } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context);
  await page.waitForFunction(() => document.getElementById('timebar')?.dataset.status === 'ready');
});
afterAll(async () => {
  await page?.close();
});

interface Network {
  institutions: string[];
  links: number;
  agreements: number;
}

/** What `/api/graph?asOf=` answers for the end of a month: the network the map should show. */
async function networkAsOf(day: string): Promise<Network> {
  const response = await fetch(`${context.seeded.app.url}/api/graph?asOf=${day}`);
  const body = (await response.json()) as {
    nodes: { key: string }[];
    edges: { attributes: { relation: string; agreementIds: string[] } }[];
  };
  const cooperation = body.edges.filter((edge) => edge.attributes.relation === 'cooperation');
  return {
    institutions: body.nodes.map((node) => node.key).sort(),
    links: cooperation.length,
    agreements: new Set(cooperation.flatMap((edge) => edge.attributes.agreementIds)).size,
  };
}

/** The map once it shows `month`: its institutions and counts (links counted without parent links). */
async function shown(month: string | null): Promise<Network> {
  await page.waitForFunction(
    (expected) => (document.getElementById('timebar')?.dataset.asOf ?? '') === expected,
    month ?? '',
  );
  const { institutions, agreements } = await counts(page);
  const links = await page.evaluate(() => {
    const { renderer, graph } = window.cooperationGraph!;
    return graph.filterEdges(
      (edge, attributes) =>
        attributes.relation === 'cooperation' && renderer.getEdgeDisplayData(edge)?.hidden !== true,
    ).length;
  });
  const drawn = await drawnNodes(page);
  expect(drawn.length).toBe(institutions);
  return { institutions: drawn, links, agreements };
}

const handle = () => page.getByTestId('timebar-handle');
const asOfParameter = () => new URL(page.url()).searchParams.get('asOf');

describe('the time bar', () => {
  it('draws a column per month from the first statement to the last, stacked by status', async () => {
    const months = await page
      .locator('[data-testid="timebar-histogram"] g')
      .evaluateAll((columns) => columns.map((column) => column.getAttribute('data-month')));
    expect(months[0]).toBe('2023-04');
    expect(months).toContain('2023-12');
    // The dialogue of 9 December 2023 states most of the seed's agreements: its column is the tallest.
    const december = page.locator('[data-testid="timebar-histogram"] g[data-month="2023-12"] rect');
    expect(await december.count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="timebar-histogram"] g[data-month="2023-06"] rect').count()).toBe(
      0,
    );
    expect(await handle().getAttribute('aria-valuetext')).toBe('Today');
  });

  it('shows the network as of April 2023: the launch alone, where the API puts it, nodes unmoved', async () => {
    const before = await nodePosition(page, 'us-white-house');
    await handle().focus();
    await handle().press('Home');
    expect(await shown('2023-04')).toEqual(await networkAsOf('2023-04-30'));
    expect((await shown('2023-04')).agreements).toBe(1);
    expect(await handle().getAttribute('aria-valuetext')).toBe('As of the end of April 2023');
    expect(await page.getByTestId('timebar-label').innerText()).toBe('As of the end of April 2023');
    expect(asOfParameter()).toBe('2023-04');
    expect(await nodePosition(page, 'us-white-house')).toEqual(before);
    await page.screenshot({ path: artifact('explorer-timeline-april.png') });
  });

  it('moves a month with the arrow keys', async () => {
    await handle().press('ArrowRight');
    expect(await shown('2023-05')).toEqual(await networkAsOf('2023-05-31'));
    await handle().press('ArrowLeft');
    await shown('2023-04');
  });

  it('plays month by month, the counts following, and stops at the last month', async () => {
    const months = await page
      .locator('[data-testid="timebar-histogram"] g')
      .evaluateAll((columns) => columns.map((column) => column.getAttribute('data-month')!));
    const last = months.at(-1)!;
    await page.getByTestId('timebar-speed').selectOption('12');
    await page.getByTestId('timebar-play').click();
    expect(await page.getByTestId('timebar-play').getAttribute('aria-pressed')).toBe('true');
    // The counts seen while it plays: they rise from the launch alone to the dialogue's agreements.
    const seen = new Set<number>();
    await expect
      .poll(
        async () => {
          seen.add((await counts(page)).agreements);
          return page.getByTestId('timebar-play').getAttribute('aria-pressed');
        },
        { timeout: 20_000, interval: 50 },
      )
      .toBe('false');
    expect(seen.size).toBeGreaterThan(1);
    const lastDay = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    expect(await shown(last)).toEqual(await networkAsOf(lastDay));
    expect(asOfParameter()).toBe(last);
    await page.screenshot({ path: artifact('explorer-timeline-played.png') });
  });

  it('comes back to today with every agreement', async () => {
    await page.getByTestId('timebar-today').click();
    await shown(null);
    expect(await counts(page)).toEqual({ institutions: 26, links: 31, agreements: 21 });
    expect(asOfParameter()).toBeNull();
  });

  it('reopens a shared link as of its month, and says the month in Korean', async () => {
    const shared = await openExplorer(context, 'asOf=2023-04&lang=ko');
    try {
      await shared.waitForFunction(() => document.getElementById('timebar')?.dataset.status === 'ready');
      await shared.waitForFunction(() => document.getElementById('stats')?.dataset.agreements === '1');
      expect(await shared.getByTestId('timebar-handle').getAttribute('aria-valuetext')).toBe(
        '2023년 4월 말 기준',
      );
    } finally {
      await shared.close();
    }
  });
});
