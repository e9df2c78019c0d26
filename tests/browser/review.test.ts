/**
 * Add a source: a short Korean article (written for this test) says KRISS signed an MOU with a
 * Fraunhofer institute the graph does not hold, will exchange researchers with it, and will host a
 * workshop with NIST. The analyst pastes it, gets the draft, finds its proposals marked in the article,
 * reloads mid-review and finds it kept, accepts, gives the new institute its English name and country,
 * makes KRISS the host of the workshop, rejects the exchange, is told that rejecting the new institute
 * would strand the MOU, writes the English translations, checks the import (the server asks for its
 * token first), imports, and sees the new agreement on the map with the article as its source. The tool
 * fits a phone's width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';

import type { Database } from '../../server/db/database.js';
import { launchChromium } from '../support/browser.js';
import { connectTestDatabase, seedDatabase } from '../support/database.js';
import { type RunningApp, startApp } from '../support/http.js';
import { artifact, nodeView, settle } from './explorer-page.js';

const TOKEN = 'review-test-token';
const TITLE = '표준연, 독일 프라운호퍼와 양자 센서 공동연구 착수';
const MOU_SENTENCE =
  '한국표준과학연구원(KRISS)은 독일 프라운호퍼 응용고체물리연구소(Fraunhofer IAF)와 양자 센서 공동연구를 위한 양해각서(MOU)를 체결했다고 3일 밝혔다.';
const EXCHANGE_SENTENCE = '두 기관은 내년부터 연구자 교류를 추진하기로 했다.';
const WORKSHOP_SENTENCE =
  '표준연은 또 미국 국립표준기술연구소(NIST)와 양자 계측 워크숍을 공동 개최하기로 합의했다.';
const ARTICLE = [TITLE, MOU_SENTENCE, EXCHANGE_SENTENCE, WORKSHOP_SENTENCE].join('\n\n');
const NEW_NAME = 'Fraunhofer Institute for Applied Solid State Physics';

let db: Database;
let app: RunningApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
  // The server asks for a token, as a deployment would: the analyst types it in.
  app = await startApp(db, { token: TOKEN, listensOnLoopback: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(app.url);
  await settle(page);
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await app?.close();
  await db?.close();
});

const card = (type: 'institution' | 'agreement', text: string) =>
  page.locator(`[data-testid=review-card-${type}]`).filter({ hasText: text });

/** The proposal id of the card that shows `text`. */
const proposalOf = async (type: 'institution' | 'agreement', text: string): Promise<string> =>
  ((await card(type, text).getAttribute('data-proposal')) ?? '').replace(/^[a-z]+:/, '');

