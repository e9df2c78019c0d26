/**
 * Every link can be inspected, every quote checked: hovering the KRISS–NIST link names its three agreements,
 * clicking it lists them with their quotes; NIST's part-of link to DOC shows the article's words that
 * establish it; "Show in source" opens the stored article with the quote marked and in view; "Copy citation"
 * puts a ready reference on the clipboard — in English and in Korean, by pointer and from the keyboard.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AgreementSummary } from '../../contract/graph.js';
import { artifact, nodeView, settle, useExplorer } from './explorer-page.js';

const context = useExplorer();
let browserContext: BrowserContext;

const KRISS_NIST = 'cooperation:kr-kriss:us-nist';
const NIST_DOC = 'part-of:us-nist:us-doc';
const SUPERCOMPUTING = 'kriss-nist-quantum-supercomputing-consultation';
const ARTICLE_TITLE = '제1차 한미 차세대 핵심ㆍ신흥기술 대화';
const DARK_LINK = '#1b2230';
const DIMMED = '#e3e7ee';

beforeAll(async () => {
  browserContext = await context.browser.newContext({
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
});
afterAll(async () => {
  await browserContext?.close();
});

async function open(query: string): Promise<Page> {
  const page = await browserContext.newPage();
  await page.goto(`${context.seeded.app.url}/?${query}`);
  await settle(page);
  return page;
}

async function agreement(id: string): Promise<AgreementSummary> {
  return (await (await context.seeded.app.get(`/api/agreements/${id}`)).json()) as AgreementSummary;
}

/** A point of the page where sigma's own picking finds the link (on its curve, if it is curved). */
async function linkPoint(page: Page, edge: string): Promise<{ x: number; y: number }> {
  await page.getByTestId('zoom-fit').click();
  await page.waitForTimeout(600);
  const point = await page.evaluate((key) => {
    const { renderer, graph } = window.cooperationGraph!;
    renderer.refresh();
    const [a, b] = graph
      .extremities(key)
      .map((node) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!));
    const curvature = (renderer.getEdgeDisplayData(key) as { curvature?: number }).curvature ?? 0;
    const dx = b!.x - a!.x;
    const dy = b!.y - a!.y;
    // Away from the institutions at its ends, which take the pointer first.
    const clear = (x: number, y: number) =>
      graph.everyNode((node) => {
        const data = renderer.getNodeDisplayData(node)!;
        const at = renderer.framedGraphToViewport(data);
        return Math.hypot(at.x - x, at.y - y) > renderer.scaleSize(data.size) + 3;
      });
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      for (const side of [1, -1]) {
        // A quadratic curve whose control point lies off the middle by `curvature` of the length.
        const bend = 2 * t * (1 - t) * curvature * side;
        const x = a!.x + dx * t + dy * bend;
        const y = a!.y + dy * t - dx * bend;
        // Sigma's own picking, which its typings keep private.
        const picked = (
          renderer as unknown as { getEdgeAtPoint: (x: number, y: number) => string | null }
        ).getEdgeAtPoint(x, y);
        if (picked === key && clear(x, y)) {
          const box = renderer.getContainer().getBoundingClientRect();
          return { x: box.left + x, y: box.top + y };
        }
      }
    }
    return null;
  }, edge);
  expect(point, `a point on ${edge}`).not.toBeNull();
  return point!;
}

