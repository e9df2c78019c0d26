/**
 * Link two agencies: the path finder's pickers choose KEIT and NIST, which by default (agreements and
 * parents only) nothing links; asked to go through shared events too, the canvas draws the path through
 * the agreements and the event that link them, and the list explains each hop with the agreement and its
 * quote; the options (all shortest paths, maximum hops, domain) change the answer.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { artifact, nodeView, openExplorer, pick, useExplorer } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context);
});
afterAll(async () => {
  await page?.close();
});

const DIMMED = '#e3e7ee';

async function answered(): Promise<void> {
  await page.waitForFunction(
    () =>
      ['ready', 'error'].includes(
        document.querySelector<HTMLElement>('[data-testid=path-results]')?.dataset.status ?? '',
      ),
    undefined,
    { timeout: 30_000 },
  );
}

describe('the path finder', () => {
  it('finds how KEIT is linked to NIST and lists each hop with the agreement behind it', async () => {
    await page.getByTestId('tool-path').click();
    await pick(page, 'path-from', 'KEIT', 'kr-keit');
    await pick(page, 'path-to', 'NIST', 'us-nist');
    await answered();
    const results = page.getByTestId('path-results');
    // By default only agreements and parents link: KEIT and NIST were only at the same dialogue.
    expect(await results.innerText()).toMatch(/Shared events and people count as links only when asked for/);
    await page.getByTestId('path-via-event').check();
    await page.getByTestId('path-find').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=path-summary]') !== null,
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('path-summary').innerText()).toMatch(/1 path of 4 hops/);
    const text = await results.innerText();
    expect(text).toMatch(/KEIT — party to → Strengthen KEIT–EVSTS joint research cooperation through an MOU/);
    expect(text).toMatch(
      /agreed at → 1st Korea–US Next Generation Critical and Emerging Technology Dialogue/,
    );
    // Shortest paths tie (any agreement NIST signed at the dialogue does): any of them is a right answer.
    // Hops read as walked, from KEIT to NIST: the last one arrives at NIST, its arrow pointing as stated.
    const lines = await results.locator('.hop-line').allInnerTexts();
    expect(lines[0]).toMatch(/^KEIT — party to → /);
    expect(lines.at(-1)).toMatch(/ ← party to — NIST$/);
    expect(await results.locator('blockquote[lang=ko]').first().innerText()).toContain(
      '한국산업기술기획평가원',
    );
    expect(await results.locator('blockquote[lang=en]').first().innerText()).toMatch(
      /Korea Evaluation Institute/,
    );
    const url = new URL(page.url());
    expect([url.searchParams.get('pathFrom'), url.searchParams.get('pathTo')]).toEqual([
      'kr-keit',
      'us-nist',
    ]);
    expect(url.searchParams.get('pathVia')).toBe('agreement,parent,event');
  });

  it('draws the path on the canvas: its ends highlighted, the rest dimmed, a waypoint per agreement and event', async () => {
    await page.waitForTimeout(600); // the camera frames the path
    expect((await nodeView(page, 'kr-keit')).highlighted).toBe(true);
    expect((await nodeView(page, 'us-nist')).highlighted).toBe(true);
    expect((await nodeView(page, 'kr-msit')).color).toBe(DIMMED);
    const layer = await page.evaluate(() => {
      window.cooperationGraph!.renderer.refresh();
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=path-layer]')!;
      const context2d = canvas.getContext('2d')!;
      const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked += 1;
      return { segments: canvas.dataset.segments, waypoints: canvas.dataset.waypoints, inked };
    });
    expect(layer).toMatchObject({ segments: '1', waypoints: '3' });
    expect(layer.inked).toBeGreaterThan(500);
    await page.screenshot({ path: artifact('explorer-path.png') });
  });

  it('a hop’s agreement opens it and lights its parties', async () => {
    await page.getByTestId('hop-agreement').first().click();
    const panel = page.getByTestId('institution-panel');
    await expect.poll(() => panel.getAttribute('data-agreement')).toBe('keit-evsts-mou-joint-research');
    await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toMatch(/EVSTS/);
    await page.getByTestId('panel-close').click();
  });

  it('a maximum of two hops finds no path, and says why', async () => {
    await page.getByTestId('path-max-hops').fill('2');
    await page.getByTestId('path-find').click();
    await expect
      .poll(() => page.getByTestId('path-summary').innerText(), { timeout: 30_000 })
      .toMatch(/No path/);
    expect(new URL(page.url()).searchParams.get('maxHops')).toBe('2');
    // Nothing is drawn for no path.
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector<HTMLElement>('[data-testid=path-layer]')?.dataset.segments,
        ),
      )
      .toBe('0');
  });

  it('all shortest paths between KRISS and NIST, through quantum agreements only', async () => {
    await pick(page, 'path-from', 'KRISS', 'kr-kriss');
    await page.getByTestId('path-max-hops').fill('8');
    await page.getByTestId('path-mode').selectOption('all-shortest');
    await page.getByTestId('path-domain').selectOption('quantum');
    await page.getByTestId('path-find').click();
    await expect
      .poll(() => page.getByTestId('path-summary').innerText(), { timeout: 30_000 })
      .toMatch(/2 paths of 2 hops/);
    const agreements = await page
      .getByTestId('path-results')
      .getByTestId('hop-agreement')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('data-agreement')))].sort());
    expect(agreements).toEqual([
      'kriss-nist-quantum-computer-cooperation',
      'kriss-nist-quantum-supercomputing-consultation',
    ]);
    const url = new URL(page.url());
    expect([url.searchParams.get('pathMode'), url.searchParams.get('pathDomain')]).toEqual([
      'all-shortest',
      'quantum',
    ]);
  });

  it('clears the path from the canvas and the list', async () => {
    await page.getByTestId('path-clear').click();
    await expect.poll(() => page.getByTestId('path-results').innerText()).toBe('');
    expect((await nodeView(page, 'kr-msit')).color).not.toBe(DIMMED);
    expect(new URL(page.url()).searchParams.get('pathFrom')).toBeNull();
  });

  it('takes what the user typed: "nist" and "국립표준기술연구소" resolve without picking a suggestion', async () => {
    const from = page.getByTestId('path-from-input');
    const to = page.getByTestId('path-to-input');
    await from.fill('kriss');
    await to.fill('국립표준기술연구소');
    await page.getByTestId('path-max-hops').fill('8');
    await page.getByTestId('path-domain').selectOption('');
    await page.getByTestId('path-find').click();
    await expect
      .poll(() => page.getByTestId('path-summary').innerText(), { timeout: 30_000 })
      .toMatch(/paths? of 2 hops/);
    // The pickers now name the institutions the terms resolved to.
    await expect.poll(() => from.inputValue()).toBe('KRISS');
    await expect.poll(() => to.inputValue()).toBe('NIST');
    // Typed in English, lower case, and sent with Enter from the field.
    await page.getByTestId('path-clear').click();
    await from.fill('KRISS');
    await to.fill('nist');
    await to.press('Enter');
    await expect
      .poll(() => page.getByTestId('path-summary').innerText(), { timeout: 30_000 })
      .toMatch(/paths? of 2 hops/);
    expect((await nodeView(page, 'us-nist')).highlighted).toBe(true);
    await page.screenshot({ path: artifact('explorer-path-typed.png') });
  });

  it('a typed name that names no institution says so in words, naming no internals', async () => {
    await page.getByTestId('path-to-input').fill('표준');
    await page.getByTestId('path-find').click();
    const unknown = page.getByTestId('path-unknown');
    await unknown.waitFor({ timeout: 30_000 });
    const words = await page.getByTestId('path-results').innerText();
    expect(words).toMatch(/No institution is called “표준”/);
    expect(words).not.toMatch(/PARTY_TO|us-nist|kr-kriss|\bto:|api\//);
    // The path found before, between other ends, is no longer drawn.
    expect((await nodeView(page, 'us-nist')).highlighted).toBe(false);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector<HTMLElement>('[data-testid=path-layer]')?.dataset.segments,
        ),
      )
      .toBe('0');
    await page.getByTestId('path-clear').click();
  });

  it('a typed acronym two institutions share asks which one, in names only', async () => {
    // A second NIST for this test only (the next file seeds the graph again).
    await context.seeded.db.write((tx) =>
      tx.run(
        "CREATE (:Institution {id: 'kr-nist-test', acronym: 'NIST', nameEn: 'National Institute of Sport Training', " +
          "nameKo: '국립스포츠훈련원', aliases: [], kind: 'institute', country: 'KR'})",
      ),
    );
    await page.getByTestId('path-from-input').fill('KRISS');
    await page.getByTestId('path-to-input').fill('NIST');
    await page.getByTestId('path-find').click();
    const ambiguous = page.getByTestId('path-ambiguous');
    await ambiguous.waitFor({ timeout: 30_000 });
    const words = await ambiguous.innerText();
    expect(words).toMatch(/“NIST” could be any of these institutions\. Which one do you mean\?/);
    expect(words).toMatch(/National Institute of Standards and Technology \(NIST\)/);
    expect(words).toMatch(/National Institute of Sport Training \(NIST\)/);
    expect(words).not.toMatch(/us-nist|kr-nist-test|PARTY_TO/);
    await page.screenshot({ path: artifact('explorer-path-ambiguous.png') });
    await ambiguous.locator('[data-id="us-nist"]').click();
    await expect
      .poll(() => page.getByTestId('path-summary').innerText(), { timeout: 30_000 })
      .toMatch(/paths? of 2 hops/);
    await context.seeded.db.write((tx) => tx.run("MATCH (i:Institution {id: 'kr-nist-test'}) DELETE i"));
  });
});