describe('adding a source', () => {
  it('sends the pasted article and shows the draft, every proposal marked where the article states it', async () => {
    await page.getByTestId('tool-review').click();
    await expect.poll(() => page.getByTestId('tools').getAttribute('data-tool')).toBe('review');
    // Nothing pasted: said so, nothing sent.
    await page.getByTestId('review-extract').click();
    await expect.poll(() => page.locator('#review-text-error').innerText()).toMatch(/Paste the article/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-text');

    await page.getByLabel('Article text').fill(ARTICLE);
    await page.getByLabel('Title (optional)').fill(TITLE);
    await page.getByLabel('Published (optional)').fill('2025-03-03');
    await page.getByTestId('review-extract').click();
    await page.getByTestId('review-proposals').waitFor({ state: 'visible', timeout: 30_000 });
    // The keyboard follows to the next step.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-proposals-title');
    expect(await page.getByTestId('review-intro').innerText()).toMatch(/Korean, detected/);

    expect(await card('institution', '표준연').count()).toBe(1);
    expect(await card('institution', '국립표준기술연구소').count()).toBe(1);
    expect(await card('institution', '응용고체물리연구소').count()).toBe(1);
    expect(await page.locator('[data-testid=review-card-agreement]').count()).toBe(3);
    expect(await card('institution', '국립표준기술연구소').innerText()).toMatch(/Confidence \d+%/);

    // The article: the sentences of the three agreements are marked, and the institutions' names.
    const article = page.getByTestId('review-article');
    expect(await article.innerText()).toBe(ARTICLE);
    const mentions = await article.locator('mark.review-mention').allInnerTexts();
    expect(mentions.join(' ')).toContain('NIST');
    // Choosing NIST's name in the article focuses its card.
    await article.locator('mark.review-mention', { hasText: 'NIST' }).first().click();
    const nist = card('institution', '국립표준기술연구소');
    await expect.poll(() => nist.getAttribute('class')).toMatch(/focused/);
    expect(await page.evaluate(() => document.activeElement?.closest('article')?.dataset.proposal)).toBe(
      'institution:us-nist',
    );
    // And back: the workshop's card shows its sentence in the article.
    await card('agreement', '워크숍').getByTestId('review-show').click();
    await expect
      .poll(() => article.locator('mark.focused').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('워크숍')]));
    await page.screenshot({ path: artifact('review-proposals.png') });
  });

  it('keeps the review, decisions included, across a reload', async () => {
    await card('agreement', EXCHANGE_SENTENCE).getByTestId('review-reject').click();
    await expect
      .poll(() => card('agreement', EXCHANGE_SENTENCE).getAttribute('data-verdict'))
      .toBe('rejected');
    await page.reload();
    await settle(page);
    await page.getByTestId('review-proposals').waitFor({ state: 'visible' });
    expect(await page.getByTestId('review-article').innerText()).toBe(ARTICLE);
    expect(await card('agreement', EXCHANGE_SENTENCE).getAttribute('data-verdict')).toBe('rejected');
    expect(await card('agreement', MOU_SENTENCE).getAttribute('data-verdict')).toBe('pending');
  });

  it('accepts, edits the new institute and a party, and says what rejecting a needed institution breaks', async () => {
    await page.getByTestId('review-accept-pending').click();
    expect(await card('agreement', MOU_SENTENCE).getAttribute('data-verdict')).toBe('accepted');
    // The exchange stays rejected: "accept the undecided" leaves decisions alone.
    expect(await card('agreement', EXCHANGE_SENTENCE).getAttribute('data-verdict')).toBe('rejected');

    // The new institute: its English name, acronym and country, which the extractor could not know.
    const institute = card('institution', '응용고체물리연구소');
    await institute.getByTestId('review-edit').click();
    const instituteId = await proposalOf('institution', '응용고체물리연구소');
    await institute.getByLabel('Name (English)').fill(NEW_NAME);
    await institute.getByLabel('Acronym').fill('Fraunhofer IAF');
    await institute.getByLabel('Country').fill('DE');

    // Rejecting it while the MOU needs it is named on its card and stops the import.
    await institute.getByTestId('review-reject').click();
    await expect.poll(() => institute.getByTestId('review-needed-by').innerText()).toMatch(/Still needed by/);
    expect(await page.getByTestId('review-issues').innerText()).toMatch(/rejected or undecided/);
    await institute.getByTestId('review-accept').click();
    await expect.poll(() => institute.getByTestId('review-needed-by').isHidden()).toBe(true);

    // KRISS hosts the workshop.
    const workshop = card('agreement', '워크숍');
    await workshop.getByTestId('review-edit').click();
    const roles = workshop.getByTestId('review-party-role');
    const institutions = await workshop
      .getByTestId('review-party-institution')
      .evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
    await roles.nth(institutions.indexOf('kr-kriss')).selectOption('host');
    expect(await workshop.innerText()).toMatch(/\(Host\)/);

    // The Korean quotes need their English translation before the import.
    expect(await page.getByTestId('review-issues').innerText()).toMatch(/English translation/);
    expect(await page.getByTestId('review-to-import').isDisabled()).toBe(true);
    await card('agreement', MOU_SENTENCE)
      .getByTestId('review-quote-en')
      .fill(
        'KRISS said on the 3rd that it signed an MOU with the Fraunhofer Institute for Applied Solid State ' +
          'Physics (Fraunhofer IAF) in Germany on joint research on quantum sensors.',
      );
    await workshop
      .getByTestId('review-quote-en')
      .fill('KRISS also agreed to co-host a quantum metrology workshop with the U.S. NIST.');
    await expect.poll(() => page.getByTestId('review-issues').count()).toBe(0);
    expect(instituteId).not.toBe('');
    await page.screenshot({ path: artifact('review-edited.png'), fullPage: true });
  });

  it('fits a phone: no horizontal scroll at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    onTestFinished(() => page.setViewportSize({ width: 1280, height: 900 }));
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => {
      const tools = document.getElementById('tools')!;
      const scroll = tools.querySelector<HTMLElement>('.tool-scroll')!;
      return {
        page: document.documentElement.scrollWidth - window.innerWidth,
        drawer: scroll.scrollWidth - scroll.clientWidth,
        width: tools.getBoundingClientRect().width,
      };
    });
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.drawer).toBeLessThanOrEqual(0);
    expect(overflow.width).toBe(390);
    await page.screenshot({ path: artifact('review-phone.png') });
  });

  it('checks the import once the token is given, showing every item, then imports it', async () => {
    await page.getByTestId('review-to-import').click();
    await page.getByTestId('review-import-step').waitFor({ state: 'visible' });
    // The server asks for its token: said in words, and the import waits for a check.
    await expect.poll(() => page.getByTestId('review-import-error').innerText()).toMatch(/import token/);
    expect(await page.getByTestId('review-import').isDisabled()).toBe(true);
    await page.getByLabel('Import token').fill(TOKEN);
    await page.getByTestId('review-check').click();
    const report = page.getByTestId('review-report');
    await report.waitFor({ state: 'visible', timeout: 30_000 });

    const items = await report
      .locator('[data-item]')
      .evaluateAll((rows) =>
        rows.map((row) => `${row.getAttribute('data-item')}=${row.getAttribute('data-change')}`),
      );
    const instituteId = items.find((item) => item.startsWith('institutions/'))?.split(/[/=]/)[1];
    expect(items).toContain(`institutions/${instituteId}=created`);
    expect(items.filter((item) => item.startsWith('agreements/') && item.endsWith('=created'))).toHaveLength(
      2,
    );
    expect(items.some((item) => item.startsWith('sources/') && item.endsWith('=created'))).toBe(true);
    // The graph's KRISS and NIST are referred to, not written.
    expect(items.some((item) => item.startsWith('institutions/kr-kriss'))).toBe(false);
    expect(await page.getByTestId('review-counts').innerText()).toMatch(/0 conflicts/);
    // The token stays with the tab, not with the kept review.
    expect(await page.evaluate(() => window.sessionStorage.getItem('cooperation-graph.import-token'))).toBe(
      TOKEN,
    );
    expect(await page.evaluate(() => window.localStorage.getItem('cooperation-graph.review'))).not.toContain(
      TOKEN,
    );
    await page.screenshot({ path: artifact('review-dry-run.png') });

    await page.getByTestId('review-import').click();
    await expect
      .poll(() => page.getByTestId('review-imported-summary').innerText(), { timeout: 60_000 })
      .toMatch(/are in the graph/);
    expect(await page.evaluate(() => window.localStorage.getItem('cooperation-graph.review'))).toBeNull();
  });

  it('shows the new agreement on the map, with the article as its source in the panel', async () => {
    const workshop = await page
      .locator('[data-testid=review-show-agreement]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-agreement')));
    expect(workshop).toHaveLength(2);
    // The network was loaded again: the new institute is drawn, linked to KRISS.
    const instituteId = await page.waitForFunction(
      () => {
        const { graph } = window.cooperationGraph!;
        return (
          graph.findNode(
            (_node, attributes) =>
              attributes.nameEn === 'Fraunhofer Institute for Applied Solid State Physics',
          ) ?? false
        );
      },
      undefined,
      { timeout: 30_000 },
    );
    const id = (await instituteId.jsonValue()) as string;
    expect(await page.evaluate((node) => window.cooperationGraph!.graph.neighbors(node), id)).toContain(
      'kr-kriss',
    );
    expect((await nodeView(page, id)).hidden).toBe(false);

    const mou = workshop.find((agreement) => agreement?.includes('mou')) ?? workshop[0]!;
    await page.locator(`[data-testid=review-show-agreement][data-agreement="${mou}"]`).click();
    const panel = page.getByTestId('institution-panel');
    await expect.poll(() => panel.getAttribute('data-agreement')).toBe(mou);
    await expect.poll(() => panel.getAttribute('data-status'), { timeout: 15_000 }).toBe('ready');
    const text = await panel.innerText();
    expect(text).toContain(TITLE);
    expect(text).toContain('Fraunhofer IAF');
    expect(await panel.locator('blockquote[lang=ko]').first().innerText()).toContain('양자 센서 공동연구');
    // Its parties are lit on the canvas.
    expect((await nodeView(page, id)).highlighted || (await nodeView(page, 'kr-kriss')).highlighted).toBe(
      true,
    );
    await page.screenshot({ path: artifact('review-imported.png') });
    expect(pageErrors).toEqual([]);
  });
});
