/**
 * Agreements as nodes: one click turns the map into institutions and the agreements they are party to,
 * institutions where the cooperation map had them; a click on an agreement opens its evidence; the view
 * is in the URL, follows the time bar, and switching back restores the cooperation map as it was.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { artifact, counts, nodePosition, openExplorer, useExplorer } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context);
});
afterAll(async () => {
  await page?.close();
});

/** The agreements view's nodes as the user sees them: their types, and where one of them is drawn. */
async function agreementsView(
  target: Page,
): Promise<{ institutions: number; agreements: number; statuses: string[] }> {
  return target.evaluate(() => {
    const renderer = window.cooperationGraph!.agreements.renderer()!;
    const graph = renderer.getGraph();
    const drawn = graph.filterNodes((node) => renderer.getNodeDisplayData(node)?.hidden !== true);
    const types = drawn.map((node) => graph.getNodeAttribute(node, 'data').type);
    return {
      institutions: types.filter((type) => type === 'institution').length,
      agreements: types.filter((type) => type === 'agreement').length,
      statuses: [
        ...new Set(
          drawn.flatMap((node) => {
            const data = graph.getNodeAttribute(node, 'data');
            return data.type === 'agreement' ? [data.status] : [];
          }),
        ),
      ].sort(),
    };
  });
}

/** Institutions the agreements view draws elsewhere than the cooperation map has them. */
async function movedInstitutions(target: Page): Promise<string[]> {
  return target.evaluate(() => {
    const { graph: map, agreements } = window.cooperationGraph!;
    return agreements
      .renderer()!
      .getGraph()
      .filterNodes((_key, { id, data, x, y }) => {
        if (data.type !== 'institution' || !map.hasNode(id)) return false;
        return x !== map.getNodeAttribute(id, 'x') || y !== map.getNodeAttribute(id, 'y');
      });
  });
}

/** The cooperation map as the user left it: every institution's place, and the camera. */
async function mapAsLeft(target: Page): Promise<{ places: string[]; camera: unknown }> {
  return target.evaluate(() => {
    const { graph, renderer } = window.cooperationGraph!;
    return {
      places: graph.mapNodes((node, { x, y }) => `${node} ${x} ${y}`),
      camera: renderer.getCamera().getState(),
    };
  });
}
let mapBefore: Awaited<ReturnType<typeof mapAsLeft>>;

async function shownAgreements(target: Page): Promise<void> {
  await target.waitForFunction(
    () =>
      document.getElementById('stats')?.dataset.status === 'ready' &&
      window.cooperationGraph?.agreements.renderer() != null &&
      !document.getElementById('agreements-graph')!.hidden,
  );
}

/** Where the agreements view draws a node, in page pixels. */
async function agreementsNodePosition(key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const renderer = window.cooperationGraph!.agreements.renderer()!;
    const position = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, key);
}