async function hover(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 5 });
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('a cooperation link, in English', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('lang=en');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('hovering it highlights it and names the three agreements it stands for', async () => {
    await hover(page, await linkPoint(page, KRISS_NIST));
    const tooltip = page.getByTestId('link-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.getAttribute('data-edge')).toBe(KRISS_NIST);
    await expect.poll(() => tooltip.innerText(), { timeout: 15_000 }).toMatch(/quantum supercomputing/);
    const text = await tooltip.innerText();
    expect(text).toMatch(/KRISS — NIST/);
    expect(text).toMatch(/3 shared agreements/);
    expect(text).toContain('KRISS–NIST cooperation to advance next-generation quantum computer research');
    expect(text).toContain(
      'KRISS–NIST consultation on joint research on next-generation quantum supercomputing',
    );
    const link = await page.evaluate(
      (key) => window.cooperationGraph!.renderer.getEdgeDisplayData(key)?.color,
      KRISS_NIST,
    );
    expect(link).toBe(DARK_LINK);
    expect((await nodeView(page, 'kr-keit')).color).toBe(DIMMED);
    await page.screenshot({ path: artifact('explorer-link-tooltip.png') });
  });

  it('clicking it opens the panel listing the three agreements with their quotes', async () => {
    await page.mouse.down();
    await page.mouse.up();
    const panel = page.getByTestId('institution-panel');
    await expect.poll(() => panel.getAttribute('data-link')).toBe(KRISS_NIST);
    await expect.poll(() => panel.getAttribute('data-status')).toBe('ready');
    expect(await page.getByTestId('panel-title').innerText()).toBe('KRISS — NIST');
    const cards = panel.locator('[data-testid="link-agreements"] article[data-agreement]');
    const listed = await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-agreement')));
    expect(listed).toHaveLength(3);
    expect(listed).toEqual(
      expect.arrayContaining(['kriss-nist-quantum-computer-cooperation', SUPERCOMPUTING]),
    );
    const expected = await agreement(SUPERCOMPUTING);
    const card = panel.locator(`article[data-agreement="${SUPERCOMPUTING}"]`);
    expect(await card.locator('blockquote[lang=ko]').innerText()).toContain(expected.evidence[0]!.quoteKo);
    expect(await card.locator('.quote-source').innerText()).toContain(
      `${ARTICLE_TITLE} (in Korean) — December 9, 2023`,
    );
    expect(new URL(page.url()).searchParams.get('link')).toBe(KRISS_NIST);
    await page.mouse.move(5, 300);
    await page.screenshot({ path: artifact('explorer-link-panel.png') });
  });

  it('"Show in source" opens the stored article with the quote marked and scrolled into view', async () => {
    const { quoteKo } = (await agreement(SUPERCOMPUTING)).evidence[0]!;
    await page.locator(`article[data-agreement="${SUPERCOMPUTING}"]`).getByTestId('show-in-source').click();
    const reader = page.getByTestId('source-reader');
    await expect.poll(() => reader.getAttribute('data-status')).toBe('ready');
    expect(await reader.locator('[data-testid="source-quote"]').allInnerTexts()).toEqual([quoteKo]);
    expect(await reader.getByTestId('source-text').innerText()).toMatch(/한미 차세대 핵심/);
    const mark = (await reader.getByTestId('source-quote').boundingBox())!;
    const box = (await reader.boundingBox())!;
    expect(mark.y).toBeGreaterThan(box.y);
    expect(mark.y + mark.height).toBeLessThan(box.y + box.height);
    await page.screenshot({ path: artifact('explorer-source-reader.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.isVisible()).toBe(false);
    // Escape closed the dialog only: the link's panel stays.
    expect(await page.getByTestId('institution-panel').getAttribute('data-link')).toBe(KRISS_NIST);
  });

  it('"Copy citation" puts title, date and the quoted sentence with its translation on the clipboard', async () => {
    const { quoteKo, quoteEn } = (await agreement(SUPERCOMPUTING)).evidence[0]!;
    const copy = page.locator(`article[data-agreement="${SUPERCOMPUTING}"]`).getByTestId('copy-citation');
    await copy.click();
    await expect.poll(() => copy.getAttribute('data-copied')).toBe('true');
    expect(await clipboard(page)).toBe(
      `“${ARTICLE_TITLE}”, December 9, 2023. Quoted: “${quoteKo}” (“${quoteEn}”)`,
    );
  });
});

describe('a part-of link', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('lang=en&institution=us-nist');
  });
  afterAll(async () => {
    await page?.close();
  });

  it("opens from NIST's links, and its panel shows the words of the source that establish it", async () => {
    await page.locator(`[data-testid="panel-links"] [data-link="${NIST_DOC}"]`).click();
    const source = page.getByTestId('link-source');
    await source.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('panel-title').innerText()).toBe('NIST is part of DOC');
    expect(await source.locator('blockquote[lang=ko]').innerText()).toContain(
      '미 상무부 산하 국립표준기술연구소',
    );
    expect(await source.innerText()).toMatch(/places NIST under the U\.S\. Department of Commerce/);
    await source.getByTestId('show-in-source').click();
    const reader = page.getByTestId('source-reader');
    await expect.poll(() => reader.getAttribute('data-status')).toBe('ready');
    expect(await reader.getByTestId('source-quote').first().innerText()).toBe(
      '미 상무부 산하 국립표준기술연구소',
    );
    await page.screenshot({ path: artifact('explorer-part-of-source.png') });
  });
});

describe('in Korean, and from the keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('lang=ko&institution=us-nist');
  });
  afterAll(async () => {
    await page?.close();
  });

  it("an institution's panel lists its links; Enter on one opens the link's panel in Korean", async () => {
    const row = page.locator(`[data-testid="panel-links"] [data-link="${KRISS_NIST}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toBe('한국표준과학연구원 · 협정 3건');
    await row.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('institution-panel');
    await expect.poll(() => panel.getAttribute('data-link')).toBe(KRISS_NIST);
    await expect.poll(() => panel.getAttribute('data-status')).toBe('ready');
    expect(await page.getByTestId('panel-title').innerText()).toBe('한국표준과학연구원 — 국립표준기술연구소');
    expect(await panel.locator('[data-testid="link-agreements"] h3').innerText()).toBe('공동 협정 3건');
    expect(await panel.innerText()).toContain('표준연–NIST 차세대 양자 슈퍼컴퓨팅 공동 연구를 위한 협의');
    await page.screenshot({ path: artifact('explorer-link-panel-ko.png') });
  });

  it('the citation is in Korean order, without a translation of a Korean quote', async () => {
    const { quoteKo } = (await agreement(SUPERCOMPUTING)).evidence[0]!;
    const card = page.locator(`article[data-agreement="${SUPERCOMPUTING}"]`);
    expect(await card.getByTestId('show-in-source').innerText()).toBe('원문에서 보기');
    await card.getByTestId('copy-citation').click();
    await expect.poll(() => card.getByTestId('copy-citation').getAttribute('data-copied')).toBe('true');
    expect(await clipboard(page)).toBe(`「${ARTICLE_TITLE}」, 2023년 12월 9일. 인용: “${quoteKo}”`);
  });
});