describe('agreements as nodes', () => {
  it('switches in one click to institutions and the 21 agreements of the seed, coloured by status', async () => {
    const whiteHouse = await nodePosition(page, 'us-white-house');
    mapBefore = await mapAsLeft(page);
    await page.getByTestId('shape-agreements').click();
    await shownAgreements(page);
    expect(await page.getByTestId('shape-agreements').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('shape')).toBe('agreements');
    const view = await agreementsView(page);
    expect(view.agreements).toBe(21);
    expect(view.institutions).toBeGreaterThan(20);
    expect(view.statuses.length).toBeGreaterThan(1);
    expect(await movedInstitutions(page)).toEqual([]);
    expect(await counts(page)).toMatchObject({ institutions: view.institutions, agreements: 21 });
    expect(await page.getByTestId('counts').innerText()).toMatch(/21 agreements/);
    // The institutions stay where the map had them: the same place on the screen.
    const moved = await agreementsNodePosition('institution:us-white-house');
    expect(Math.abs(moved.x - whiteHouse.x)).toBeLessThan(2);
    expect(Math.abs(moved.y - whiteHouse.y)).toBeLessThan(2);
    await page.screenshot({ path: artifact('explorer-agreements.png') });
  });

  it('places each agreement among its parties', async () => {
    const placement = await page.evaluate(() => {
      const graph = window.cooperationGraph!.agreements.renderer()!.getGraph();
      const key = 'agreement:cet-dialogue-launch-2023';
      const parties = graph.neighbors(key);
      const xs = parties.map((party) => graph.getNodeAttribute(party, 'x'));
      return { x: graph.getNodeAttribute(key, 'x'), min: Math.min(...xs), max: Math.max(...xs), parties };
    });
    expect(placement.parties.sort()).toEqual([
      'institution:kr-presidential-office',
      'institution:us-white-house',
    ]);
    const margin = (placement.max - placement.min) / 2 + 50;
    expect(placement.x).toBeGreaterThan(placement.min - margin);
    expect(placement.x).toBeLessThan(placement.max + margin);
  });

  it('opens an agreement’s evidence when it is clicked', async () => {
    const key = 'agreement:cet-dialogue-launch-2023';
    const { x, y } = await agreementsNodePosition(key);
    await page.mouse.click(x, y);
    const panel = page.getByTestId('institution-panel');
    await expect.poll(() => panel.getAttribute('data-agreement')).toBe('cet-dialogue-launch-2023');
    await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toMatch(/지난 4월|April/);
    expect(await panel.locator('blockquote[lang=ko]').count()).toBeGreaterThan(0);
    await page.getByTestId('panel-close').click();
  });

  it('follows the time bar: as of April 2023, the launch alone, where the user looks', async () => {
    const camera = () =>
      page.evaluate(() => {
        const view = window.cooperationGraph!.agreements.renderer()!.getCamera();
        return { ...view.getState(), moving: view.isAnimated() };
      });
    // The user zooms in on the view; a month chosen redraws it without moving the camera.
    await page.getByTestId('zoom-in').click();
    await expect.poll(camera).toMatchObject({ moving: false });
    const zoomed = await camera();
    expect(zoomed.ratio).toBeLessThan(0.9);
    const handle = page.getByTestId('timebar-handle');
    await handle.focus();
    await handle.press('Home');
    await page.waitForFunction(() => document.getElementById('stats')?.dataset.agreements === '1');
    expect((await agreementsView(page)).agreements).toBe(1);
    expect(await camera()).toEqual(zoomed);
    await page.getByTestId('timebar-today').click();
    await page.waitForFunction(() => document.getElementById('stats')?.dataset.agreements === '21');
    expect(await camera()).toEqual(zoomed);
    await page.getByTestId('zoom-fit').click();
  });

  it('switches back to the cooperation map as it was', async () => {
    await page.getByTestId('shape-cooperation').click();
    await page.waitForFunction(() => document.getElementById('agreements-graph')!.hidden);
    expect(new URL(page.url()).searchParams.get('shape')).toBeNull();
    expect(await counts(page)).toEqual({ institutions: 26, links: 31, agreements: 21 });
    expect(await mapAsLeft(page)).toEqual(mapBefore);
  });

  it('follows the map when it is laid out again', async () => {
    await page.getByTestId('layout-toggle').click();
    await page.waitForFunction(() => document.body.dataset.layout === 'stopped', undefined, {
      timeout: 60_000,
    });
    await page.getByTestId('shape-agreements').click();
    await shownAgreements(page);
    expect(await movedInstitutions(page)).toEqual([]);
    await page.getByTestId('shape-cooperation').click();
  });

  it('opens a shared link in the agreements view', async () => {
    const shared = await openExplorer(context, 'shape=agreements&lang=ko');
    try {
      await shownAgreements(shared);
      expect((await agreementsView(shared)).agreements).toBe(21);
      // Asked for before the map's first layout settled, the view is placed again once it has.
      await shared.waitForFunction(() => document.body.dataset.layout === 'stopped');
      expect(await movedInstitutions(shared)).toEqual([]);
      expect(await shared.getByTestId('counts').innerText()).toMatch(/협정 21건/);
    } finally {
      await shared.close();
    }
  });
});
